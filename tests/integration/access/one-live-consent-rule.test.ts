import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' || name === 'node_modules' ? [] : sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * "This consent is live now" is written once in TypeScript (`isConsentLive`) and once in SQL
 * (`brug_consent_is_live`, which `liveConsentSql` names): no other source spells out its
 * "has started" half, in either language, so no copy can drift from the rule.
 */
describe('the live-consent rule exists once in TypeScript and once in SQL', () => {
  it('no source of the API or the web app but access/live-consent.ts writes the rule itself', () => {
    // The rule's "has started" half, as TypeScript (`validFrom <= now`) or SQL (`valid_from <= $3`) would write it.
    const spelled = /valid_?from\s*<=/i;
    const copies = [...sources(join(ROOT, 'api/src')), ...sources(join(ROOT, 'web/src'))]
      .filter((file) => !file.endsWith(join('access', 'live-consent.ts')))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => [`${relative(ROOT, file)}:${i + 1}`, line] as const)
          .filter(([, line]) => spelled.test(line))
          .map(([where, line]) => `${where}: ${line.trim()}`),
      );
    expect(copies).toEqual([]);
  });
});
