import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';
import { ADD_GOAL, day, giveConsent, organisationIds, registerClient, revokeConsent, SET_LEAD, TIMELINE, WORKERS } from './fixtures';

const FIELDS = `id status agenda place plannedAt minutes organiserOrganisationName viewerIsOrganiser invitedOrganisations { name } attendedOrganisations { name }
  decisions { description dueOn organisation { name } goal { text lifeDomain } }`;
const PLAN = `mutation($input: PlanCaseConferenceInput!) { planCaseConference(input: $input) { ${FIELDS} } }`;
const RECORD = `mutation($input: RecordCaseConferenceInput!) { recordCaseConference(input: $input) { ${FIELDS} } }`;
const DECIDE = `mutation($input: AddConferenceDecisionInput!) { addConferenceDecision(input: $input) { id description dueOn organisation { name } goal { text } } }`;
const LIST = `query($clientId: ID!) { caseConferences(clientId: $clientId) { ${FIELDS} } }`;

describe('case conferences', () => {
  let api: TestApi;
  let org: Record<string, string>;
  let sam: GraphQLClient;
  let lotte: GraphQLClient;
  let noor: GraphQLClient;
  let ines: GraphQLClient;
  let clientId: string;
  let noorConsent: string;
  let conferenceId: string;

  beforeAll(async () => {
    api = await startTestApi();
    org = await organisationIds(api);
    [sam, lotte, noor, ines] = await Promise.all([api.as(WORKERS.owner), api.as(WORKERS.nextStep), api.as(WORKERS.moviera), api.as(WORKERS.rups)]);
    clientId = await registerClient(sam, 'casusoverleg');
    await giveConsent(sam, clientId, org.NextStep, ['PROFILE', 'LIFE_DOMAINS']);
    noorConsent = await giveConsent(sam, clientId, org.Moviera, ['PROFILE', 'LIFE_DOMAINS']);
    await sam.ok(SET_LEAD, { clientId, organisationId: org.NextStep });
  });
  afterAll(() => api.close());

  const plan = (invited: string[]) => ({
    input: {
      clientId,
      plannedAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      place: 'Videogesprek',
      agenda: 'Woonplek en schulden',
      invitedOrganisationIds: invited,
    },
  });

  it('is planned by the lead organisation only, with organisations that hold a live consent; others cannot be invited', async () => {
    expect((await sam.fails(PLAN, plan([org.Moviera]))).code).toBe('FORBIDDEN');
    const refused = await lotte.fails(PLAN, plan([org.Moviera, org['RUPS Den Bosch']]));
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(await api.dataSource.query(`SELECT id FROM case_conferences`)).toEqual([]);
    const { planCaseConference: k } = await lotte.ok(PLAN, plan([org.Moviera, org.Boysproject]));
    expect(k).toMatchObject({ status: 'PLANNED', agenda: 'Woonplek en schulden', organiserOrganisationName: 'NextStep', viewerIsOrganiser: true });
    expect(k.invitedOrganisations.map((o: { name: string }) => o.name)).toEqual(['Boysproject', 'Moviera', 'NextStep']);
    conferenceId = k.id;
  });

  it('records who attended and each decision straight onto the plan as an action with an owner and a due date', async () => {
    expect((await noor.fails(RECORD, { input: { id: conferenceId, attendedOrganisationIds: [org.Moviera] } })).code).toBe('FORBIDDEN');
    expect((await lotte.fails(RECORD, { input: { id: conferenceId, attendedOrganisationIds: [org['RUPS Den Bosch']] } })).code).toBe('BAD_USER_INPUT');
    const { recordCaseConference: held } = await lotte.ok(RECORD, {
      input: { id: conferenceId, attendedOrganisationIds: [org.NextStep, org.Moviera], minutes: 'Iedereen akkoord' },
    });
    expect(held).toMatchObject({ status: 'HELD', minutes: 'Iedereen akkoord', attendedOrganisations: [{ name: 'Moviera' }, { name: 'NextStep' }] });
    expect((await lotte.fails(RECORD, { input: { id: conferenceId, attendedOrganisationIds: [] } })).code).toBe('CONFLICT');

    const { addGoal: goal } = await sam.ok(ADD_GOAL, { input: { clientId, lifeDomain: 'INCOME_AND_DEBTS', text: 'Schulden op een rij' } });
    await lotte.ok(DECIDE, { input: { conferenceId, goalId: goal.id, description: 'Budgetplan maken', organisationId: org.Moviera, dueOn: day(14) } });
    await lotte.ok(DECIDE, {
      input: {
        conferenceId,
        lifeDomain: 'HOUSING',
        goalText: 'Een eigen kamer',
        description: 'Aanmelden bij het CAW',
        organisationId: org.Boysproject,
        dueOn: day(7),
      },
    });
    expect((await lotte.fails(DECIDE, { input: { conferenceId, description: 'Zonder doel', organisationId: org.Moviera, dueOn: day(7) } })).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (await lotte.fails(DECIDE, { input: { conferenceId, goalId: goal.id, description: 'Naar RUPS', organisationId: org['RUPS Den Bosch'], dueOn: day(7) } }))
        .code,
    ).toBe('BAD_USER_INPUT');
    const [k] = (await sam.ok(LIST, { clientId })).caseConferences;
    expect(k.decisions).toEqual([
      { description: 'Aanmelden bij het CAW', dueOn: day(7), organisation: { name: 'Boysproject' }, goal: { text: 'Een eigen kamer', lifeDomain: 'HOUSING' } },
      {
        description: 'Budgetplan maken',
        dueOn: day(14),
        organisation: { name: 'Moviera' },
        goal: { text: 'Schulden op een rij', lifeDomain: 'INCOME_AND_DEBTS' },
      },
    ]);
    const { carePlan } = await sam.ok(`query($clientId: ID!) { carePlan(clientId: $clientId) { goals { text actions { description conferenceId } } } }`, {
      clientId,
    });
    expect(carePlan.goals.flatMap((g: { actions: { conferenceId: string }[] }) => g.actions.map((a) => a.conferenceId))).toEqual([conferenceId, conferenceId]);
  });

  it('appears on the timeline of those who may see the plan, and tells nothing to anyone without consent', async () => {
    const kinds = async (viewer: GraphQLClient) =>
      (await viewer.ok(TIMELINE, { clientId, first: 50 })).clientTimeline.edges
        .map((e: { node: { kind: string } }) => e.node.kind)
        .filter((k: string) => k.startsWith('CONFERENCE_'));
    expect(await kinds(sam)).toEqual(['CONFERENCE_HELD', 'CONFERENCE_PLANNED']);
    expect(await kinds(noor)).toEqual(['CONFERENCE_HELD', 'CONFERENCE_PLANNED']);
    expect((await ines.fails(LIST, { clientId })).code).toBe('NOT_FOUND');
    await revokeConsent(sam, noorConsent);
    expect((await noor.fails(LIST, { clientId })).code).toBe('NOT_FOUND');
    const rows = await api.appDataSource.transaction(async (em) => {
      await em.query(`SELECT set_config('brug.organisation_id', $1, true)`, [org.Moviera]);
      return em.query(`SELECT id FROM case_conferences`);
    });
    expect(rows).toEqual([]);
  });
});
