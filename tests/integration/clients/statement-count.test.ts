import { organisationIds } from '../../support/clients';
import { startTestApi, TestApi } from '../../support/test-api';

const LIST = `query($first: Int!) { clients(first: $first, search: "Batch") { totalCount pageInfo { hasNextPage }
  nodes { id pseudonym lastActivityAt viewerIsOwner sharedScopes ownerOrganisation { name } consentUsed { id status granteeOrganisation { name } }
    consents { id status granteeOrganisation { name } } sections { scope shared filled confirmedByName }
    profile { ageRange languages } notes { text } safety { riskLevel } } } }`;

describe('the client list', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
    const org = await organisationIds(api);
    // 60 Boysproject clients with sections, each shared with Alias for PROFILE and NOTES.
    await api.dataSource.query(
      `WITH c AS (
         INSERT INTO clients (pseudonym, owner_organisation_id) SELECT 'Batch ' || lpad(n::text, 2, '0'), $1 FROM generate_series(1, 60) n RETURNING id)
       , s AS (
         INSERT INTO client_sections (client_id, owner_organisation_id, scope, data, updated_by_name, updated_by_organisation_name)
         SELECT c.id, $1, scope, '{"ageRange":"AGE_25_34","languages":["nl"],"text":"notitie","riskLevel":"LOW"}', 'Sam (demo)', 'Boysproject'
           FROM c, unnest(ARRAY['PROFILE','NOTES','SAFETY']) scope)
       INSERT INTO consents (client_id, owner_organisation_id, grantee_organisation_id, scopes, purpose, method, valid_from, valid_until, recorded_by_name, recorded_at)
       SELECT c.id, $1, $2, '{PROFILE,NOTES}', 'Opvolging', 'VERBAL', now() - interval '1 day', now() + interval '300 days', 'Sam (demo)', now() FROM c`,
      [org.Boysproject, org.Alias],
    );
  });
  afterAll(() => api.close());

  it.each([['sam@boysproject.test'], ['jules@alias.test']])(
    'costs the same number of SQL statements for a page of 1 as for a page of 50 (%s)',
    async (email) => {
      const client = await api.as(email);
      const one = await client.request(LIST, { first: 1 });
      const fifty = await client.request(LIST, { first: 50 });
      expect(one.errors).toBeUndefined();
      expect(fifty.errors).toBeUndefined();
      expect(fifty.data.clients.nodes).toHaveLength(50);
      expect(fifty.data.clients.totalCount).toBe(60);
      // A count of 0 would mean the counter is not wired: equal then proves nothing.
      expect(one.extensions?.sqlStatements).toBeGreaterThan(0);
      expect(fifty.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
    },
  );

  it('pages through every visible client once, and totalCount never counts a row the viewer may not see', async () => {
    const jules = await api.as('jules@alias.test');
    const seen: string[] = [];
    let after: string | null = null;
    let totalCount: number;
    do {
      const page: any = (
        await jules.ok(`query($after: String) { clients(first: 7, after: $after) { totalCount nodes { pseudonym } pageInfo { hasNextPage endCursor } } }`, {
          after,
        })
      ).clients;
      totalCount = page.totalCount;
      seen.push(...page.nodes.map((n: { pseudonym: string }) => n.pseudonym));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    // Alias's own demo client R., and the 60 shared with it; not Boysproject's other clients.
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(totalCount);
    expect(seen).toContain('R.');
    expect(seen.filter((p) => p.startsWith('Batch'))).toHaveLength(60);
    expect(seen).not.toContain('Milan');
    expect(seen).not.toContain('Kiki');
    const shared = (await jules.ok(`query { clients(relation: SHARED, first: 1) { totalCount } }`)).clients.totalCount;
    const own = (await jules.ok(`query { clients(relation: OWN, first: 1) { totalCount } }`)).clients.totalCount;
    expect([own, shared]).toEqual([1, 60]);
  });

  it('refuses a page size out of range and a cursor that is not one', async () => {
    const jules = await api.as('jules@alias.test');
    expect((await jules.fails(`query { clients(first: 0) { totalCount } }`)).code).toBe('BAD_USER_INPUT');
    expect((await jules.fails(`query { clients(first: 101) { totalCount } }`)).code).toBe('BAD_USER_INPUT');
    expect((await jules.fails(`query { clients(after: "nonsense") { totalCount } }`)).code).toBe('BAD_USER_INPUT');
  });
});
