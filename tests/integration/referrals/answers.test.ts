import type { GraphQLClient } from '../../support/graphql-client';
import { signInAt } from '../../support/clients';
import { startTestApi, TestApi } from '../../support/test-api';

const DAY = 86_400_000;
import { ACCEPT, CREATE, DECLINE, GET, MESSAGE, network, Network, SEND, sentReferral } from './fixtures';

/**
 * What "nothing is lost" means for referrals: concurrent answers leave exactly one outcome,
 * repeated requests with the same idempotency key do the work once, and a referral is only
 * sent with the receiver's consent (held already, or recorded in the same step).
 */
describe('referral answers', () => {
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

  it('ten simultaneous accepts and declines leave exactly one answer; the others hear what happened', async () => {
    const referral = await sentReferral(sam, net);
    const workers = [lotte, ...(await Promise.all(Array.from({ length: 4 }, () => api.as('lotte@nextstep.test'))))];
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => workers[i % workers.length].request(i % 2 ? DECLINE : ACCEPT, { id: referral.id })));
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map((r) => r.errors![0].extensions!.code)).toEqual(Array(9).fill('CONFLICT'));
    const outcome = winners[0].data.acceptReferral ? 'accepted' : 'declined';
    for (const loser of losers)
      expect(loser.errors![0].message).toMatch(new RegExp(`^This referral was already ${outcome} by Lotte \\(demo\\) \\(NextStep\\) at `));
    const { referral: after } = await sam.ok(GET, { id: referral.id });
    expect(after.events.map((e: { toStatus: string }) => e.toStatus)).toEqual(['DRAFT', 'SENT', outcome.toUpperCase()]);
  });

  it('repeating createReferral with the same key returns the first referral and creates one row', async () => {
    const clientId = await net.newClient('Boysproject');
    await net.grant(clientId, 'NextStep');
    const input = { clientId, serviceId: net.service('Uitstapprogramma NextStep'), reason: 'Eén keer' };
    const [first, second] = await Promise.all([sam.ok(CREATE, { input, key: 'create-once-1' }), sam.ok(CREATE, { input, key: 'create-once-1' })]);
    const third = await sam.ok(CREATE, { input, key: 'create-once-1' });
    expect(second.createReferral.id).toBe(first.createReferral.id);
    expect(third.createReferral.id).toBe(first.createReferral.id);
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM referrals WHERE client_id = $1`, [clientId]);
    expect(n).toBe(1);
    // Another key is another request.
    const other = await sam.ok(CREATE, { input, key: 'create-once-2' });
    expect(other.createReferral.id).not.toBe(first.createReferral.id);
  });

  it('repeating acceptReferral with the same key answers the first result, with one ACCEPTED step', async () => {
    const referral = await sentReferral(sam, net);
    const results = await Promise.all([1, 2, 3].map(() => lotte.request(ACCEPT, { id: referral.id, key: 'accept-once' })));
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? r.data.acceptReferral.status)).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED']);
    const again = await lotte.ok(ACCEPT, { id: referral.id, key: 'accept-once' });
    expect(again.acceptReferral.status).toBe('ACCEPTED');
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM referral_events WHERE referral_id = $1 AND to_status = 'ACCEPTED'`, [
      referral.id,
    ]);
    expect(n).toBe(1);
    // Without the key, a second accept is a conflict, as it should be.
    expect((await lotte.fails(ACCEPT, { id: referral.id })).code).toBe('CONFLICT');
  });

  it('repeating a message with the same key posts it once', async () => {
    const referral = await sentReferral(sam, net);
    const a = await sam.ok(MESSAGE, { id: referral.id, body: 'Hallo', key: 'msg-1' });
    const b = await sam.ok(MESSAGE, { id: referral.id, body: 'Hallo', key: 'msg-1' });
    expect(b.postReferralMessage.id).toBe(a.postReferralMessage.id);
    const { referral: seen } = await lotte.ok(GET, { id: referral.id });
    expect(seen.messages.map((m: { body: string; authorName: string }) => [m.body, m.authorName])).toEqual([['Hallo', 'Sam (demo)']]);
  });

  it('a referral is sent only when the receiver holds consent; otherwise consent is asked for', async () => {
    const clientId = await net.newClient('Boysproject');
    const { createReferral: draft } = await sam.ok(CREATE, {
      input: { clientId, serviceId: net.service('Uitstapprogramma NextStep'), reason: 'Zonder toestemming' },
    });
    const refused = await sam.fails(SEND, { id: draft.id });
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'consent' } });
    expect(refused.message).toMatch(/consent is needed/);
    expect((await lotte.fails(GET, { id: draft.id })).code).toBe('NOT_FOUND');
  });

  it("the client's consent for the receiver is recorded with the referral in the same step, and opens the client to the receiver", async () => {
    const clientId = await net.newClient('Boysproject', 'Samen verstuurd');
    const { createReferral: draft } = await sam.ok(CREATE, {
      input: { clientId, serviceId: net.service('Uitstapprogramma NextStep'), reason: 'Met toestemming', sharedScopes: ['PROFILE'] },
    });
    const consent = { scopes: ['PROFILE'], purpose: 'Warme overdracht naar het uitstapprogramma', method: 'VERBAL' };
    const { sendReferral } = await sam.ok(SEND, { id: draft.id, consent });
    expect(sendReferral.status).toBe('SENT');
    const [live] = await api.dataSource.query(
      `SELECT scopes, purpose FROM consents WHERE client_id = $1 AND grantee_organisation_id = $2 AND revoked_at IS NULL`,
      [clientId, net.org('NextStep')],
    );
    expect(live).toEqual({ scopes: ['PROFILE'], purpose: consent.purpose });
    const { referral } = await lotte.ok(GET, { id: draft.id });
    expect(referral).toMatchObject({ clientPseudonym: 'Samen verstuurd', client: { pseudonym: 'Samen verstuurd' }, reason: 'Met toestemming', unread: false });
    // A failed send records nothing: the consent goes with the referral or not at all.
    const other = await net.newClient('Boysproject');
    const { createReferral: draft2 } = await sam.ok(CREATE, { input: { clientId: other, serviceId: net.service('Uitstapprogramma NextStep') } });
    expect((await sam.fails(SEND, { id: draft2.id, consent: { ...consent, scopes: [] } })).code).toBe('BAD_USER_INPUT');
    expect(await api.dataSource.query(`SELECT id FROM consents WHERE client_id = $1`, [other])).toEqual([]);
  });

  it('a consented organisation may refer on only when the receiver already holds consent, and cannot record it', async () => {
    const noor = await api.as('noor@moviera.test');
    const clientId = await net.newClient('Boysproject');
    await net.grant(clientId, 'Moviera');
    const { createReferral: draft } = await noor.ok(CREATE, { input: { clientId, serviceId: net.service('Uitstapprogramma NextStep') } });
    expect((await noor.fails(SEND, { id: draft.id, consent: { scopes: ['PROFILE'], purpose: 'x', method: 'VERBAL' } })).code).toBe('FORBIDDEN');
    expect((await noor.fails(SEND, { id: draft.id })).message).toMatch(/only the client's own organisation can record it/);
    await net.grant(clientId, 'NextStep');
    expect((await noor.ok(SEND, { id: draft.id })).sendReferral.status).toBe('SENT');
  });

  it('archived services and services not accepting referrals receive none', async () => {
    const clientId = await net.newClient('Boysproject');
    const archived = net.service('Inloopmoment op zondag (stopgezet)');
    expect(await sam.fails(CREATE, { input: { clientId, serviceId: archived } })).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'serviceId' } });
    const full = net.service('Schuldhulp bij uitstap');
    await api.dataSource.query(`UPDATE services SET capacity_status = 'NOT_ACCEPTING' WHERE id = $1`, [full]);
    const refused = await sam.fails(CREATE, { input: { clientId, serviceId: full } });
    expect(refused.message).toMatch(/does not accept referrals/);
    await api.dataSource.query(`UPDATE services SET capacity_status = 'AVAILABLE' WHERE id = $1`, [full]);
  });

  it('an archived service of another organisation is answered exactly like an id that names nothing', async () => {
    const clientId = await net.newClient('Moviera');
    const noor = await api.as('noor@moviera.test');
    const archived = net.service('Inloopmoment op zondag (stopgezet)');
    const missing = '5b0f3c1e-8d2a-4c7e-9f10-123456789abc';
    const create = (serviceId: string) => noor.fails(CREATE, { input: { clientId, serviceId } });
    expect(await create(archived)).toEqual(await create(missing));
    expect((await create(archived)).message).toBe('serviceId: there is no such service on the map.');

    const referral = await sentReferral(sam, net);
    const DECLINE_SUGGESTING = `mutation($id: ID!, $s: ID) { declineReferral(id: $id, input: { reason: OUTSIDE_AREA, note: "Elders", suggestedServiceId: $s }) { id } }`;
    expect(await lotte.fails(DECLINE_SUGGESTING, { id: referral.id, s: archived })).toEqual(
      await lotte.fails(DECLINE_SUGGESTING, { id: referral.id, s: missing }),
    );
  });

  it.each([
    ['no note', ''],
    ['a blank note', '   \n '],
  ])('declining with reason OTHER and %s is refused with a clear message, and nothing is written', async (_, note) => {
    const referral = await sentReferral(sam, net);
    const before = await api.dataSource.query(
      `SELECT status, decline_reason, (SELECT count(*)::int FROM referral_events e WHERE e.referral_id = r.id) AS steps FROM referrals r WHERE id = $1`,
      [referral.id],
    );
    const refused = await lotte.fails(`mutation($id: ID!, $note: String!) { declineReferral(id: $id, input: { reason: OTHER, note: $note }) { id } }`, {
      id: referral.id,
      note,
    });
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', message: 'note: say why the referral is declined.', extensions: { field: 'note' } });
    expect(
      await api.dataSource.query(
        `SELECT status, decline_reason, (SELECT count(*)::int FROM referral_events e WHERE e.referral_id = r.id) AS steps FROM referrals r WHERE id = $1`,
        [referral.id],
      ),
    ).toEqual(before);
    expect(before[0].status).toBe('SENT');
    // With a note, OTHER is a reason like any other.
    const { declineReferral } = await lotte.ok(
      `mutation($id: ID!) { declineReferral(id: $id, input: { reason: OTHER, note: "Cliënt woont te ver" }) { status declineReason declineNote } }`,
      { id: referral.id },
    );
    expect(declineReferral).toEqual({ status: 'DECLINED', declineReason: 'OTHER', declineNote: 'Cliënt woont te ver' });
  });

  it('an internal referral to a service of your own organisation needs no consent', async () => {
    const clientId = await net.newClient('Boysproject');
    const { createReferral } = await sam.ok(CREATE, { input: { clientId, serviceId: net.service('Psychosociale begeleiding'), send: true } });
    expect(createReferral).toMatchObject({ status: 'SENT', viewerRole: 'SENDER' });
    expect(createReferral.allowedActions).toEqual(expect.arrayContaining(['ACCEPT', 'DECLINE', 'CANCEL']));
  });

  it('due dates follow urgency: URGENT 1 day, SOON 3 days, ROUTINE 10 working days', async () => {
    const friday = new Date();
    friday.setUTCHours(9, 0, 0, 0);
    while (friday.getUTCDay() !== 5 || friday <= new Date()) friday.setTime(friday.getTime() + DAY);
    const samThen = await signInAt(api, 'sam@boysproject.test', friday);
    const due: Record<string, string> = {};
    for (const urgency of ['URGENT', 'SOON', 'ROUTINE']) {
      const clientId = await net.newClient('Boysproject');
      await net.grant(clientId, 'NextStep');
      const { createReferral } = await samThen.ok(CREATE, { input: { clientId, serviceId: net.service('Uitstapprogramma NextStep'), urgency, send: true } });
      due[urgency] = createReferral.dueAt;
    }
    const after = (days: number) => new Date(friday.getTime() + days * DAY).toISOString();
    // Ten working days from a Friday skip two weekends: two weeks later.
    expect(due).toEqual({ URGENT: after(1), SOON: after(3), ROUTINE: after(14) });
  });
});
