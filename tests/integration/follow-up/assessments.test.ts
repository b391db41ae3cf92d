import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';
import { FIRST_ASSESSMENTS_SQL } from '../../../migrations/1796410425875-LifeDomainAssessments';
import { day, giveConsent, organisationIds, registerClient, revokeConsent, WORKERS } from './fixtures';

const RECORD = `mutation($input: RecordLifeDomainAssessmentInput!) {
  recordLifeDomainAssessment(input: $input) { id assessedOn organisationName assessedByName ratings { domain rating } } }`;
const ASSESSMENTS = `query($clientId: ID!) { carePlan(clientId: $clientId) { viewerCanAssess assessments { assessedOn organisationName ratings { domain rating } } } }`;
const SECTION = `query($id: ID!) { client(id: $id) { lifeDomains { domains { domain rating note } } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateClientInput!) { updateClient(id: $id, input: $input) { id } }`;

const ratingsOf = (plan: { assessments: { assessedOn: string; ratings: { domain: string; rating: number }[] }[] }) =>
  plan.assessments.map((a) => [a.assessedOn, Object.fromEntries(a.ratings.map((r) => [r.domain, r.rating]))]);

describe('life-domain assessments over time', () => {
  let api: TestApi;
  let org: Record<string, string>;
  let sam: GraphQLClient;
  let lotte: GraphQLClient;
  let noor: GraphQLClient;
  let ines: GraphQLClient;
  let clientId: string;
  let lotteConsent: string;

  beforeAll(async () => {
    api = await startTestApi();
    org = await organisationIds(api);
    [sam, lotte, noor, ines] = await Promise.all([api.as(WORKERS.owner), api.as(WORKERS.nextStep), api.as(WORKERS.moviera), api.as(WORKERS.rups)]);
    clientId = await registerClient(sam, 'metingen');
    lotteConsent = await giveConsent(sam, clientId, org.NextStep, ['PROFILE', 'LIFE_DOMAINS']);
    await giveConsent(sam, clientId, org.Moviera, ['PROFILE']);
  });
  afterAll(() => api.close());

  it('keeps every assessment beside the earlier ones, and the newest is the section the intake shows (notes kept)', async () => {
    await sam.ok(UPDATE, {
      id: clientId,
      input: {
        lifeDomains: {
          domains: [
            { domain: 'HOUSING', rating: 1, note: 'slaapt bij vrienden' },
            { domain: 'HEALTH', rating: 3 },
          ],
        },
      },
    });
    await lotte.ok(RECORD, {
      input: {
        clientId,
        assessedOn: day(0),
        ratings: [
          { domain: 'HOUSING', rating: 3 },
          { domain: 'INCOME_AND_DEBTS', rating: 2 },
        ],
      },
    });
    const { carePlan } = await sam.ok(ASSESSMENTS, { clientId });
    expect(ratingsOf(carePlan)).toEqual([
      [day(0), { HOUSING: 1, HEALTH: 3 }],
      [day(0), { HOUSING: 3, INCOME_AND_DEBTS: 2 }],
    ]);
    expect(carePlan.assessments.map((a: { organisationName: string }) => a.organisationName)).toEqual(['Boysproject', 'NextStep']);
    const { client } = await sam.ok(SECTION, { id: clientId });
    expect(client.lifeDomains.domains).toEqual(
      expect.arrayContaining([
        { domain: 'HOUSING', rating: 3, note: 'slaapt bij vrienden' },
        { domain: 'HEALTH', rating: 3, note: null },
        { domain: 'INCOME_AND_DEBTS', rating: 2, note: null },
      ]),
    );
  });

  it('adds no assessment when the intake is saved with the same ratings, and one when they change', async () => {
    const before: number = (await sam.ok(ASSESSMENTS, { clientId })).carePlan.assessments.length;
    const { client } = await sam.ok(SECTION, { id: clientId });
    const domains = client.lifeDomains.domains.map((d: { domain: string; rating: number; note: string | null }) => ({
      ...d,
      note: d.note ? `${d.note}!` : null,
    }));
    await sam.ok(UPDATE, { id: clientId, input: { lifeDomains: { domains } } });
    expect((await sam.ok(ASSESSMENTS, { clientId })).carePlan.assessments).toHaveLength(before);
    await sam.ok(UPDATE, {
      id: clientId,
      input: { lifeDomains: { domains: domains.map((d: { domain: string }) => (d.domain === 'HEALTH' ? { ...d, rating: 4 } : d)) } },
    });
    expect((await sam.ok(ASSESSMENTS, { clientId })).carePlan.assessments).toHaveLength(before + 1);
  });

  it('files an assessment of an earlier day in its place in history without replacing the current situation', async () => {
    await sam.ok(RECORD, { input: { clientId, assessedOn: day(-30), ratings: [{ domain: 'HOUSING', rating: 1 }] } });
    const { carePlan } = await sam.ok(ASSESSMENTS, { clientId });
    expect(carePlan.assessments[0].assessedOn).toBe(day(-30));
    const { client } = await sam.ok(SECTION, { id: clientId });
    expect(client.lifeDomains.domains.find((d: { domain: string }) => d.domain === 'HOUSING').rating).toBe(3);
  });

  it('refuses a rating outside 1 to 5, a domain twice, a day in the future, and saves nothing', async () => {
    const before: number = (await sam.ok(ASSESSMENTS, { clientId })).carePlan.assessments.length;
    for (const input of [
      { clientId, ratings: [{ domain: 'HOUSING', rating: 6 }] },
      {
        clientId,
        ratings: [
          { domain: 'HOUSING', rating: 2 },
          { domain: 'HOUSING', rating: 3 },
        ],
      },
      { clientId, assessedOn: day(2), ratings: [{ domain: 'HOUSING', rating: 2 }] },
      { clientId, assessedOn: '2026-02-30', ratings: [{ domain: 'HOUSING', rating: 2 }] },
      { clientId, ratings: [] },
    ]) {
      expect((await sam.fails(RECORD, { input })).code).toBe('BAD_USER_INPUT');
    }
    expect((await sam.ok(ASSESSMENTS, { clientId })).carePlan.assessments).toHaveLength(before);
  });

  it('are read and written only under a consent naming LIFE_DOMAINS, and not at all once it ends', async () => {
    expect((await lotte.ok(ASSESSMENTS, { clientId })).carePlan.viewerCanAssess).toBe(true);
    expect((await noor.fails(ASSESSMENTS, { clientId })).code).toBe('FORBIDDEN');
    expect((await noor.fails(RECORD, { input: { clientId, ratings: [{ domain: 'HOUSING', rating: 2 }] } })).code).toBe('FORBIDDEN');
    expect((await ines.fails(RECORD, { input: { clientId, ratings: [{ domain: 'HOUSING', rating: 2 }] } })).code).toBe('NOT_FOUND');
    await revokeConsent(sam, lotteConsent);
    expect((await lotte.fails(ASSESSMENTS, { clientId })).code).toBe('NOT_FOUND');
    expect((await lotte.fails(RECORD, { input: { clientId, ratings: [{ domain: 'HOUSING', rating: 2 }] } })).code).toBe('NOT_FOUND');
    // Row-level security agrees: NextStep's own connection finds no assessment of the client.
    const rows = await api.appDataSource.transaction(async (em) => {
      await em.query(`SELECT set_config('brug.organisation_id', $1, true)`, [org.NextStep]);
      return em.query(`SELECT id FROM life_domain_assessments WHERE client_id = $1`, [clientId]);
    });
    expect(rows).toEqual([]);
  });

  it('are audited as reads and changes of LIFE_DOMAINS', async () => {
    const entries = await api.dataSource.query(`SELECT action, operation FROM audit_entries WHERE client_id = $1 AND 'LIFE_DOMAINS' = ANY(scopes)`, [clientId]);
    expect(entries).toEqual(
      expect.arrayContaining([
        { action: 'recordLifeDomainAssessment', operation: 'CREATE' },
        { action: 'carePlan', operation: 'READ' },
      ]),
    );
  });

  it('start, after the migration, with the ratings the section held as the first assessment', async () => {
    const other = await registerClient(sam, 'van-voor-de-metingen');
    await sam.ok(UPDATE, {
      id: other,
      input: {
        lifeDomains: {
          domains: [
            { domain: 'SAFETY', rating: 2 },
            { domain: 'HOUSING', note: 'geen cijfer' },
          ],
        },
      },
    });
    await api.dataSource.query(`DELETE FROM life_domain_assessments`);
    await api.dataSource.query(FIRST_ASSESSMENTS_SQL);
    const { carePlan } = await sam.ok(ASSESSMENTS, { clientId: other });
    expect(ratingsOf(carePlan)).toEqual([[day(0), { SAFETY: 2 }]]);
  });
});
