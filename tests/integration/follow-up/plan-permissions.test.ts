import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';
import {
  ADD_ACTION,
  ADD_GOAL,
  ADD_NOTE,
  CARE_PLAN,
  COMPLETE_ACTION,
  day,
  giveConsent,
  organisationIds,
  registerClient,
  revokeConsent,
  SET_LEAD,
  WORKERS,
} from './fixtures';

/**
 * Who may do what with a client's care plan, as data. The client is Boysproject's; NextStep
 * leads and holds LIFE_DOMAINS and NOTES, Moviera holds LIFE_DOMAINS, RUPS only PROFILE, Alias
 * nothing. Addressed by client: NOT_FOUND when the client is not visible, FORBIDDEN when it is
 * but this is not allowed. Addressed by goal or action: NOT_FOUND unless that row is readable.
 */
type Actor = 'signedOut' | 'ownerWorker' | 'leadOrganisation' | 'consentWithPlan' | 'consentWithoutPlan' | 'unrelated' | 'coordinator';
type Outcome = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';
const ACTORS: Actor[] = ['signedOut', 'ownerWorker', 'leadOrganisation', 'consentWithPlan', 'consentWithoutPlan', 'unrelated', 'coordinator'];
const EMAIL: Record<Exclude<Actor, 'signedOut'>, string> = {
  ownerWorker: WORKERS.owner,
  leadOrganisation: WORKERS.nextStep,
  consentWithPlan: WORKERS.moviera,
  consentWithoutPlan: WORKERS.rups,
  unrelated: WORKERS.alias,
  coordinator: WORKERS.coordinator,
};

interface Scene {
  clientId: string;
  leadConsentId: string;
  goalId: string;
  actions: { moviera: string; rups: string; boysproject: string };
}

const outcomes = (o: Partial<Record<Actor, Outcome>>): Record<Actor, Outcome> =>
  ({ signedOut: 'UNAUTHENTICATED', unrelated: 'NOT_FOUND', coordinator: 'NOT_FOUND', ...o }) as Record<Actor, Outcome>;
const READ_PLAN = outcomes({ ownerWorker: 'allowed', leadOrganisation: 'allowed', consentWithPlan: 'allowed', consentWithoutPlan: 'FORBIDDEN' });
const CHANGE_GOAL = outcomes({ ownerWorker: 'allowed', leadOrganisation: 'allowed', consentWithPlan: 'allowed', consentWithoutPlan: 'NOT_FOUND' });

interface Operation {
  name: string;
  query: string;
  variables: (s: Scene, org: Record<string, string>) => Record<string, unknown>;
  outcomes: Record<Actor, Outcome>;
  withoutLead?: boolean;
}

