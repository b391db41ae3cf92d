import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');
const committed = path.join(root, 'web', 'src', 'generated');

describe('the web app’s generated GraphQL code', () => {
  it('matches what `npm run codegen` makes from schema.graphql and the operations today', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'brug-codegen-'));
    try {
      execFileSync(path.join(root, 'node_modules', '.bin', 'graphql-codegen'), ['--config', path.join(root, 'web', 'codegen.ts')], {
        cwd: root,
        env: { ...process.env, BRUG_CODEGEN_OUT: out },
        stdio: 'pipe',
      });
      const files = readdirSync(out).sort();
      expect(readdirSync(committed).sort()).toEqual(files);
      for (const file of files) {
        const fresh = readFileSync(path.join(out, file), 'utf8');
        const current = readFileSync(path.join(committed, file), 'utf8');
        if (fresh !== current) throw new Error(`web/src/generated/${file} is stale: run \`npm run codegen\` and commit the result.`);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
