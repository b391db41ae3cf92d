import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';
import { giveConsent, organisationIds, registerClient, WORKERS } from '../follow-up/fixtures';

const FIELDS = `id status agreementMethod formerOwnerScopes note proposedByName answeredByName declineNote viewerCanAnswer viewerCanCancel
  fromOrganisation { name } toOrganisation { name } client { id pseudonym }`;
const PROPOSE = `mutation($input: ProposeTransferInput!) { proposeTransfer(input: $input) { ${FIELDS} } }`;
const ACCEPT = `mutation($id: ID!) { acceptTransfer(input: { id: $id }) { ${FIELDS} } }`;
const DECLINE = `mutation($id: ID!, $note: String) { declineTransfer(input: { id: $id, note: $note }) { ${FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelTransfer(input: { id: $id }) { ${FIELDS} } }`;
const TRANSFERS = `query($open: Boolean) { clientTransfers(open: $open) { ${FIELDS} } }`;
const CLIENT = `query($id: ID!) { client(id: $id) { id pseudonym viewerIsOwner sharedScopes health { note } } }`;
const NOTE = `mutation($id: ID!) { updateClient(id: $id, input: { health: { note: "Geheim medisch" } }) { id } }`;

const proposal = (clientId: string, toOrganisationId: string, extra: Record<string, unknown> = {}) => ({
  input: { clientId, toOrganisationId, agreement: { agreed: true, method: 'WRITTEN' }, note: 'Verhuist naar Arnhem', ...extra },
});