const OPERATIONS: Operation[] = [
  { name: 'carePlan', query: CARE_PLAN, variables: (s) => ({ clientId: s.clientId }), outcomes: READ_PLAN },
  {
    name: 'addGoal',
    query: ADD_GOAL,
    variables: (s) => ({ input: { clientId: s.clientId, lifeDomain: 'LEGAL_STATUS', text: 'Verblijfspapieren in orde' } }),
    outcomes: READ_PLAN,
  },
  {
    name: 'updateGoal',
    query: `mutation($id: ID!) { updateGoal(id: $id, input: { status: IN_PROGRESS }) { status } }`,
    variables: (s) => ({ id: s.goalId }),
    outcomes: CHANGE_GOAL,
  },
  {
    name: 'addAction',
    query: ADD_ACTION,
    variables: (s) => ({ input: { goalId: s.goalId, description: 'Afspraak maken', dueOn: day(5) } }),
    outcomes: CHANGE_GOAL,
  },
  {
    name: "completeAction on Moviera's action",
    query: COMPLETE_ACTION,
    variables: (s) => ({ input: { actionId: s.actions.moviera, done: true, note: 'Gelukt' } }),
    outcomes: outcomes({ ownerWorker: 'FORBIDDEN', leadOrganisation: 'allowed', consentWithPlan: 'allowed', consentWithoutPlan: 'NOT_FOUND' }),
  },
  {
    name: "completeAction on RUPS's own action (RUPS sees only the profile)",
    query: COMPLETE_ACTION,
    variables: (s) => ({ input: { actionId: s.actions.rups, done: false, note: 'Niet gelukt: cliënt niet gekomen' } }),
    outcomes: outcomes({ ownerWorker: 'FORBIDDEN', leadOrganisation: 'allowed', consentWithPlan: 'FORBIDDEN', consentWithoutPlan: 'allowed' }),
  },
  {
    name: "completeAction on the owner's action",
    query: COMPLETE_ACTION,
    variables: (s) => ({ input: { actionId: s.actions.boysproject, done: true } }),
    outcomes: outcomes({ ownerWorker: 'allowed', leadOrganisation: 'allowed', consentWithPlan: 'FORBIDDEN', consentWithoutPlan: 'NOT_FOUND' }),
  },
  {
    name: 'setCarePlanLead while NextStep leads',
    query: SET_LEAD,
    variables: (s, org) => ({ clientId: s.clientId, organisationId: org.Moviera }),
    outcomes: outcomes({ ownerWorker: 'FORBIDDEN', leadOrganisation: 'allowed', consentWithPlan: 'FORBIDDEN', consentWithoutPlan: 'FORBIDDEN' }),
  },
  {
    name: 'setCarePlanLead while nobody leads',
    query: SET_LEAD,
    variables: (s, org) => ({ clientId: s.clientId, organisationId: org.NextStep }),
    outcomes: outcomes({ ownerWorker: 'allowed', leadOrganisation: 'FORBIDDEN', consentWithPlan: 'FORBIDDEN', consentWithoutPlan: 'FORBIDDEN' }),
    withoutLead: true,
  },
  {
    name: 'addNote',
    query: ADD_NOTE,
    variables: (s) => ({ input: { clientId: s.clientId, contactType: 'OFFICE_VISIT', text: 'Op kantoor langs geweest' } }),
    outcomes: outcomes({ ownerWorker: 'allowed', leadOrganisation: 'allowed', consentWithPlan: 'FORBIDDEN', consentWithoutPlan: 'FORBIDDEN' }),
  },
];

