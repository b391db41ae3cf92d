import { organisationIds, recordConsent } from '../../support/clients';
import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';

const TRAIL = `query($id: ID!, $first: Int, $after: String) { auditTrail(clientId: $id, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { id at actorName actorOrganisationName operation action scopes consentId requestId } } }`;

describe('the audit trail', () => {
  let api: TestApi;
  let sam: GraphQLClient;
  let lotte: GraphQLClient;
  let clientId: string;
  let consentId: string;

  beforeAll(async () => {
    api = await startTestApi();
    const org = await organisationIds(api);
    sam = await api.as('sam@boysproject.test');
    lotte = await api.as('lotte@nextstep.test');
    const { createClient } = await sam.ok(
      `mutation { createClient(input: { pseudonym: "Spoor", profile: { ageRange: AGE_18_24 }, safety: { riskLevel: HIGH } }) { id } }`,
    );
    clientId = createClient.id;
    // NOTES is consented but not filled in: it was not returned, so it is not in the trail.
    consentId = (await recordConsent(sam, { clientId, granteeOrganisationId: org.NextStep, scopes: ['PROFILE', 'NOTES'] })).id;
  });
  afterAll(() => api.close());

  it('shows who of which organisation read which sections, under which consent: only the sections actually returned', async () => {
    await lotte.ok(`query($id: ID!) { client(id: $id) { pseudonym identity { legalName } profile { ageRange } safety { riskLevel } notes { text } } }`, {
      id: clientId,
    });
    const { auditTrail } = await sam.ok(TRAIL, { id: clientId, first: 1 });
    expect(auditTrail.nodes[0]).toMatchObject({
      actorName: 'Lotte (demo)',
      actorOrganisationName: 'NextStep',
      operation: 'READ',
      action: 'client',
      scopes: ['PROFILE'],
      consentId,
    });
  });

  it('shows changes by a consented organisation, attributed to them', async () => {
    await lotte.ok(`mutation($id: ID!) { updateClient(id: $id, input: { notes: { text: "Kennismaking gepland" } }) { id } }`, { id: clientId });
    const { auditTrail } = await sam.ok(TRAIL, { id: clientId, first: 5 });
    expect(auditTrail.nodes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actorName: 'Lotte (demo)',
          actorOrganisationName: 'NextStep',
          operation: 'UPDATE',
          action: 'updateClient',
          scopes: ['NOTES'],
          consentId,
        }),
      ]),
    );
  });

  it('reading the trail is itself in the trail', async () => {
    await sam.ok(TRAIL, { id: clientId, first: 1 });
    const { auditTrail } = await sam.ok(TRAIL, { id: clientId, first: 1 });
    expect(auditTrail.nodes[0]).toMatchObject({
      actorName: 'Sam (demo)',
      actorOrganisationName: 'Boysproject',
      operation: 'AUDIT_READ',
      action: 'auditTrail',
      scopes: [],
      consentId: null,
    });
  });

  it('pages newest first through every entry once, with a total', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = (await sam.ok(TRAIL, { id: clientId, first: 3, after })).auditTrail;
      total ||= page.totalCount;
      ids.push(...page.nodes.map((n: { id: string }) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    // Each page read adds an AUDIT_READ entry newer than the cursor, so the first total holds.
    expect(ids.length).toBe(total);
    expect(total).toBeGreaterThan(3);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => Number(b) - Number(a))).toEqual(ids);
  });

  it('a failed change leaves no trace in the trail, as it leaves no change', async () => {
    const [{ n: before }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_entries WHERE client_id = $1`, [clientId]);
    const failed = await lotte.fails(`mutation($id: ID!) { updateClient(id: $id, input: { notes: { text: "ok" }, safety: { riskLevel: LOW } }) { id } }`, {
      id: clientId,
    });
    expect(failed.code).toBe('FORBIDDEN');
    const [{ n: after }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_entries WHERE client_id = $1`, [clientId]);
    expect(after).toBe(before);
    expect((await sam.ok(`query($id: ID!) { client(id: $id) { notes { text } } }`, { id: clientId })).client.notes.text).toBe('Kennismaking gepland');
  });

  it('is only for the owning organisation', async () => {
    expect((await lotte.fails(TRAIL, { id: clientId })).code).toBe('FORBIDDEN');
    expect((await (await api.as('jules@alias.test')).fails(TRAIL, { id: clientId })).code).toBe('NOT_FOUND');
  });

  it('cannot be edited or emptied in the database, not even by the table owner', async () => {
    const owner = api.dataSource;
    await expect(owner.query(`UPDATE audit_entries SET actor_name = 'someone else' WHERE client_id = $1`, [clientId])).rejects.toThrow(/append-only/);
    await expect(owner.query(`DELETE FROM audit_entries WHERE client_id = $1`, [clientId])).rejects.toThrow(/append-only/);
    // Even a statement that matches no row is refused: nobody can probe or prepare a deletion.
    await expect(owner.query(`DELETE FROM audit_entries WHERE false`)).rejects.toThrow(/append-only/);
    await expect(owner.query(`TRUNCATE audit_entries`)).rejects.toThrow(/append-only/);
    const [{ n }] = await owner.query(`SELECT count(*)::int AS n FROM audit_entries WHERE client_id = $1 AND actor_name = 'someone else'`, [clientId]);
    expect(n).toBe(0);
  });
});