describe('transfer of a case', () => {
  let api: TestApi;
  let org: Record<string, string>;
  let sam: GraphQLClient;
  let lotte: GraphQLClient;
  let noor: GraphQLClient;
  let ines: GraphQLClient;

  beforeAll(async () => {
    api = await startTestApi();
    org = await organisationIds(api);
    [sam, lotte, noor, ines] = await Promise.all([api.as(WORKERS.owner), api.as(WORKERS.nextStep), api.as(WORKERS.moviera), api.as(WORKERS.rups)]);
  });
  afterAll(() => api.close());

  it('is refused without the client’s agreement, and by anyone but the owner', async () => {
    const clientId = await registerClient(sam, 'zonder-akkoord');
    await giveConsent(sam, clientId, org.NextStep, ['PROFILE']);
    const refused = await sam.fails(PROPOSE, proposal(clientId, org.NextStep, { agreement: { agreed: false, method: 'VERBAL' } }));
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toMatch(/client must agree/);
    expect((await lotte.fails(PROPOSE, proposal(clientId, org.Moviera))).code).toBe('FORBIDDEN');
    expect((await ines.fails(PROPOSE, proposal(clientId, org.Moviera))).code).toBe('NOT_FOUND');
    expect((await sam.fails(PROPOSE, proposal(clientId, org.Boysproject))).code).toBe('BAD_USER_INPUT');
    expect((await api.dataSource.query(`SELECT count(*)::int AS n FROM client_transfers WHERE client_id = $1`, [clientId]))[0].n).toBe(0);
  });

  it('hands the record over on acceptance: the receiver owns it, the former owner keeps only what its new consent gives, and the audit trail records it', async () => {
    const clientId = await registerClient(sam, 'overdracht');
    await sam.ok(NOTE, { id: clientId });
    await giveConsent(sam, clientId, org.NextStep, ['PROFILE']);
    await giveConsent(sam, clientId, org.Moviera, ['PROFILE', 'HEALTH']);
    const { proposeTransfer: t } = await sam.ok(PROPOSE, proposal(clientId, org.NextStep, { formerOwnerScopes: ['PROFILE'] }));
    expect(t).toMatchObject({
      status: 'PROPOSED',
      fromOrganisation: { name: 'Boysproject' },
      toOrganisation: { name: 'NextStep' },
      viewerCanCancel: true,
      viewerCanAnswer: false,
    });
    expect((await sam.fails(PROPOSE, proposal(clientId, org.Moviera))).code).toBe('CONFLICT');
    const inbox = (await lotte.ok(TRANSFERS, { open: true })).clientTransfers;
    expect(inbox.find((x: { id: string }) => x.id === t.id)).toMatchObject({
      viewerCanAnswer: true,
      client: { pseudonym: 'overdracht' },
      note: 'Verhuist naar Arnhem',
    });
    expect((await noor.ok(TRANSFERS, {})).clientTransfers.find((x: { id: string }) => x.id === t.id)).toBeUndefined();

    const { acceptTransfer } = await lotte.ok(ACCEPT, { id: t.id });
    expect(acceptTransfer).toMatchObject({ status: 'ACCEPTED', answeredByName: 'Lotte (demo)' });
    const asNew = (await lotte.ok(CLIENT, { id: clientId })).client;
    expect(asNew).toMatchObject({ viewerIsOwner: true, health: { note: 'Geheim medisch' } });
    const asFormer = (await sam.ok(CLIENT, { id: clientId })).client;
    expect(asFormer).toMatchObject({ viewerIsOwner: false, sharedScopes: ['PROFILE'], health: null });
    // Other organisations keep what the client gave them.
    expect((await noor.ok(CLIENT, { id: clientId })).client.health).toEqual({ note: 'Geheim medisch' });
    const trail = await api.dataSource.query(
      `SELECT operation, action, actor_organisation_name AS org FROM audit_entries WHERE client_id = $1 AND operation IN ('TRANSFER', 'CONSENT_GRANTED') ORDER BY id DESC LIMIT 2`,
      [clientId],
    );
    expect(trail).toEqual(
      expect.arrayContaining([
        { operation: 'TRANSFER', action: 'acceptTransfer', org: 'NextStep' },
        { operation: 'CONSENT_GRANTED', action: 'recordConsent', org: 'NextStep' },
      ]),
    );
    const { auditTrail } = await lotte.ok(`query($id: ID!) { auditTrail(clientId: $id, grouped: false) { nodes { operation actorOrganisationName } } }`, {
      id: clientId,
    });
    expect(auditTrail.nodes.map((n: { operation: string }) => n.operation)).toContain('TRANSFER');
    expect((await sam.fails(`query($id: ID!) { auditTrail(clientId: $id) { totalCount } }`, { id: clientId })).code).toBe('FORBIDDEN');
  });

  it('leaves the former owner nothing when the client gives it no consent', async () => {
    const clientId = await registerClient(sam, 'helemaal-weg');
    await giveConsent(sam, clientId, org.Moviera, ['PROFILE']);
    const { proposeTransfer: t } = await sam.ok(PROPOSE, proposal(clientId, org.Moviera));
    await noor.ok(ACCEPT, { id: t.id });
    expect((await sam.fails(CLIENT, { id: clientId })).code).toBe('NOT_FOUND');
    expect((await sam.ok(TRANSFERS, {})).clientTransfers.find((x: { id: string }) => x.id === t.id)).toMatchObject({ status: 'ACCEPTED', client: null });
  });

  it('has exactly one outcome when the receiver accepts and declines at the same moment', async () => {
    for (let round = 0; round < 3; round++) {
      const clientId = await registerClient(sam, `gelijktijdig-${round}`);
      const { proposeTransfer: t } = await sam.ok(PROPOSE, proposal(clientId, org.NextStep));
      const lotte2 = await api.as(WORKERS.nextStep);
      const answers = await Promise.all([
        lotte.request(ACCEPT, { id: t.id }),
        lotte2.request(DECLINE, { id: t.id, note: 'Geen plaats' }),
        sam.request(CANCEL, { id: t.id }),
      ]);
      const won = answers.filter((a) => !a.errors);
      expect(won).toHaveLength(1);
      expect(answers.flatMap((a) => a.errors ?? []).map((e) => e.extensions?.code)).toEqual(['CONFLICT', 'CONFLICT']);
      const [{ owner, status }] = await api.dataSource.query(
        `SELECT c.owner_organisation_id AS owner, t.status FROM clients c JOIN client_transfers t ON t.client_id = c.id WHERE t.id = $1`,
        [t.id],
      );
      expect(owner).toBe(status === 'ACCEPTED' ? org.NextStep : org.Boysproject);
      const sections = await api.dataSource.query(`SELECT DISTINCT owner_organisation_id AS o FROM client_events WHERE client_id = $1`, [clientId]);
      expect(sections.map((s: { o: string }) => s.o)).toEqual([owner]);
    }
  });

  it('declined or cancelled, changes nothing about who owns the record', async () => {
    const clientId = await registerClient(sam, 'blijft');
    const { proposeTransfer: t } = await sam.ok(PROPOSE, proposal(clientId, org.NextStep));
    const { declineTransfer } = await lotte.ok(DECLINE, { id: t.id, note: 'Past niet bij ons aanbod' });
    // NextStep holds no consent: it sees neither the client nor the texts about them, even its own note.
    expect(declineTransfer).toMatchObject({ status: 'DECLINED', declineNote: null, note: null, client: null });
    expect((await sam.ok(TRANSFERS, {})).clientTransfers.find((x: { id: string }) => x.id === t.id)).toMatchObject({
      declineNote: 'Past niet bij ons aanbod',
      answeredByName: 'Lotte (demo)',
    });
    expect((await sam.ok(CLIENT, { id: clientId })).client.viewerIsOwner).toBe(true);
    expect((await lotte.fails(CLIENT, { id: clientId })).code).toBe('NOT_FOUND');
    const { proposeTransfer: again } = await sam.ok(PROPOSE, proposal(clientId, org.NextStep));
    expect((await lotte.fails(CANCEL, { id: again.id })).code).toBe('FORBIDDEN');
    expect((await sam.ok(CANCEL, { id: again.id })).cancelTransfer.status).toBe('CANCELLED');
    expect((await lotte.fails(ACCEPT, { id: again.id })).code).toBe('CONFLICT');
  });
});
