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
    // The rule's "has started" half (or its negation, "not started yet"), as TypeScript or SQL would
    // write it, either way round: `validFrom <= now`, `valid_from > $3`, `now >= k.validFrom`, `new Date(k.validFrom) > now`. An
    // input check comparing the end with the start (`validUntil <= validFrom`) is not the rule.
    const spelled = (line: string) => /\bvalid_?from\)?\s*[<>]/i.test(line) || /\b(?!valid_?until\b)[\w.$]+\s*[<>]=?\s*[\w.]*\bvalid_?from\b/i.test(line);
    const copies = [...sources(join(ROOT, 'api/src')), ...sources(join(ROOT, 'web/src'))]
      .filter((file) => !file.endsWith(join('access', 'live-consent.ts')))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => [`${relative(ROOT, file)}:${i + 1}`, line] as const)
          .filter(([, line]) => spelled(line))
          .map(([where, line]) => `${where}: ${line.trim()}`),
      );
    expect(copies).toEqual([]);
  });
});