describe('who may read and change a care plan', () => {
  let api: TestApi;
  let org: Record<string, string>;
  let as: Record<Actor, GraphQLClient>;

  /** A fresh client with its plan, so each case starts from the same state. */
  async function scene(withLead = true): Promise<Scene> {
    const owner = as.ownerWorker;
    const clientId = await registerClient(owner, `plan-${Math.random().toString(36).slice(2, 8)}`);
    const leadConsentId = await giveConsent(owner, clientId, org.NextStep, ['PROFILE', 'LIFE_DOMAINS', 'NOTES']);
    await giveConsent(owner, clientId, org.Moviera, ['PROFILE', 'LIFE_DOMAINS']);
    await giveConsent(owner, clientId, org['RUPS Den Bosch'], ['PROFILE']);
    if (withLead) await owner.ok(SET_LEAD, { clientId, organisationId: org.NextStep });
    const goal = await owner.ok(ADD_GOAL, { input: { clientId, lifeDomain: 'HOUSING', text: 'Een eigen kamer' } });
    const goalId = goal.addGoal.id;
    const action = async (organisationId: string) =>
      (await owner.ok(ADD_ACTION, { input: { goalId, description: 'Samen naar de woondienst', dueOn: day(3), organisationId } })).addAction.id as string;
    return {
      clientId,
      leadConsentId,
      goalId,
      actions: { moviera: await action(org.Moviera), rups: await action(org['RUPS Den Bosch']), boysproject: await action(org.Boysproject) },
    };
  }

  beforeAll(async () => {
    api = await startTestApi();
    org = await organisationIds(api);
    const signedIn = await Promise.all(Object.entries(EMAIL).map(async ([actor, email]) => [actor, await api.as(email)] as const));
    as = { signedOut: api.anonymous, ...Object.fromEntries(signedIn) } as Record<Actor, GraphQLClient>;
  });
  afterAll(() => api.close());

  const cases = OPERATIONS.flatMap((op) => ACTORS.map((actor) => [op.name, actor, op.outcomes[actor], op] as const));
  it.each(cases)('%s by %s: %s', async (_name, actor, expected, op) => {
    const s = await scene(!op.withoutLead);
    const variables = op.variables(s, org);
    if (expected === 'allowed') {
      await as[actor].ok(op.query, variables);
    } else {
      expect((await as[actor].fails(op.query, variables)).code).toBe(expected);
    }
  });

  it('a plan with many goals and actions costs as many statements as one with a single goal', async () => {
    const query = `query($clientId: ID!) { carePlan(clientId: $clientId) { client { pseudonym } leadOrganisation { name } followingOrganisations { name } viewerCanSetLead
      goals { id text status actions { id isOverdue viewerCanComplete organisation { name } goal { id } client { pseudonym } } } } }`;
    const small = await scene();
    const large = await scene();
    for (let i = 0; i < 6; i++) {
      const goalId = (await as.ownerWorker.ok(ADD_GOAL, { input: { clientId: large.clientId, lifeDomain: 'DAILY_RHYTHM', text: `Doel ${i}` } })).addGoal.id;
      for (const organisationId of [org.NextStep, org.Moviera])
        await as.ownerWorker.ok(ADD_ACTION, { input: { goalId, description: `Stap ${i}`, dueOn: day(i - 3), organisationId } });
    }
    const one = await as.leadOrganisation.request(query, { clientId: small.clientId });
    const many = await as.leadOrganisation.request(query, { clientId: large.clientId });
    expect(many.errors).toBeUndefined();
    expect(many.data.carePlan.goals).toHaveLength(7);
    // A count of 0 would mean the counter is not wired: equal then proves nothing.
    expect(one.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(many.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
  });

  it('a client without a plan shows an empty one, with nobody leading yet', async () => {
    const clientId = await registerClient(as.ownerWorker, 'zonder-plan');
    const plan = await as.ownerWorker.ok(
      `query($clientId: ID!) { carePlan(clientId: $clientId) { clientId leadOrganisation { name } leadSince updatedAt goals { id } viewerCanSetLead viewerCanAddGoals } }`,
      { clientId },
    );
    expect(plan.carePlan).toEqual({
      clientId,
      leadOrganisation: null,
      leadSince: null,
      updatedAt: null,
      goals: [],
      viewerCanSetLead: true,
      viewerCanAddGoals: true,
    });
  });

  it('the lead goes only to an organisation that follows the client', async () => {
    const s = await scene();
    expect((await as.leadOrganisation.fails(SET_LEAD, { clientId: s.clientId, organisationId: org.Alias })).code).toBe('BAD_USER_INPUT');
    const plan = await as.leadOrganisation.ok(SET_LEAD, { clientId: s.clientId, organisationId: org['RUPS Den Bosch'] });
    expect(plan.setCarePlanLead.leadOrganisation.name).toBe('RUPS Den Bosch');
    // The lead has moved on: NextStep no longer decides, RUPS does.
    expect((await as.leadOrganisation.fails(SET_LEAD, { clientId: s.clientId, organisationId: org.NextStep })).code).toBe('FORBIDDEN');
    await as.consentWithoutPlan.ok(SET_LEAD, { clientId: s.clientId, organisationId: org.Boysproject });
  });

  it("once the lead's consent is withdrawn, the plan has no lead and the client's own organisation names a new one", async () => {
    const s = await scene();
    await revokeConsent(as.ownerWorker, s.leadConsentId);
    const plan = await as.ownerWorker.ok(`query($clientId: ID!) { carePlan(clientId: $clientId) { leadOrganisation { name } viewerCanSetLead } }`, {
      clientId: s.clientId,
    });
    expect(plan.carePlan).toEqual({ leadOrganisation: null, viewerCanSetLead: true });
    expect((await as.consentWithPlan.fails(SET_LEAD, { clientId: s.clientId, organisationId: org.Moviera })).code).toBe('FORBIDDEN');
    const named = await as.ownerWorker.ok(SET_LEAD, { clientId: s.clientId, organisationId: org.Moviera });
    expect(named.setCarePlanLead.leadOrganisation.name).toBe('Moviera');
    expect((await as.ownerWorker.fails(SET_LEAD, { clientId: s.clientId, organisationId: org.Boysproject })).code).toBe('FORBIDDEN');
  });

  it('an action is owned only by an organisation that follows the client', async () => {
    const s = await scene();
    const error = await as.ownerWorker.fails(ADD_ACTION, { input: { goalId: s.goalId, description: 'Iets', dueOn: day(2), organisationId: org.Alias } });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'organisationId' } });
  });

  it('an action is completed once: a second completion answers CONFLICT and changes nothing', async () => {
    const s = await scene();
    await as.consentWithPlan.ok(COMPLETE_ACTION, { input: { actionId: s.actions.moviera, done: true, note: 'Gelukt' } });
    const second = await as.leadOrganisation.fails(COMPLETE_ACTION, { input: { actionId: s.actions.moviera, done: false, note: 'Toch niet' } });
    expect(second.code).toBe('CONFLICT');
    const plan = await as.ownerWorker.ok(
      `query($clientId: ID!) { carePlan(clientId: $clientId) { goals { actions { id status completionNote completedByOrganisationName } } } }`,
      { clientId: s.clientId },
    );
    expect(plan.carePlan.goals[0].actions.find((a: { id: string }) => a.id === s.actions.moviera)).toMatchObject({
      status: 'DONE',
      completionNote: 'Gelukt',
      completedByOrganisationName: 'Moviera',
    });
  });

  it('the plan says what the viewer may do with it, and who may lead or own actions', async () => {
    const s = await scene();
    const query = `query($clientId: ID!) { carePlan(clientId: $clientId) { viewerCanAddGoals viewerCanSetLead followingOrganisations { name } goals { actions { organisation { name } viewerCanComplete } } } }`;
    const forLead = (await as.leadOrganisation.ok(query, { clientId: s.clientId })).carePlan;
    expect(forLead).toMatchObject({ viewerCanAddGoals: true, viewerCanSetLead: true });
    expect(forLead.followingOrganisations.map((o: { name: string }) => o.name)).toEqual(['Boysproject', 'Moviera', 'NextStep', 'RUPS Den Bosch']);
    const forMoviera = (await as.consentWithPlan.ok(query, { clientId: s.clientId })).carePlan;
    expect(forMoviera.viewerCanSetLead).toBe(false);
    expect(
      forMoviera.goals[0].actions.map((a: { organisation: { name: string }; viewerCanComplete: boolean }) => [a.organisation.name, a.viewerCanComplete]),
    ).toEqual(
      expect.arrayContaining([
        ['Moviera', true],
        ['Boysproject', false],
        ['RUPS Den Bosch', false],
      ]),
    );
  });

  it('reading and changing the plan are audited as the LIFE_DOMAINS section, under the consent used', async () => {
    const s = await scene();
    await as.consentWithPlan.ok(CARE_PLAN, { clientId: s.clientId });
    const rows = await api.dataSource.query(
      `SELECT action, scopes, operation, consent_id IS NOT NULL AS with_consent FROM audit_entries WHERE client_id = $1 AND actor_organisation_id = $2 AND action = 'carePlan'`,
      [s.clientId, org.Moviera],
    );
    expect(rows).toEqual([{ action: 'carePlan', scopes: ['LIFE_DOMAINS'], operation: 'READ', with_consent: true }]);
    const changes = await api.dataSource.query(
      `SELECT action FROM audit_entries WHERE client_id = $1 AND operation IN ('CREATE', 'UPDATE') AND 'LIFE_DOMAINS' = ANY(scopes) ORDER BY action`,
      [s.clientId],
    );
    expect(changes.map((r: { action: string }) => r.action)).toEqual(expect.arrayContaining(['addAction', 'addGoal', 'setCarePlanLead']));
  });
});
