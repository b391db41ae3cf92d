import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';

const SEARCH = `query($text: String!) { services(filter: { text: $text }, first: 50) { totalCount nodes { name organisation { name } } } }`;

/** The plan PostgreSQL picks with sequential scans ruled out: it can only be an index scan if the expression matches an index. */
async function planWithoutSeqScan(api: TestApi, sql: string, params: unknown[]): Promise<string> {
  return api.dataSource.transaction(async (em) => {
    await em.query('SET LOCAL enable_seqscan = off');
    const rows: { 'QUERY PLAN': string }[] = await em.query(`EXPLAIN ${sql}`, params);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

describe('text search on an index', () => {
  let api: TestApi;
  let sam: GraphQLClient;
  beforeAll(async () => {
    api = await startTestApi();
    sam = await api.as('sam@boysproject.test');
  });
  afterAll(() => api.close());

  it('finds services by what their organisation and locations are called, also after those change', async () => {
    const admin = await api.as('admin@boysproject.test');
    const [{ id }] = await api.dataSource.query(`SELECT id FROM organisations WHERE name = 'Boysproject'`);
    const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM services WHERE organisation_id = $1 AND status = 'ACTIVE'`, [id]);
    const before = { totalCount: count as number };
    expect(before.totalCount).toBeGreaterThan(0);
    expect((await sam.ok(SEARCH, { text: 'jongensproject' })).services.totalCount).toBe(0);
    await admin.ok(`mutation($id: ID!) { updateOrganisation(id: $id, input: { name: "Jongensproject Zoë" }) { name } }`, { id });
    // Accents and case fold away, as before: "zoe" finds Zoë.
    const after = (await sam.ok(SEARCH, { text: 'jongensproject zoe' })).services;
    expect(after.totalCount).toBe(before.totalCount);
    expect(after.nodes.every((n: { organisation: { name: string } }) => n.organisation.name === 'Jongensproject Zoë')).toBe(true);

    // A location's city too: the Antwerp location moves to Mechelen (also found as Malines).
    await api.dataSource.query(`UPDATE locations SET city = 'Mechelen' WHERE organisation_id = $1`, [id]);
    expect((await sam.ok(SEARCH, { text: 'malines jongensproject' })).services.totalCount).toBe(before.totalCount);
  });

  it('finds clients by pseudonym without caring for accents or case', async () => {
    await sam.ok(`mutation { createClient(input: { pseudonym: "Zoë Ångström" }) { id } }`);
    const found = async (search: string) =>
      (await sam.ok(`query($s: String) { clients(search: $s, first: 10) { nodes { pseudonym } } }`, { s: search })).clients.nodes.map(
        (n: { pseudonym: string }) => n.pseudonym,
      );
    expect(await found('zoe')).toContain('Zoë Ångström');
    expect(await found('ANGSTR')).toContain('Zoë Ångström');
    expect(await found('zoe%')).not.toContain('Zoë Ångström');
  });

  it('has an index for the service text and the folded pseudonym that the searches can use', async () => {
    const services = await planWithoutSeqScan(api, `SELECT id FROM services s WHERE s.search_text LIKE ANY(CAST($1 AS text[]))`, [['%soa%']]);
    expect(services).toMatch(/Bitmap Index Scan on "IDX_services_search_text"/);
    const clients = await planWithoutSeqScan(api, `SELECT id FROM clients c WHERE brug_fold(c.pseudonym) LIKE brug_fold($1)`, ['%zoe%']);
    expect(clients).toMatch(/Bitmap Index Scan on "IDX_clients_pseudonym_folded"/);
  });
});
