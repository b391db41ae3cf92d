import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';
import { day, giveConsent, organisationIds, registerClient, revokeConsent, WORKERS } from '../follow-up/fixtures';

const FIELDS = `id serviceName category city contact urgency reason clientWishes followUpOn outcome outcomeNote outcomeByName senderOrganisationName sentByName isOverdue viewerCanRecordOutcome`;
const CREATE = `mutation($input: CreateExternalReferralInput!) { createExternalReferral(input: $input) { ${FIELDS} } }`;
const OUTCOME = `mutation($input: RecordExternalReferralOutcomeInput!) { recordExternalReferralOutcome(input: $input) { ${FIELDS} } }`;
const LIST = `query($clientId: ID!) { externalReferrals(clientId: $clientId) { ${FIELDS} } }`;

const referral = (clientId: string, extra: Record<string, unknown> = {}) => ({
  clientId,
  serviceName: 'Buurthuis De Wijk',
  category: 'SOCIAL_SERVICES',
  city: 'Mechelen',
  contact: 'Ria, 015 00 00 00, dinsdag',
  urgency: 'SOON',
  reason: 'Zoekt dagbesteding dicht bij huis',
  clientWishes: 'Liefst in de namiddag',
  ...extra,
});

describe('referrals outside the network', () => {
  let api: TestApi;
  let org: Record<string, string>;
  let sam: GraphQLClient;
  let lotte: GraphQLClient;
  let ines: GraphQLClient;
  let coordinator: GraphQLClient;
  let clientId: string;
  let lotteConsent: string;

  beforeAll(async () => {
    api = await startTestApi();
    org = await organisationIds(api);
    [sam, lotte, ines, coordinator] = await Promise.all([api.as(WORKERS.owner), api.as(WORKERS.nextStep), api.as(WORKERS.rups), api.as(WORKERS.coordinator)]);
    clientId = await registerClient(sam, 'buiten-het-net');
    lotteConsent = await giveConsent(sam, clientId, org.NextStep, ['PROFILE']);
  });
  afterAll(() => api.close());

  it('are recorded with the service, its kind, city and contact, the reason, urgency and a follow-up day from the urgency', async () => {
    const { createExternalReferral: x } = await sam.ok(CREATE, { input: referral(clientId) });
    expect(x).toMatchObject({
      serviceName: 'Buurthuis De Wijk',
      category: 'SOCIAL_SERVICES',
      city: 'Mechelen',
      contact: 'Ria, 015 00 00 00, dinsdag',
      urgency: 'SOON',
      reason: 'Zoekt dagbesteding dicht bij huis',
      followUpOn: day(3),
      outcome: null,
      senderOrganisationName: 'Boysproject',
      isOverdue: false,
      viewerCanRecordOutcome: true,
    });
    const { externalReferrals } = await sam.ok(LIST, { clientId });
    expect(externalReferrals.map((r: { id: string }) => r.id)).toEqual([x.id]);
  });

  it('have their outcome recorded by the sender itself, once: a second answer, also a concurrent one, is a CONFLICT', async () => {
    const { createExternalReferral: x } = await sam.ok(CREATE, {
      input: referral(clientId, { serviceName: 'Tandarts zonder papieren', category: 'MEDICAL_CARE' }),
    });
    const answers = await Promise.all([
      sam.request(OUTCOME, { input: { id: x.id, outcome: 'SERVICE_STARTED', note: 'Eerste afspraak gehad' } }),
      sam.request(OUTCOME, { input: { id: x.id, outcome: 'CLIENT_DID_NOT_COME' } }),
    ]);
    expect(answers.filter((a) => !a.errors).length).toBe(1);
    expect(answers.flatMap((a) => a.errors ?? []).map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
    const stored = (await sam.ok(LIST, { clientId })).externalReferrals.find((r: { id: string }) => r.id === x.id);
    expect(stored).toMatchObject({ outcomeByName: 'Sam (demo)', viewerCanRecordOutcome: false });
    const events = await api.dataSource.query(`SELECT kind FROM client_events WHERE subject_id = $1 ORDER BY id`, [x.id]);
    expect(events.map((e: { kind: string }) => e.kind)).toEqual(['EXTERNAL_REFERRAL_SENT', 'EXTERNAL_REFERRAL_OUTCOME']);
  });

  it('are written by an organisation with a consent, which sees its own; the client’s own organisation sees them all', async () => {
    const { createExternalReferral: x } = await lotte.ok(CREATE, {
      input: referral(clientId, { serviceName: 'Schuldhulp Arnhem', category: 'INCOME_DEBTS', city: 'Arnhem', urgency: 'URGENT' }),
    });
    expect(x.followUpOn).toBe(day(1));
    expect((await lotte.ok(LIST, { clientId })).externalReferrals.map((r: { serviceName: string }) => r.serviceName)).toEqual(['Schuldhulp Arnhem']);
    expect((await sam.ok(LIST, { clientId })).externalReferrals).toHaveLength(3);
    // The owner sees it but only its sender records the outcome.
    const own = (await sam.ok(LIST, { clientId })).externalReferrals.find((r: { id: string }) => r.id === x.id);
    expect(own.viewerCanRecordOutcome).toBe(false);
    expect((await sam.fails(OUTCOME, { input: { id: x.id, outcome: 'SERVICE_STARTED' } })).code).toBe('FORBIDDEN');
  });

  it('stay out of sight of organisations without a consent, and of the sender once its consent ends', async () => {
    expect((await ines.fails(LIST, { clientId })).code).toBe('NOT_FOUND');
    expect((await ines.fails(CREATE, { input: referral(clientId) })).code).toBe('NOT_FOUND');
    expect((await coordinator.fails(CREATE, { input: referral(clientId) })).code).toBe('NOT_FOUND');
    const [{ id }] = await api.dataSource.query(`SELECT id FROM external_referrals WHERE sender_organisation_id = $1`, [org.NextStep]);
    await revokeConsent(sam, lotteConsent);
    expect((await lotte.fails(LIST, { clientId })).code).toBe('NOT_FOUND');
    expect((await lotte.fails(OUTCOME, { input: { id, outcome: 'SERVICE_STARTED' } })).code).toBe('NOT_FOUND');
    const rows = await api.appDataSource.transaction(async (em) => {
      await em.query(`SELECT set_config('brug.organisation_id', $1, true)`, [org.NextStep]);
      return em.query(`SELECT id FROM external_referrals`);
    });
    expect(rows).toEqual([]);
  });

  it('refuse empty names, cities and reasons, and change nothing', async () => {
    const before = (await sam.ok(LIST, { clientId })).externalReferrals.length;
    for (const extra of [{ serviceName: '  ' }, { city: '' }, { reason: ' ' }]) {
      expect((await sam.fails(CREATE, { input: referral(clientId, extra) })).code).toBe('BAD_USER_INPUT');
    }
    expect((await sam.ok(LIST, { clientId })).externalReferrals).toHaveLength(before);
  });
});
