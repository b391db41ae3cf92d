import { expireAsSystem } from '../../../api/src/modules/referrals/expiry';
import { signInAt } from '../../support/clients';
import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';
import { ACCEPT, CREATE, GET, network, Network, REFERRAL, sentReferral } from './fixtures';

const DAY = 86_400_000;
const INBOX = `query($first: Int!) { referralInbox(first: $first) { totalCount nodes { ${REFERRAL} } } }`;

/**
 * Who sees what of a referral: the two organisations see the referral, only consent shows the
 * client; a withdrawn consent cancels the open referrals and hides the client at once; the
 * coordinator sees figures only; the clock decides overdue and expiry.
 */
describe('referral access, expiry and consent withdrawal', () => {
  let api: TestApi;
  let net: Network;
  let sam: GraphQLClient;
  let lotte: GraphQLClient;
  let noor: GraphQLClient;
  let coordinator: GraphQLClient;

  beforeAll(async () => {
    api = await startTestApi();
    net = await network(api);
    [sam, lotte, noor, coordinator] = await Promise.all(
      ['sam@boysproject.test', 'lotte@nextstep.test', 'noor@moviera.test', 'coordinator@brug.test'].map((e) => api.as(e)),
    );
  });
  afterAll(() => api.close());

  it('an unrelated organisation and the coordinator get NOT_FOUND, exactly as for an unknown id', async () => {
    const referral = await sentReferral(sam, net);
    const unknown = await noor.fails(GET, { id: '00000000-0000-4000-8000-000000000000' });
    expect(await noor.fails(GET, { id: referral.id })).toEqual(unknown);
    expect(await coordinator.fails(GET, { id: referral.id })).toEqual(unknown);
    expect(
      (await noor.ok(`{ referralInbox { nodes { id } } referralsSent { nodes { id } } }`)).referralInbox.nodes.map((n: { id: string }) => n.id),
    ).not.toContain(referral.id);
  });

  it('the coordinator sees per-service figures without client data; workers may not', async () => {
    for (let i = 0; i < 5; i++) await sentReferral(sam, net);
    const { referralStatistics } = await coordinator.ok(
      `{ referralStatistics { serviceId serviceName organisationName waiting medianWaitingHours maxWaitingHours accepted90d declined90d expired90d } }`,
    );
    const row = referralStatistics.find((r: { serviceName: string }) => r.serviceName === 'Uitstapprogramma NextStep');
    expect(row.waiting).toBeGreaterThanOrEqual(5);
    expect(row.maxWaitingHours).toBeGreaterThanOrEqual(row.medianWaitingHours);
    // A count of fewer than 5 clients could single someone out: it is not shown (the figures module's rule).
    for (const r of referralStatistics)
      for (const n of [r.waiting, r.accepted90d, r.declined90d, r.expired90d]) expect(n === null || n === 0 || n >= 5).toBe(true);
    expect(referralStatistics.some((r: { waiting: number | null }) => r.waiting === null)).toBe(true);
    expect(JSON.stringify(referralStatistics)).not.toMatch(/Milan|Kiki|clientId|pseudonym/);
    expect((await sam.fails(`{ referralStatistics { serviceId } }`)).code).toBe('FORBIDDEN');
  });

  it('the receiver reads the shared client only under its consent, and opening marks the referral read', async () => {
    const before: number = (await lotte.ok(`{ unreadReferralCount }`)).unreadReferralCount;
    const referral = await sentReferral(sam, net);
    expect((await lotte.ok(`{ unreadReferralCount }`)).unreadReferralCount).toBe(before + 1);
    const { referral: seen } = await lotte.ok(GET, { id: referral.id });
    expect(seen).toMatchObject({ viewerRole: 'RECEIVER', reason: 'Wil uitstappen', clientWishes: 'Rustig aan', client: { id: expect.any(String) } });
    expect((await lotte.ok(`{ unreadReferralCount }`)).unreadReferralCount).toBe(before);
    const [entry] = await api.dataSource.query(
      `SELECT operation, action, consent_id FROM audit_entries WHERE client_id = $1 AND actor_organisation_id = $2 AND action = 'referral'`,
      [seen.client.id, net.org('NextStep')],
    );
    expect(entry).toMatchObject({ operation: 'READ', action: 'referral' });
    expect(entry.consent_id).not.toBeNull();
  });

  it('withdrawing consent cancels the open referrals to that organisation and hides the client from it at once', async () => {
    const clientId = await net.newClient('Boysproject', 'Intrekking');
    const consentId = await net.grant(clientId, 'NextStep');
    await net.grant(clientId, 'Soa-polikliniek Scheldezicht', ['PROFILE', 'HEALTH']);
    const make = async (service: string, send = true) =>
      (await sam.ok(CREATE, { input: { clientId, serviceId: net.service(service), reason: 'Privé reden', send } })).createReferral.id as string;
    const sent = await make('Uitstapprogramma NextStep');
    const accepted = await make('Schuldhulp bij uitstap');
    await lotte.ok(ACCEPT, { id: accepted });
    const draft = await make('Uitstapprogramma NextStep', false);
    const elsewhere = await make('Soa-polikliniek: test en behandeling');
    expect((await lotte.ok(`query($id: ID!) { client(id: $id) { pseudonym } }`, { id: clientId })).client.pseudonym).toBe('Intrekking');

    await sam.ok(`mutation($id: ID!) { revokeConsent(id: $id, reason: "De cliënt wil het niet meer") { id } }`, { id: consentId });

    for (const id of [sent, accepted, draft]) {
      const { referral } = await sam.ok(GET, { id });
      expect(referral).toMatchObject({ status: 'CANCELLED', cancelReason: 'CONSENT_WITHDRAWN' });
      expect(referral.events.at(-1)).toMatchObject({ toStatus: 'CANCELLED', reason: 'CONSENT_WITHDRAWN', actorName: 'Sam (demo)' });
    }
    expect((await sam.ok(GET, { id: elsewhere })).referral.status).toBe('SENT');
    expect((await lotte.fails(`query($id: ID!) { client(id: $id) { pseudonym } }`, { id: clientId })).code).toBe('NOT_FOUND');
    const { referral } = await lotte.ok(GET, { id: sent });
    expect(referral).toMatchObject({ status: 'CANCELLED', client: null, clientPseudonym: null, reason: null, clientWishes: null });
    const { notifications } = await lotte.ok(`{ notifications(first: 5) { nodes { kind referralId text serviceName referralSentAt } } }`);
    const notice = notifications.nodes.find((n: { kind: string; referralId: string }) => n.kind === 'REFERRAL_CANCELLED' && n.referralId === sent);
    expect(notice.text).not.toContain('Intrekking');
    // The web words the notice in the reader's language from the service and the day it was sent.
    const { referral: addressed } = await sam.ok(`query($id: ID!) { referral(id: $id) { service { name } sentAt } }`, { id: sent });
    expect(notice).toMatchObject({ serviceName: addressed.service.name, referralSentAt: addressed.sentAt });
    const page = (first: number) => lotte.request(`query($first: Int!) { notifications(first: $first) { nodes { serviceName referralSentAt } } }`, { first });
    const [one, many] = [await page(1), await page(20)];
    expect(many.data.notifications.nodes.length).toBeGreaterThan(2);
    expect(many.data.notifications.nodes.every((n: { serviceName: string | null }) => n.serviceName)).toBe(true);
    // A count of 0 would mean the counter is not wired: equal then proves nothing.
    expect(many.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(one.extensions?.sqlStatements).toBe(many.extensions?.sqlStatements);
  });

  it('a SENT referral is overdue after its due date and expires after the grace period, judged by the request clock', async () => {
    const referral = await sentReferral(sam, net, { urgency: 'URGENT' });
    const sentAt = new Date(referral.events.at(-1).at).getTime();
    const lotteLater = await signInAt(api, 'lotte@nextstep.test', new Date(sentAt + 1.5 * DAY));
    const { referral: overdue } = await lotteLater.ok(GET, { id: referral.id });
    expect(overdue).toMatchObject({ status: 'SENT', isOverdue: true });
    const { referralInbox } = await lotteLater.ok(`{ referralInbox(overdueOnly: true, first: 100) { nodes { id } } }`);
    expect(referralInbox.nodes.map((n: { id: string }) => n.id)).toContain(referral.id);
    expect((await sam.ok(GET, { id: referral.id })).referral.isOverdue).toBe(false);

    // URGENT: two days' grace after the due date.
    const samLater = await signInAt(api, 'sam@boysproject.test', new Date(sentAt + 3.1 * DAY));
    const { referral: expired } = await samLater.ok(GET, { id: referral.id });
    expect(expired).toMatchObject({ status: 'EXPIRED', isOverdue: false, allowedActions: ['POST_MESSAGE', 'REFER_AGAIN'] });
    expect(expired.events.at(-1)).toMatchObject({ fromStatus: 'SENT', toStatus: 'EXPIRED', actorName: 'Brug', organisationName: null });
    const { notifications } = await samLater.ok(`{ notifications(first: 20, unreadOnly: true) { nodes { kind referralId } } }`);
    expect(notifications.nodes).toEqual(
      expect.arrayContaining([
        { kind: 'REFERRAL_EXPIRED', referralId: referral.id },
        { kind: 'REFERRAL_OVERDUE', referralId: referral.id },
      ]),
    );
    const again = await samLater.ok(`mutation($id: ID!, $s: ID) { referAgain(referralId: $id, serviceId: $s) { status service { name } } }`, {
      id: referral.id,
      s: net.service('RUPS uitstaptraject'),
    });
    expect(again.referAgain).toEqual({ status: 'DRAFT', service: { name: 'RUPS uitstaptraject' } });
    const [timeline] = await api.dataSource.query(`SELECT kind, scope, summary FROM client_events WHERE subject_id = $1 AND kind = 'REFERRAL_EXPIRED'`, [
      referral.id,
    ]);
    expect(timeline).toMatchObject({
      scope: null,
      summary: { serviceName: 'Uitstapprogramma NextStep', receivingOrganisationName: 'NextStep', urgency: 'URGENT' },
    });
  });

  it('PostgreSQL itself shows referrals, their steps, messages and notices only to the organisations and user concerned', async () => {
    const referral = await sentReferral(sam, net);
    await sam.ok(`mutation($id: ID!) { postReferralMessage(referralId: $id, body: "Alleen voor ons") { id } }`, { id: referral.id });
    const asOrg = (organisation: string, user = '') =>
      api.appDataSource.transaction(async (em) => {
        await em.query(`SELECT set_config('brug.organisation_id', $1, true), set_config('brug.user_id', $2, true)`, [organisation, user]);
        const count = async (sql: string) => (await em.query(sql, [referral.id]))[0].n as number;
        return {
          referral: await count(`SELECT count(*)::int AS n FROM referrals WHERE id = $1`),
          events: await count(`SELECT count(*)::int AS n FROM referral_events WHERE referral_id = $1`),
          messages: await count(`SELECT count(*)::int AS n FROM referral_messages WHERE referral_id = $1`),
          notices: await count(`SELECT count(*)::int AS n FROM notifications WHERE referral_id = $1`),
        };
      });
    expect(await asOrg(net.org('NextStep'), net.user('lotte@nextstep.test'))).toEqual({ referral: 1, events: 2, messages: 1, notices: 2 });
    expect(await asOrg(net.org('Moviera'), net.user('noor@moviera.test'))).toEqual({ referral: 0, events: 0, messages: 0, notices: 0 });
    expect(await asOrg('')).toEqual({ referral: 0, events: 0, messages: 0, notices: 0 });
  });

  it("the API process's timer expires unanswered referrals of every organisation, as the system", async () => {
    const referral = await sentReferral(sam, net, { urgency: 'SOON' });
    const sentAt = new Date(referral.events.at(-1).at).getTime();
    const status = async () => (await api.dataSource.query(`SELECT status FROM referrals WHERE id = $1`, [referral.id]))[0].status;
    // SOON: due after 3 days, two days' grace.
    await expireAsSystem(api.appDataSource, new Date(sentAt + 4.9 * DAY));
    expect(await status()).toBe('SENT');
    expect(await expireAsSystem(api.appDataSource, new Date(sentAt + 5.1 * DAY))).toBeGreaterThanOrEqual(1);
    expect(await status()).toBe('EXPIRED');
    const events = await api.dataSource.query(`SELECT to_status, actor_name FROM referral_events WHERE referral_id = $1 ORDER BY id`, [referral.id]);
    expect(events.at(-1)).toEqual({ to_status: 'EXPIRED', actor_name: 'Brug' });
    const [notice] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE referral_id = $1 AND kind = 'REFERRAL_EXPIRED' AND user_id = $2`,
      [referral.id, net.user('sam@boysproject.test')],
    );
    expect(notice.n).toBe(1);
  });

  it('an inbox page of 50 runs as many SQL statements as a page of 1', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await sentReferral(sam, net);
      await sam.ok(`mutation($id: ID!) { postReferralMessage(referralId: $id, body: "Extra info") { id } }`, { id: r.id });
    }
    await lotte.request(INBOX, { first: 1 }); // applies anything due now, so both pages start equal
    const one = await lotte.request(INBOX, { first: 1 });
    const fifty = await lotte.request(INBOX, { first: 50 });
    expect(one.errors).toBeUndefined();
    expect(fifty.data.referralInbox.nodes.length).toBeGreaterThan(3);
    // A count of 0 would mean the counter is not wired: equal then proves nothing.
    expect(one.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(fifty.extensions!.sqlStatements).toBe(one.extensions!.sqlStatements);
  });

  it('the demo gives a new user a living inbox: lotte has unread SENT referrals, and every status exists', async () => {
    const fresh = await startTestApi();
    try {
      const demoLotte = await fresh.as('lotte@nextstep.test');
      const { unreadReferralCount, referralInbox } = await demoLotte.ok(
        `{ unreadReferralCount referralInbox(status: SENT) { nodes { unread clientPseudonym isOverdue } } }`,
      );
      expect(unreadReferralCount).toBeGreaterThanOrEqual(2);
      expect(referralInbox.nodes.filter((n: { unread: boolean }) => n.unread).length).toBeGreaterThanOrEqual(2);
      expect(referralInbox.nodes.some((n: { isOverdue: boolean }) => n.isOverdue)).toBe(true);
      const statuses = (await fresh.dataSource.query(`SELECT DISTINCT status FROM referrals ORDER BY status`)).map((r: { status: string }) => r.status);
      expect(statuses).toEqual(['ACCEPTED', 'CANCELLED', 'COMPLETED', 'DECLINED', 'DRAFT', 'EXPIRED', 'SENT']);
    } finally {
      await fresh.close();
    }
  });
});
