import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';

const root = path.join(__dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.ts$/.test(name) ? [full] : [];
  });
}

/**
 * The audit trail is kept (at least five years: NEN 7513) and never edited. The database refuses
 * UPDATE, DELETE and TRUNCATE on audit_entries for every role (tests/integration/audit); this
 * checks that no code path of the API even tries, and that erasing a client keeps its trail.
 */
describe('audit trail retention', () => {
  it('no API code issues UPDATE, DELETE or TRUNCATE on audit_entries, nor removes AuditEntry rows through TypeORM', () => {
    // The one exception is `npm run restore -- --force` (api/src/db/backup.ts): an operator
    // replacing the whole database from a backup, which holds the audit trail itself.
    const files = [...sourceFiles(path.join(root, 'api', 'src')), ...sourceFiles(path.join(root, 'api', 'scripts'))].filter(
      (f) => !f.endsWith(path.join('db', 'backup.ts')),
    );
    expect(files.length).toBeGreaterThan(50);
    const offending = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const hits = [
        /\b(UPDATE|DELETE\s+FROM|TRUNCATE(\s+TABLE)?)\s+"?audit_entries"?/i,
        /\.(delete|remove|update|softDelete|softRemove|clear)\(\s*AuditEntry\b/,
        /getRepository\(\s*AuditEntry\s*\)\.(delete|remove|update|clear)/,
      ].filter((pattern) => pattern.test(text));
      return hits.length ? [path.relative(root, file)] : [];
    });
    expect(offending).toEqual([]);
  });

  describe('over the API', () => {
    let api: TestApi;
    let sam: GraphQLClient;
    beforeAll(async () => {
      api = await startTestApi();
      sam = await api.as('sam@boysproject.test');
    });
    afterAll(() => api.close());

    it('reading the trail is itself an entry of the trail, and erasing the client keeps every entry', async () => {
      const { createClient } = await sam.ok(`mutation { createClient(input: { pseudonym: "Spoor", notes: { text: "x" } }) { id } }`);
      const id = createClient.id;
      await sam.ok(`query($id: ID!) { client(id: $id) { notes { text } } }`, { id });
      await sam.ok(`query($id: ID!) { auditTrail(clientId: $id) { totalCount } }`, { id });
      const before = await api.dataSource.query(`SELECT id, operation, action, scopes, actor_name FROM audit_entries WHERE client_id = $1 ORDER BY id`, [id]);
      expect(before.map((e: any) => e.operation)).toContain('AUDIT_READ');
      await sam.ok(`mutation($id: ID!) { eraseClient(clientId: $id, reason: "verzoek", confirmPseudonym: "Spoor") { clientId } }`, { id });
      const after = await api.dataSource.query(`SELECT id, operation, action, scopes, actor_name FROM audit_entries WHERE client_id = $1 ORDER BY id`, [id]);
      expect(after.slice(0, before.length)).toEqual(before);
      expect(after.slice(before.length).map((e: any) => e.operation)).toContain('ERASE');
    });
  });
});
