import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';

const CLIENT = `query($id: ID!) { client(id: $id) { id pseudonym viewerIsOwner sharedScopes ownerOrganisation { name } consentUsed { id }
  profile { ageRange languages updatedByName } lifeDomains { domains { domain rating note } } notes { text } safety { riskLevel } identity { legalName }
  sections { scope shared filled canEdit } } }`;
const CLIENTS = `query($search: String, $relation: ClientRelation, $first: Int, $after: String) {
  clients(search: $search, relation: $relation, first: $first, after: $after) { totalCount nodes { id pseudonym } pageInfo { hasNextPage endCursor } } }`;

describe('clients and their sections', () => {
  let api: TestApi;
  let sam: GraphQLClient;
  let lotte: GraphQLClient;
  let noor: GraphQLClient;
  let jules: GraphQLClient;
  let coordinator: GraphQLClient;
  let milan: string;

  beforeAll(async () => {
    api = await startTestApi();
    [sam, lotte, noor, jules, coordinator] = await Promise.all(
      ['sam@boysproject.test', 'lotte@nextstep.test', 'noor@moviera.test', 'jules@alias.test', 'coordinator@brug.test'].map((e) => api.as(e)),
    );
    [{ id: milan }] = await api.dataSource.query(`SELECT id FROM clients WHERE pseudonym = 'Milan'`);
  });
  afterAll(() => api.close());

  it('a worker registers a client with only a nickname, and adds sections when the client is ready', async () => {
    const { createClient } = await sam.ok(
      `mutation { createClient(input: { pseudonym: "  Joey  " }) { id pseudonym viewerIsOwner sharedScopes profile { ageRange } } }`,
    );
    expect(createClient).toMatchObject({ pseudonym: 'Joey', viewerIsOwner: true, profile: null });
    expect(createClient.sharedScopes).toHaveLength(8);
    const { updateClient } = await sam.ok(
      `mutation($id: ID!) { updateClient(id: $id, input: { profile: { ageRange: AGE_25_34, languages: ["nl", "fr"], region: "BE-VAN" },
        contact: { phone: "+32 470 12 34 56", preferredChannel: SMS, doNotContact: false, phoneMayBeReadByOthers: true, codeWord: "paraplu" },
        lifeDomains: { domains: [{ domain: HOUSING, rating: 2, note: "Slaapt bij een vriend" }] } }) {
          profile { ageRange languages region updatedByName updatedByOrganisationName confirmedByName }
          contact { phone preferredChannel phoneMayBeReadByOthers codeWord doNotContact }
          lifeDomains { domains { domain rating note } } } }`,
      { id: createClient.id },
    );
    expect(updateClient.profile).toEqual({
      ageRange: 'AGE_25_34',
      languages: ['nl', 'fr'],
      region: 'BE-VAN',
      updatedByName: 'Sam (demo)',
      updatedByOrganisationName: 'Boysproject',
      confirmedByName: 'Sam (demo)',
    });
    expect(updateClient.contact).toEqual({
      phone: '+32 470 12 34 56',
      preferredChannel: 'SMS',
      phoneMayBeReadByOthers: true,
      codeWord: 'paraplu',
      doNotContact: false,
    });
    expect(updateClient.lifeDomains.domains).toEqual([{ domain: 'HOUSING', rating: 2, note: 'Slaapt bij een vriend' }]);
  });

  it('section input is validated and names the field', async () => {
    const { createClient } = await sam.ok(`mutation { createClient(input: { pseudonym: "Val" }) { id } }`);
    const bad = await sam.fails(`mutation($id: ID!) { updateClient(id: $id, input: { lifeDomains: { domains: [{ domain: HOUSING, rating: 9 }] } }) { id } }`, {
      id: createClient.id,
    });
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.message).toMatch(/rating/);
    const twice = await sam.fails(
      `mutation($id: ID!) { updateClient(id: $id, input: { lifeDomains: { domains: [{ domain: HOUSING, rating: 2 }, { domain: HOUSING, rating: 3 }] } }) { id } }`,
      { id: createClient.id },
    );
    expect(twice).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'domains' } });
    expect((await sam.fails(`mutation { createClient(input: { pseudonym: "   " }) { id } }`)).code).toBe('BAD_USER_INPUT');
    expect(
      (await sam.fails(`mutation($id: ID!) { updateClient(id: $id, input: { identity: { dateOfBirth: "12/04/1999" } }) { id } }`, { id: createClient.id }))
        .code,
    ).toBe('BAD_USER_INPUT');
  });

  it('a consented organisation sees exactly the granted sections; the rest shows as not shared, without content', async () => {
    const { client } = await lotte.ok(CLIENT, { id: milan });
    expect(client).toMatchObject({ pseudonym: 'Milan', viewerIsOwner: false, ownerOrganisation: { name: 'Boysproject' }, safety: null, identity: null });
    expect(client.sharedScopes.sort()).toEqual(['LIFE_DOMAINS', 'NOTES', 'PROFILE']);
    expect(client.consentUsed.id).toBeTruthy();
    expect(client.profile.ageRange).toBe('AGE_18_24');
    expect(client.notes.text).toMatch(/uitstapprogramma/);
    const bySection = Object.fromEntries(client.sections.map((s: { scope: string }) => [s.scope, s]));
    expect(bySection.SAFETY).toEqual({ scope: 'SAFETY', shared: false, filled: null, canEdit: false });
    expect(bySection.IDENTITY).toEqual({ scope: 'IDENTITY', shared: false, filled: null, canEdit: false });
    expect(bySection.PROFILE).toEqual({ scope: 'PROFILE', shared: true, filled: true, canEdit: true });

    const moviera = (await noor.ok(CLIENT, { id: milan })).client;
    expect(moviera.sharedScopes.sort()).toEqual(['PROFILE', 'SAFETY']);
    expect(moviera).toMatchObject({ safety: { riskLevel: 'MEDIUM' }, notes: null, lifeDomains: null });
  });

  it('anyone else gets NOT_FOUND for the id, exactly as for an unknown id; coordinators see no clients', async () => {
    const unknown = await jules.fails(CLIENT, { id: '00000000-0000-4000-8000-000000000000' });
    const hidden = await jules.fails(CLIENT, { id: milan });
    expect(hidden).toEqual(unknown);
    expect((await coordinator.fails(CLIENT, { id: milan })).code).toBe('NOT_FOUND');
    expect((await coordinator.ok(CLIENTS, {})).clients).toEqual({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('"clients shared with us" lists only consented clients, and search looks only within visible rows', async () => {
    const shared = (await lotte.ok(CLIENTS, { relation: 'SHARED' })).clients;
    expect(shared.nodes.map((n: { pseudonym: string }) => n.pseudonym)).toEqual(['Milan']);
    expect(shared.totalCount).toBe(1);
    const own = (await lotte.ok(CLIENTS, { relation: 'OWN' })).clients;
    expect(own.nodes.map((n: { pseudonym: string }) => n.pseudonym)).toEqual(['Tom']);
    expect((await jules.ok(CLIENTS, { search: 'mil' })).clients.totalCount).toBe(0);
    expect((await lotte.ok(CLIENTS, { search: 'MIL' })).clients.nodes.map((n: { pseudonym: string }) => n.pseudonym)).toEqual(['Milan']);
    expect((await sam.ok(CLIENTS, { search: '%' })).clients.totalCount).toBe(0);
  });

  it('a consented organisation may change and confirm a granted section, attributed to them; not another section or the pseudonym', async () => {
    const { updateClient } = await lotte.ok(
      `mutation($id: ID!) { updateClient(id: $id, input: { notes: { text: "Intake bij NextStep gedaan." } }) { notes { text updatedByName updatedByOrganisationName } lastActivityAt } }`,
      { id: milan },
    );
    expect(updateClient.notes).toEqual({ text: 'Intake bij NextStep gedaan.', updatedByName: 'Lotte (demo)', updatedByOrganisationName: 'NextStep' });
    expect((await lotte.fails(`mutation($id: ID!) { updateClient(id: $id, input: { safety: { riskLevel: LOW } }) { id } }`, { id: milan })).code).toBe(
      'FORBIDDEN',
    );
    expect((await lotte.fails(`mutation($id: ID!) { updateClient(id: $id, input: { pseudonym: "M" }) { id } }`, { id: milan })).code).toBe('FORBIDDEN');
    await lotte.ok(`mutation($id: ID!) { confirmClientSection(clientId: $id, scope: PROFILE) { id } }`, { id: milan });
    const { client } = await sam.ok(
      `query($id: ID!) { client(id: $id) { profile { confirmedByName confirmedByOrganisationName confirmedAt } sections { scope confirmedByOrganisationName } } }`,
      { id: milan },
    );
    expect(client.profile).toMatchObject({ confirmedByName: 'Lotte (demo)', confirmedByOrganisationName: 'NextStep' });
    const events = await api.dataSource.query(
      `SELECT kind, scope, organisation_name FROM client_events WHERE client_id = $1 AND kind = 'SECTION_UPDATED' AND organisation_name = 'NextStep'`,
      [milan],
    );
    expect(events).toEqual([{ kind: 'SECTION_UPDATED', scope: 'NOTES', organisation_name: 'NextStep' }]);
  });

  it('confirming a section that was never filled in says so', async () => {
    const { createClient } = await sam.ok(`mutation { createClient(input: { pseudonym: "Leeg" }) { id } }`);
    const error = await sam.fails(`mutation($id: ID!) { confirmClientSection(clientId: $id, scope: HEALTH) { id } }`, { id: createClient.id });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'scope' } });
  });

  it('registering a client and changing a section put it on the timeline and mark it active', async () => {
    const { createClient } = await sam.ok(
      `mutation { createClient(input: { pseudonym: "Tijdlijn", profile: { ageRange: AGE_35_44 } }) { id lastActivityAt } }`,
    );
    const later = new Date(Date.now() + 60_000).toISOString();
    const { updateClient } = await sam
      .withHeaders({ 'x-brug-test-now': later })
      .ok(`mutation($id: ID!) { updateClient(id: $id, input: { health: { insured: true } }) { lastActivityAt } }`, { id: createClient.id });
    expect(updateClient.lastActivityAt).toBe(later);
    const events = await api.dataSource.query(`SELECT kind, scope, summary FROM client_events WHERE client_id = $1 ORDER BY id`, [createClient.id]);
    expect(events).toEqual([
      { kind: 'SECTION_UPDATED', scope: 'PROFILE', summary: { scope: 'PROFILE' } },
      { kind: 'SECTION_UPDATED', scope: 'HEALTH', summary: { scope: 'HEALTH' } },
    ]);
  });
});
