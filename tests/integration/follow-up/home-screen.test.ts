import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';
import {
  ADD_ACTION,
  ADD_GOAL,
  ADD_NOTE,
  COMPLETE_ACTION,
  day,
  giveConsent,
  organisationIds,
  registerClient,
  revokeConsent,
  TIMELINE,
  WORKERS,
} from './fixtures';

const DUE = `query($first: Int) { myActionsDueThisWeek(first: $first) { description dueOn isOverdue client { pseudonym } goal { text lifeDomain } organisation { name } } }`;
const CHANGES = `{ clientsWithChangesSinceMyLastVisit { client { pseudonym } changeCount kinds } }`;

describe("a worker's home screen", () => {
  let api: TestApi;
  let org: Record<string, string>;
  let sam: GraphQLClient;
  let lotte: GraphQLClient;
  let noor: GraphQLClient;
  let kimAdmin: GraphQLClient;

  const action = (viewer: GraphQLClient, goalId: string, description: string, dueInDays: number, organisationId: string) =>
    viewer.ok(ADD_ACTION, { input: { goalId, description, dueOn: day(dueInDays), organisationId } }).then((d) => d.addAction.id as string);
  const goal = (viewer: GraphQLClient, clientId: string, text: string) =>
    viewer.ok(ADD_GOAL, { input: { clientId, lifeDomain: 'INCOME_AND_DEBTS', text } }).then((d) => d.addGoal.id as string);

  beforeAll(async () => {
    api = await startTestApi();
    org = await organisationIds(api);
    [sam, lotte, noor, kimAdmin] = await Promise.all([api.as(WORKERS.owner), api.as(WORKERS.nextStep), api.as(WORKERS.moviera), api.as('admin@moviera.test')]);
  });
  afterAll(() => api.close());

  it('lists the open actions of my organisation due within a week, overdue ones first and marked', async () => {
    const clientId = await registerClient(sam, 'home-acties');
    await giveConsent(sam, clientId, org.NextStep, ['PROFILE', 'LIFE_DOMAINS']);
    const goalId = await goal(sam, clientId, 'Schulden op een rij');
    await action(sam, goalId, 'Te laat: brief beantwoorden', -2, org.Boysproject);
    await action(sam, goalId, 'Deze week: budgetcoach bellen', 3, org.Boysproject);
    await action(sam, goalId, 'Volgende maand: evaluatie', 20, org.Boysproject);
    await action(sam, goalId, 'Van NextStep: aanmelden', 1, org.NextStep);
    const done = await action(sam, goalId, 'Al gedaan: afspraak maken', 1, org.Boysproject);
    await sam.ok(COMPLETE_ACTION, { input: { actionId: done, done: true } });

    // A client of Moviera shared with Boysproject, with an action for Boysproject.
    const shared = await registerClient(kimAdmin, 'home-gedeeld');
    const consentId = await giveConsent(kimAdmin, shared, org.Boysproject, ['PROFILE', 'LIFE_DOMAINS']);
    await action(noor, await goal(noor, shared, 'Veilig wonen'), 'Gedeeld: opvang bellen', 2, org.Boysproject);

    const mine = (await sam.ok(DUE, { first: 50 })).myActionsDueThisWeek.filter((a: { client: { pseudonym: string } }) =>
      a.client.pseudonym.startsWith('home-'),
    );
    expect(mine.map((a: { description: string; isOverdue: boolean }) => [a.description, a.isOverdue])).toEqual([
      ['Te laat: brief beantwoorden', true],
      ['Gedeeld: opvang bellen', false],
      ['Deze week: budgetcoach bellen', false],
    ]);
    expect(mine[0]).toMatchObject({
      client: { pseudonym: 'home-acties' },
      goal: { text: 'Schulden op een rij', lifeDomain: 'INCOME_AND_DEBTS' },
      organisation: { name: 'Boysproject' },
    });

    // Once Moviera's client withdraws the consent, its action is gone from the list.
    await revokeConsent(kimAdmin, consentId);
    const after = (await sam.ok(DUE, { first: 50 })).myActionsDueThisWeek.map((a: { description: string }) => a.description);
    expect(after).not.toContain('Gedeeld: opvang bellen');
    expect(after).toContain('Te laat: brief beantwoorden');
  });

  it('costs the same number of statements for 1 item as for many', async () => {
    const one = await sam.request(DUE, { first: 1 });
    const many = await sam.request(DUE, { first: 50 });
    expect(many.data.myActionsDueThisWeek.length).toBeGreaterThan(1);
    // A count of 0 would mean the counter is not wired: equal then proves nothing.
    expect(one.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(many.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
    const changes = await sam.request(CHANGES);
    expect(changes.errors).toBeUndefined();
  });

  it('shows the demo client Milan: NextStep leads, an action overdue, one due this week for Boysproject, one done', async () => {
    const milan = (await sam.ok(DUE, { first: 50 })).myActionsDueThisWeek.filter((a: { client: { pseudonym: string } }) => a.client.pseudonym === 'Milan');
    expect(milan.map((a: { isOverdue: boolean }) => a.isOverdue)).toEqual([false]);
    const plan = await lotte.ok(`{ clients(search: "Milan") { nodes { id } } }`);
    const clientId = plan.clients.nodes[0].id;
    const timeline = await lotte.ok(TIMELINE, { clientId, first: 50 });
    const organisations = new Set(timeline.clientTimeline.edges.map((e: { node: { organisationName: string } }) => e.node.organisationName));
    expect([...organisations].sort()).toEqual(expect.arrayContaining(['Boysproject', 'Moviera', 'NextStep']));
    const lead = await lotte.ok(
      `query($clientId: ID!) { carePlan(clientId: $clientId) { leadOrganisation { name } goals { actions { isOverdue organisation { name } status } } } }`,
      { clientId },
    );
    expect(lead.carePlan.leadOrganisation.name).toBe('NextStep');
    const actions = lead.carePlan.goals.flatMap((g: { actions: unknown[] }) => g.actions);
    expect(actions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ isOverdue: true, organisation: { name: 'NextStep' } }),
        expect.objectContaining({ status: 'DONE', organisation: { name: 'Moviera' } }),
      ]),
    );
  });

  it('lists the clients with new entries by others since my last visit, counting only what I may see', async () => {
    const clientId = await registerClient(sam, 'home-nieuws');
    await giveConsent(sam, clientId, org.NextStep, ['PROFILE', 'LIFE_DOMAINS', 'NOTES']);
    await giveConsent(sam, clientId, org.Moviera, ['PROFILE', 'LIFE_DOMAINS']);
    const goalId = await goal(sam, clientId, 'Rust in het hoofd');
    const changesFor = async (viewer: GraphQLClient) =>
      (await viewer.ok(CHANGES)).clientsWithChangesSinceMyLastVisit.filter((c: { client: { pseudonym: string } }) => c.client.pseudonym === 'home-nieuws');

    await sam.ok(TIMELINE, { clientId, first: 1 });
    await noor.ok(`mutation($clientId: ID!) { markClientVisited(clientId: $clientId) }`, { clientId });
    expect(await changesFor(sam)).toEqual([]);

    await lotte.ok(ADD_NOTE, { input: { clientId, contactType: 'PHONE', text: 'Gebeld' } });
    await sam.ok(ADD_NOTE, { input: { clientId, contactType: 'OFFICE_VISIT', text: 'Eigen notitie telt niet' } });
    expect(await changesFor(sam)).toEqual([{ client: { pseudonym: 'home-nieuws' }, changeCount: 1, kinds: ['NOTE_ADDED'] }]);
    // Moviera may not see notes: nothing new for it yet.
    expect(await changesFor(noor)).toEqual([]);

    await lotte.ok(ADD_ACTION, { input: { goalId, description: 'Afspraak huisarts', dueOn: day(4) } });
    expect(await changesFor(noor)).toEqual([{ client: { pseudonym: 'home-nieuws' }, changeCount: 1, kinds: ['ACTION_ADDED'] }]);
    expect(await changesFor(sam)).toEqual([{ client: { pseudonym: 'home-nieuws' }, changeCount: 2, kinds: ['ACTION_ADDED', 'NOTE_ADDED'] }]);

    // Opening the plan counts as a visit.
    await sam.ok(`query($clientId: ID!) { carePlan(clientId: $clientId) { clientId } }`, { clientId });
    expect(await changesFor(sam)).toEqual([]);
  });
});
