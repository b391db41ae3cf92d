import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, type TestApi } from '../../support/test-api';
import { CREATE, MESSAGE, network, type Network } from './fixtures';

/** What the web's referral page polls while it is open (ReferralChangesQuery): counts and times, never text. */
const LIGHT = `query($id: ID!) { referral(id: $id) { id status changedAt messageCount lastMessageAt isOverdue } }`;

let api: TestApi;
let net: Network;
let sam: GraphQLClient;
let lotte: GraphQLClient;

beforeAll(async () => {
  api = await startTestApi();
  net = await network(api);
  sam = await api.as('sam@boysproject.test');
  lotte = await api.as('lotte@nextstep.test');
});
afterAll(() => api.close());

async function referral() {
  const clientId = await net.newClient('Boysproject');
  const consentId = await net.grant(clientId, 'NextStep');
  const { createReferral } = await sam.ok(CREATE, {
    input: { clientId, serviceId: net.service('Uitstapprogramma NextStep'), reason: 'Wil uitstappen', send: true },
  });
  return { id: createReferral.id as string, clientId, consentId };
}
const auditCount = async (clientId: string) =>
  (await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_entries WHERE client_id = $1`, [clientId]))[0].n as number;
const at = (start: Date, seconds: number) => ({ 'x-brug-test-now': new Date(start.getTime() + seconds * 1000).toISOString() });

describe('a referral page left open polls no client data', () => {
  it('polling the light query every 15 s for 30 minutes writes no audit entry, and it moves when the thread or the status does', async () => {
    const r = await referral();
    const first = (await lotte.ok(LIGHT, { id: r.id })).referral;
    expect(first).toMatchObject({ status: 'SENT', messageCount: 0, lastMessageAt: null });
    const before = await auditCount(r.clientId);
    const start = new Date(Date.now() + 60_000);
    for (let i = 0; i < 120; i++) {
      const answer = await lotte.request(LIGHT, { id: r.id }, at(start, i * 15));
      expect(answer.errors).toBeUndefined();
      expect(answer.data.referral.changedAt).toBe(first.changedAt);
    }
    expect(await auditCount(r.clientId)).toBe(before);

    // A message (and then an answer) moves what the page compares, so it reads the referral again.
    await sam.ok(MESSAGE, { id: r.id, body: 'Hij belt morgen' });
    const afterPost = await auditCount(r.clientId);
    const afterMessage = (await lotte.ok(LIGHT, { id: r.id })).referral;
    expect(await auditCount(r.clientId)).toBe(afterPost);
    expect(afterMessage.messageCount).toBe(1);
    expect(new Date(afterMessage.lastMessageAt).getTime()).toBeGreaterThan(new Date(first.changedAt).getTime());
    expect(afterMessage.changedAt).toBe(afterMessage.lastMessageAt);
    await lotte.ok(`mutation($id: ID!) { acceptReferral(id: $id) { id } }`, { id: r.id });
    // (Posting and accepting are audited as changes; polling what they moved is not a read.)
    const afterChanges = await auditCount(r.clientId);
    const afterAccept = (await lotte.ok(LIGHT, { id: r.id })).referral;
    expect(afterAccept.status).toBe('ACCEPTED');
    expect(new Date(afterAccept.changedAt).getTime()).toBeGreaterThan(new Date(afterMessage.changedAt).getTime());
    expect(await auditCount(r.clientId)).toBe(afterChanges);
  }, 120_000);

  it('after the consent is revoked the thread figures answer null to the former grantee and nothing the sender posts moves them', async () => {
    const r = await referral();
    await sam.ok(MESSAGE, { id: r.id, body: 'Eerste bericht' });
    expect((await lotte.ok(LIGHT, { id: r.id })).referral.messageCount).toBe(1);
    await sam.ok(`mutation($id: ID!) { revokeConsent(id: $id, reason: "the client asked") { id } }`, { id: r.consentId });

    const revoked = (await lotte.ok(LIGHT, { id: r.id })).referral;
    expect(revoked).toMatchObject({ status: 'CANCELLED', messageCount: null, lastMessageAt: null });
    // The client's own organisation keeps its record of the thread and may still write in it.
    const own = (await sam.ok(LIGHT, { id: r.id })).referral;
    expect(own.messageCount).toBe(1);
    const posted = await sam.request(MESSAGE, { id: r.id, body: 'Nog een notitie' });
    if (!posted.errors) expect((await sam.ok(LIGHT, { id: r.id })).referral.messageCount).toBe(2);
    const later = (await lotte.ok(LIGHT, { id: r.id })).referral;
    expect(later).toEqual(revoked);
  });
});
