import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, type TestApi } from '../../support/test-api';
import { network, sentReferral } from '../referrals/fixtures';

/** The referral page's own reads of client data (what the web app asks when it opens one). */
const REFERRAL_PAGE = `query($id: ID!) { referral(id: $id) { id status clientPseudonym reason clientWishes client { id pseudonym } introduction { place } messages { body } } }`;
const TRAIL = `query($id: ID!, $grouped: Boolean) { auditTrail(clientId: $id, first: 100, grouped: $grouped) { totalCount nodes { actorName operation action count at lastAt } } }`;

let api: TestApi;
let sam: GraphQLClient;
let lotte: GraphQLClient;
let referral: { id: string; client: { id: string } };

beforeAll(async () => {
  api = await startTestApi();
  const net = await network(api);
  sam = await api.as('sam@boysproject.test');
  lotte = await api.as('lotte@nextstep.test');
  referral = await sentReferral(sam, net);
});
afterAll(() => api.close());

const at = (start: Date, seconds: number) => ({ 'x-brug-test-now': new Date(start.getTime() + seconds * 1000).toISOString() });
const lotteLines = async (grouped: boolean) =>
  (await sam.ok(TRAIL, { id: referral.client.id, grouped })).auditTrail.nodes.filter(
    (l: { actorName: string; action: string }) => l.action === 'referral' && l.actorName.startsWith('Lotte'),
  );

describe('"who saw my data" groups repeated reads', () => {
  it('a referral page polled every 15 s for 30 minutes is one line with a count; the raw entries are all kept', async () => {
    const start = new Date(Date.now() + 60_000);
    for (let i = 0; i < 120; i++) {
      const answer = await lotte.request(REFERRAL_PAGE, { id: referral.id }, at(start, i * 15));
      expect(answer.errors).toBeUndefined();
    }
    const lines = await lotteLines(true);
    expect(lines).toHaveLength(1);
    expect(lines[0].count).toBe(120);
    expect(new Date(lines[0].lastAt).getTime() - new Date(lines[0].at).getTime()).toBe(119 * 15_000);
    const raw = (await sam.ok(TRAIL, { id: referral.client.id, grouped: false })).auditTrail;
    expect(raw.nodes.every((l: { count: number }) => l.count === 1)).toBe(true);
    expect(raw.totalCount).toBeGreaterThan(120);
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entries WHERE client_id = $1 AND action = 'referral' AND actor_name LIKE 'Lotte%'`,
      [referral.client.id],
    );
    expect(n).toBe(120);

    // After a pause of more than 10 minutes, the next look is a line of its own.
    await lotte.ok(REFERRAL_PAGE, { id: referral.id }, at(start, 119 * 15 + 11 * 60));
    expect((await lotteLines(true)).map((l: { count: number }) => l.count)).toEqual([1, 120]);
  }, 120_000);

  it('the printed trail shows the grouped line with its count', async () => {
    const { auditTrail } = await sam.ok(TRAIL, { id: referral.client.id, grouped: true });
    expect(auditTrail.totalCount).toBe(auditTrail.nodes.length);
    expect(auditTrail.nodes.some((l: { count: number }) => l.count === 120)).toBe(true);
  });

  it('neither an alias nor a fragment can change the action written into the trail', async () => {
    const lastId = async () => (await api.dataSource.query(`SELECT COALESCE(max(id), 0)::bigint AS id FROM audit_entries`))[0].id;
    const actionsSince = async (id: string) =>
      (await api.dataSource.query(`SELECT DISTINCT action FROM audit_entries WHERE id > $1 AND actor_name LIKE 'Lotte%'`, [id])).map(
        (r: { action: string }) => r.action,
      );
    let before = await lastId();
    await lotte.ok(`query($id: ID!) { carePlan: referral(id: $id) { reason client { pseudonym } } }`, { id: referral.id });
    expect(await actionsSince(before)).toEqual(['referral']);
    before = await lastId();
    await lotte.ok(
      `query($id: ID!) { ...Page } fragment Page on Query { exportClientData: referral(id: $id) { ... on Referral { reason messages { body } } } }`,
      { id: referral.id },
    );
    expect(await actionsSince(before)).toEqual(['referral']);
  });
});
