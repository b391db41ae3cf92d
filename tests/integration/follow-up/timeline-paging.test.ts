import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';
import { giveConsent, organisationIds, registerClient, TIMELINE, WORKERS } from './fixtures';

/** The timeline is one keyset-paginated query: fixed cost per page, every entry once, in order. */
describe('paging through a client timeline', () => {
  let api: TestApi;
  let org: Record<string, string>;
  let owner: GraphQLClient;
  let nextStep: GraphQLClient;
  let moviera: GraphQLClient;
  let clientId: string;

  beforeAll(async () => {
    api = await startTestApi();
    org = await organisationIds(api);
    [owner, nextStep, moviera] = await Promise.all([api.as(WORKERS.owner), api.as(WORKERS.nextStep), api.as(WORKERS.moviera)]);
    clientId = await registerClient(owner, 'tl-bladeren');
    await giveConsent(owner, clientId, org.NextStep, ['PROFILE', 'LIFE_DOMAINS', 'NOTES']);
    await giveConsent(owner, clientId, org.Moviera, ['PROFILE', 'LIFE_DOMAINS']);
    // 150 entries of three organisations, kinds and sections; every third shares its moment
    // with the next, so the id decides the order among equals.
    await api.dataSource.query(
      `INSERT INTO client_events (client_id, owner_organisation_id, organisation_id, organisation_name, actor_name, kind, scope, occurred_at, summary)
       SELECT $1, $2, (ARRAY[$2, $3, $4]::uuid[])[1 + i % 3], (ARRAY['Boysproject', 'NextStep', 'Moviera'])[1 + i % 3], 'demo',
              (ARRAY['NOTE_ADDED', 'GOAL_ADDED', 'REFERRAL_SENT', 'SECTION_UPDATED', 'ACTION_ADDED'])[1 + i % 5],
              (ARRAY['NOTES', 'LIFE_DOMAINS', NULL, 'HEALTH', 'LIFE_DOMAINS'])[1 + i % 5],
              now() - interval '1 minute' * (i - i % 3 / 2), jsonb_build_object('text', 'entry ' || i)
         FROM generate_series(1, 150) AS i`,
      [clientId, org.Boysproject, org.NextStep, org.Moviera],
    );
  });
  afterAll(() => api.close());

  /** What Moviera may see, by the rules written out by hand: owner none, own entries, scope null, LIFE_DOMAINS. */
  const expectedForMoviera = async (extra = '') =>
    (
      await api.dataSource.query(
        `SELECT id::text FROM client_events WHERE client_id = $1 AND (organisation_id = $2 OR scope IS NULL OR scope = 'LIFE_DOMAINS') ${extra}
          ORDER BY occurred_at DESC, id DESC`,
        [clientId, org.Moviera],
      )
    ).map((r: { id: string }) => r.id);

  async function walk(viewer: GraphQLClient, variables: Record<string, unknown>): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const data: any = await viewer.ok(TIMELINE, { clientId, first: 7, after, ...variables });
      ids.push(...data.clientTimeline.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!data.clientTimeline.pageInfo.hasNextPage) break;
      after = data.clientTimeline.pageInfo.endCursor;
    }
    return ids;
  }

  it('a page of 50 entries costs as many SQL statements as a page of 1', async () => {
    const one = await nextStep.request(TIMELINE, { clientId, first: 1 });
    const fifty = await nextStep.request(TIMELINE, { clientId, first: 50 });
    expect(one.errors).toBeUndefined();
    expect(fifty.data.clientTimeline.edges).toHaveLength(50);
    // A count of 0 would mean the counter is not wired: equal then proves nothing.
    expect(one.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(fifty.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
  });

  it('following the cursors returns every visible entry exactly once, newest first', async () => {
    const ids = await walk(moviera, {});
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(await expectedForMoviera());
    expect(ids.length).toBeGreaterThan(50);
  });

  it('filters by the organisation that wrote the entries', async () => {
    const ids = await walk(moviera, { organisationId: org.NextStep });
    expect(ids).toEqual(await expectedForMoviera(`AND organisation_id = '${org.NextStep}'`));
    expect(ids.length).toBeGreaterThan(0);
  });

  it('filters by kind', async () => {
    const ids = await walk(moviera, { kinds: ['GOAL_ADDED', 'REFERRAL_SENT'] });
    expect(ids).toEqual(await expectedForMoviera(`AND kind IN ('GOAL_ADDED', 'REFERRAL_SENT')`));
    const notes = await walk(moviera, { kinds: ['NOTE_ADDED'] });
    // Moviera has no NOTES consent: only the notes it wrote itself.
    expect(notes).toEqual(await expectedForMoviera(`AND kind = 'NOTE_ADDED'`));
    const written = await api.dataSource.query(`SELECT DISTINCT organisation_id FROM client_events WHERE id = ANY($1::bigint[])`, [notes]);
    expect(written).toEqual([{ organisation_id: org.Moviera }]);
  });

  it('refuses a made-up cursor and a page size out of bounds', async () => {
    expect((await moviera.fails(TIMELINE, { clientId, after: 'bm90LWEtY3Vyc29y' })).code).toBe('BAD_USER_INPUT');
    expect((await moviera.fails(TIMELINE, { clientId, first: 101 })).code).toBe('BAD_USER_INPUT');
    expect((await moviera.fails(TIMELINE, { clientId, kinds: ['not a kind'] })).code).toBe('BAD_USER_INPUT');
  });
});
