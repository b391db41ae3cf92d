import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';
import { databaseDump, richClient, RichClient } from './fixtures';

const ERASE = `mutation($id: ID!, $reason: String!, $confirm: String!) {
  eraseClient(clientId: $id, reason: $reason, confirmPseudonym: $confirm) { clientId notesDeleted }
}`;

/** Without the trail and sessions, which every request adds to. */
const withoutTrail = (dump: string) => dump.split('\n').filter((l) => !l.startsWith('audit_entries:') && !l.startsWith('sessions:'));

/**
 * The erasure's steps as the system (deleting what other organisations wrote) run inside the
 * owner's request transaction: when one of them fails, the consents, cancellations and the
 * owner's own changes before it roll back with it, and no connection keeps the system's setting.
 */
describe('erasure is all or nothing, with the system step inside the request', () => {
  let api: TestApi;
  let sam: GraphQLClient;
  let rich: RichClient;

  beforeAll(async () => {
    api = await startTestApi();
    sam = await api.as('sam@boysproject.test');
    const lotte = await api.as('lotte@nextstep.test');
    rich = await richClient(api, sam, lotte);
    // A failure in the middle of the system's step: deleting this client's document is refused.
    await api.dataSource.query(`CREATE FUNCTION test_refuse_document_delete() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF OLD.title = '${rich.markers.documentTitle}' THEN RAISE EXCEPTION 'disk on fire'; END IF; RETURN OLD; END $$`);
    await api.dataSource.query(
      `CREATE TRIGGER test_refuse_document_delete BEFORE DELETE ON client_documents FOR EACH ROW EXECUTE FUNCTION test_refuse_document_delete()`,
    );
  });
  afterAll(() => api.close());

  it('a failing step leaves everything as it was, and no pooled connection is left as the system', async () => {
    const before = withoutTrail(await databaseDump(api));
    const failed = await sam.request(ERASE, { id: rich.clientId, reason: 'verzoek', confirm: rich.pseudonym });
    expect(failed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(withoutTrail(await databaseDump(api))).toEqual(before);
    const [{ n: erasures }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_entries WHERE client_id = $1 AND operation = 'ERASE'`, [
      rich.clientId,
    ]);
    expect(erasures).toBe(0);
    // Every pooled connection is back without `brug.system` (it would stay on were it set for the session, not the transaction).
    const probes = await Promise.all(
      Array.from({ length: 8 }, () => api.appDataSource.query(`SELECT coalesce(current_setting('brug.system', true), '') AS system`)),
    );
    expect(probes.map(([p]) => p.system)).toEqual(probes.map(() => ''));
  });

  it('once the step can succeed, the same erasure goes through completely', async () => {
    await api.dataSource.query(`DROP TRIGGER test_refuse_document_delete ON client_documents`);
    const { eraseClient } = await sam.ok(ERASE, { id: rich.clientId, reason: 'verzoek', confirm: rich.pseudonym });
    expect(eraseClient).toEqual({ clientId: rich.clientId, notesDeleted: 1 });
    const dump = await databaseDump(api);
    expect(Object.values(rich.markers).filter((text) => dump.includes(text))).toEqual([]);
  });
});
