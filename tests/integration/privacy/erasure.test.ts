import { organisationIds } from '../../support/clients';
import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';
import { databaseDump, richClient, RichClient } from './fixtures';

const ERASE = `mutation($id: ID!, $reason: String!, $confirm: String!) {
  eraseClient(clientId: $id, reason: $reason, confirmPseudonym: $confirm) {
    clientId pseudonym erasedAt sectionsDeleted goalsDeleted actionsDeleted notesDeleted consentsEnded referralsCancelled referralsScrubbed messagesScrubbed timelineEntriesScrubbed
  }
}`;

describe('erasure on request', () => {
  let api: TestApi;
  let sam: GraphQLClient;
  let lotte: GraphQLClient;
  let rich: RichClient;
  let dumpBefore: string;
  let erasure: any;

  beforeAll(async () => {
    api = await startTestApi();
    sam = await api.as('sam@boysproject.test');
    lotte = await api.as('lotte@nextstep.test');
    rich = await richClient(api, sam, lotte);
    dumpBefore = await databaseDump(api);
  });
  afterAll(() => api.close());

  it('is refused to an organisation that only holds a consent, and to an unknown id, changing nothing', async () => {
    expect((await lotte.fails(ERASE, { id: rich.clientId, reason: 'verzoek', confirm: rich.pseudonym })).code).toBe('FORBIDDEN');
    const unknown = await sam.fails(ERASE, { id: '00000000-0000-4000-8000-000000000000', reason: 'verzoek', confirm: rich.pseudonym });
    expect(unknown.code).toBe('NOT_FOUND');
    const coordinator = await api.as('coordinator@brug.test');
    expect((await coordinator.fails(ERASE, { id: rich.clientId, reason: 'verzoek', confirm: rich.pseudonym })).code).toBe('NOT_FOUND');
  });

  it('asks the worker to type the current pseudonym and a reason', async () => {
    const wrong = await sam.fails(ERASE, { id: rich.clientId, reason: 'verzoek', confirm: 'Milan' });
    expect(wrong).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'confirmPseudonym' } });
    expect((await sam.fails(ERASE, { id: rich.clientId, reason: '  ', confirm: rich.pseudonym })).extensions.field).toBe('reason');
    expect(await databaseDump(api)).toContain(rich.pseudonym);
  });

  it('the fixture did put every marker into the database (so the checks below can fail)', () => {
    for (const [where, text] of Object.entries(rich.markers)) expect([where, dumpBefore.includes(text)]).toEqual([where, true]);
  });

  it('erases in one request and says what it removed', async () => {
    ({ eraseClient: erasure } = await sam.ok(ERASE, { id: rich.clientId, reason: 'verzoek van de cliënt', confirm: rich.pseudonym }));
    expect(erasure).toMatchObject({
      clientId: rich.clientId,
      pseudonym: expect.stringMatching(/^Erased client [0-9A-F]{4}$/),
      sectionsDeleted: 8,
      goalsDeleted: 1,
      actionsDeleted: 1,
      notesDeleted: 1,
      consentsEnded: 1,
      referralsCancelled: 2,
      referralsScrubbed: 2,
      messagesScrubbed: 2,
    });
    expect(erasure.timelineEntriesScrubbed).toBeGreaterThan(0);
  });

  it('leaves no personal text anywhere in the database, table by table', async () => {
    const dump = await databaseDump(api);
    const leftovers = dump.split('\n').filter((line) => Object.values(rich.markers).some((text) => line.includes(text)));
    expect(leftovers).toEqual([]);
    const clientLinked: Record<string, string> = {
      client_sections: 'client_id = $1',
      care_plans: 'client_id = $1',
      care_goals: 'client_id = $1',
      care_plan_actions: 'client_id = $1',
      contact_notes: 'client_id = $1',
      client_visits: 'client_id = $1',
      life_domain_assessments: 'client_id = $1',
      external_referrals: 'client_id = $1',
      client_documents: 'client_id = $1',
    };
    for (const [table, where] of Object.entries(clientLinked)) {
      expect([table, (await api.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, [rich.clientId]))[0].n]).toEqual([table, 0]);
    }
    const texts = await api.dataSource.query(
      `SELECT reason, client_wishes, intro_place, intro_accompanied_by, decline_note, cancel_note, outcome_note FROM referrals WHERE client_id = $1`,
      [rich.clientId],
    );
    expect(texts).toEqual(
      texts.map(() => ({
        reason: '',
        client_wishes: '',
        intro_place: null,
        intro_accompanied_by: null,
        decline_note: null,
        cancel_note: null,
        outcome_note: null,
      })),
    );
    const bodies = await api.dataSource.query(`SELECT body FROM referral_messages m JOIN referrals r ON r.id = m.referral_id WHERE r.client_id = $1`, [
      rich.clientId,
    ]);
    expect(bodies).toEqual([{ body: '' }, { body: '' }]);
  });

  it('ends every consent with reason "erased" and cancels the open referrals, with consistent histories', async () => {
    const consents = await api.dataSource.query(`SELECT revoked_at IS NOT NULL AS revoked, revocation_reason FROM consents WHERE client_id = $1`, [
      rich.clientId,
    ]);
    expect(consents).toEqual([{ revoked: true, revocation_reason: 'erased' }]);
    const referrals = await api.dataSource.query(
      `SELECT r.status, (SELECT e.to_status FROM referral_events e WHERE e.referral_id = r.id ORDER BY e.id DESC LIMIT 1) AS last FROM referrals r WHERE r.client_id = $1`,
      [rich.clientId],
    );
    expect(referrals).toEqual([
      { status: 'CANCELLED', last: 'CANCELLED' },
      { status: 'CANCELLED', last: 'CANCELLED' },
    ]);
  });

  it('keeps the trail of who accessed the record, without the person, and adds the ERASE entry', async () => {
    const { auditTrail } = await sam.ok(`query($id: ID!) { auditTrail(clientId: $id, first: 100) { totalCount nodes { operation action actorName } } }`, {
      id: rich.clientId,
    });
    const operations = auditTrail.nodes.map((n: any) => n.operation);
    expect(operations).toEqual(expect.arrayContaining(['ERASE', 'CREATE', 'CONSENT_GRANTED', 'CONSENT_REVOKED', 'READ']));
    expect(auditTrail.nodes.find((n: any) => n.operation === 'ERASE')).toMatchObject({ action: 'eraseClient' });
    expect(auditTrail.nodes.some((n: any) => n.actorName === 'Lotte' || /NextStep|Lotte/.test(n.actorName))).toBe(true);
  });

  it('the client no longer appears in lists nor for the organisation that held a consent; the owner still opens the placeholder', async () => {
    const { clients } = await sam.ok(`query { clients(first: 100) { nodes { id } } }`);
    expect(clients.nodes.map((c: any) => c.id)).not.toContain(rich.clientId);
    expect((await lotte.fails(`query($id: ID!) { client(id: $id) { id } }`, { id: rich.clientId })).code).toBe('NOT_FOUND');
    const { referral } = await lotte.ok(`query($id: ID!) { referral(id: $id) { status client { id } reason messages { body } } }`, { id: rich.referralId });
    expect(referral).toMatchObject({ status: 'CANCELLED', client: null });
    const { client } = await sam.ok(
      `query($id: ID!) { client(id: $id) { pseudonym erasedAt sharedScopes identity { legalName } notes { text } dueForRetentionReview } }`,
      { id: rich.clientId },
    );
    expect(client).toMatchObject({ pseudonym: erasure.pseudonym, erasedAt: erasure.erasedAt, identity: null, notes: null, dueForRetentionReview: false });
  });

  it('a repeat answers CONFLICT and changes nothing; nothing new can be written about the client', async () => {
    const before = await databaseDump(api);
    const again = await sam.fails(ERASE, { id: rich.clientId, reason: 'nog eens', confirm: erasure.pseudonym });
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toMatch(/already erased/);
    const org = await organisationIds(api);
    expect((await sam.fails(`mutation($id: ID!) { updateClient(id: $id, input: { notes: { text: "terug" } }) { id } }`, { id: rich.clientId })).code).toBe(
      'CONFLICT',
    );
    expect(
      (await sam.fails(`mutation($id: ID!) { addNote(input: { clientId: $id, contactType: PHONE, text: "terug" }) { id } }`, { id: rich.clientId })).code,
    ).toBe('CONFLICT');
    expect(
      (await sam.fails(`mutation($id: ID!) { addGoal(input: { clientId: $id, lifeDomain: HOUSING, text: "terug" }) { id } }`, { id: rich.clientId })).code,
    ).toBe('CONFLICT');
    const consent = await sam.fails(`mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
      input: { clientId: rich.clientId, granteeOrganisationId: org.Alias, scopes: ['PROFILE'], purpose: 'x', method: 'VERBAL' },
    });
    expect(consent.code).toBe('CONFLICT');
    const after = (await databaseDump(api)).split('\n').filter((l) => !l.startsWith('audit_entries:') && !l.startsWith('sessions:'));
    expect(after).toEqual(before.split('\n').filter((l) => !l.startsWith('audit_entries:') && !l.startsWith('sessions:')));
  });

  it('an organisation admin of the owner may erase too', async () => {
    const admin = await api.as('admin@boysproject.test');
    const { createClient } = await sam.ok(`mutation { createClient(input: { pseudonym: "Tijdelijk", notes: { text: "kort" } }) { id } }`);
    const { eraseClient } = await admin.ok(ERASE, { id: createClient.id, reason: 'verzoek', confirm: 'Tijdelijk' });
    expect(eraseClient.sectionsDeleted).toBe(1);
  });
});
