import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';
import { ACCEPT, CANCEL, COMPLETE, CREATE, DECLINE, GET, MESSAGE, network, Network, REFERRAL, SEND } from './fixtures';

/**
 * The referral lifecycle as data: every status × every action × the sending organisation's
 * worker (Boysproject), the receiving one's (NextStep) and an unrelated one (Moviera). Allowed
 * steps succeed and are on the history; the rest answer CONFLICT (status does not allow it),
 * FORBIDDEN (not this side's action) or NOT_FOUND (may not see the referral at all).
 */
type Status = 'DRAFT' | 'SENT' | 'ACCEPTED' | 'DECLINED' | 'CANCELLED' | 'COMPLETED' | 'EXPIRED';
type Action = 'SEND' | 'UPDATE_DRAFT' | 'ACCEPT' | 'DECLINE' | 'CANCEL' | 'COMPLETE' | 'POST_MESSAGE' | 'REFER_AGAIN';
type Actor = 'sender' | 'receiver' | 'other';
const STATUSES: Status[] = ['DRAFT', 'SENT', 'ACCEPTED', 'DECLINED', 'CANCELLED', 'COMPLETED', 'EXPIRED'];
const ACTIONS: Action[] = ['SEND', 'UPDATE_DRAFT', 'ACCEPT', 'DECLINE', 'CANCEL', 'COMPLETE', 'POST_MESSAGE', 'REFER_AGAIN'];

/** What each side may do in each status; everything else is refused. */
const ALLOWED: Record<Status, Record<'sender' | 'receiver', Action[]>> = {
  DRAFT: { sender: ['SEND', 'UPDATE_DRAFT', 'CANCEL'], receiver: [] },
  SENT: { sender: ['CANCEL', 'POST_MESSAGE'], receiver: ['ACCEPT', 'DECLINE', 'POST_MESSAGE'] },
  ACCEPTED: { sender: ['CANCEL', 'POST_MESSAGE'], receiver: ['COMPLETE', 'POST_MESSAGE'] },
  DECLINED: { sender: ['POST_MESSAGE', 'REFER_AGAIN'], receiver: ['POST_MESSAGE'] },
  CANCELLED: { sender: ['POST_MESSAGE'], receiver: ['POST_MESSAGE'] },
  COMPLETED: { sender: ['POST_MESSAGE'], receiver: ['POST_MESSAGE'] },
  EXPIRED: { sender: ['POST_MESSAGE', 'REFER_AGAIN'], receiver: ['POST_MESSAGE'] },
};
const SIDE_ACTIONS: Record<'sender' | 'receiver', Action[]> = {
  sender: ['SEND', 'UPDATE_DRAFT', 'CANCEL', 'POST_MESSAGE', 'REFER_AGAIN'],
  receiver: ['ACCEPT', 'DECLINE', 'COMPLETE', 'POST_MESSAGE'],
};
/** The status an allowed action leads to (none: the status stays). */
const LEADS_TO: Partial<Record<Action, Status>> = { SEND: 'SENT', ACCEPT: 'ACCEPTED', DECLINE: 'DECLINED', CANCEL: 'CANCELLED', COMPLETE: 'COMPLETED' };

function expected(status: Status, action: Action, actor: Actor): string {
  if (actor === 'other') return 'NOT_FOUND';
  if (actor === 'receiver' && status === 'DRAFT') return 'NOT_FOUND';
  if (ALLOWED[status][actor].includes(action)) return 'allowed';
  return SIDE_ACTIONS[actor].includes(action) ? 'CONFLICT' : 'FORBIDDEN';
}

describe('referral transitions', () => {
  let api: TestApi;
  let net: Network;
  let actors: Record<Actor, GraphQLClient>;

  beforeAll(async () => {
    api = await startTestApi();
    net = await network(api);
    actors = { sender: await api.as('sam@boysproject.test'), receiver: await api.as('lotte@nextstep.test'), other: await api.as('noor@moviera.test') };
  });
  afterAll(() => api.close());

  /** A fresh referral from Boysproject to NextStep, brought to `status` the way users would. */
  async function referralIn(status: Status): Promise<string> {
    const clientId = await net.newClient('Boysproject');
    await net.grant(clientId, 'NextStep');
    const { createReferral } = await actors.sender.ok(CREATE, {
      input: { clientId, serviceId: net.service('Uitstapprogramma NextStep'), reason: 'Wil uitstappen', send: status !== 'DRAFT' && status !== 'CANCELLED' },
    });
    const id = createReferral.id;
    if (status === 'ACCEPTED' || status === 'COMPLETED') await actors.receiver.ok(ACCEPT, { id });
    if (status === 'COMPLETED') await actors.receiver.ok(COMPLETE, { id });
    if (status === 'DECLINED') await actors.receiver.ok(DECLINE, { id });
    if (status === 'CANCELLED') await actors.sender.ok(CANCEL, { id });
    if (status === 'EXPIRED') {
      // Its grace period ended a minute ago; the next read applies the expiry.
      await api.dataSource.query(`UPDATE referrals SET due_at = now() - interval '3 days', expires_at = now() - interval '1 minute' WHERE id = $1`, [id]);
    }
    const { referral } = await actors.sender.ok(GET, { id });
    expect(referral.status).toBe(status);
    return id;
  }

  function run(actor: Actor, action: Action, id: string) {
    const client = actors[actor];
    switch (action) {
      case 'SEND':
        return client.request(SEND, { id });
      case 'UPDATE_DRAFT':
        return client.request(`mutation($id: ID!) { updateReferralDraft(id: $id, input: { urgency: SOON }) { id urgency } }`, { id });
      case 'ACCEPT':
        return client.request(ACCEPT, { id });
      case 'DECLINE':
        return client.request(DECLINE, { id });
      case 'CANCEL':
        return client.request(CANCEL, { id });
      case 'COMPLETE':
        return client.request(COMPLETE, { id });
      case 'POST_MESSAGE':
        return client.request(MESSAGE, { id, body: 'Hoe gaat het?' });
      case 'REFER_AGAIN':
        return client.request(`mutation($id: ID!, $s: ID) { referAgain(referralId: $id, serviceId: $s) { id status } }`, {
          id,
          s: net.service('RUPS uitstaptraject'),
        });
    }
  }

  const cells = STATUSES.flatMap((status) =>
    ACTIONS.flatMap((action) => (['sender', 'receiver', 'other'] as Actor[]).map((actor) => ({ status, action, actor }))),
  );

  it('every status × action × side gives the expected answer, and allowed steps are on the history', async () => {
    const outcomes: string[] = [];
    const wanted: string[] = [];
    for (const { status, action, actor } of cells) {
      const id = await referralIn(status);
      const result = await run(actor, action, id);
      const code = result.errors?.[0]?.extensions?.code ?? 'allowed';
      outcomes.push(`${status} ${action} by ${actor}: ${code}`);
      wanted.push(`${status} ${action} by ${actor}: ${expected(status, action, actor)}`);
      if (code === 'allowed' && LEADS_TO[action]) {
        const { referral } = await actors.sender.ok(GET, { id });
        expect(referral.status).toBe(LEADS_TO[action]);
        expect(referral.events.at(-1)).toMatchObject({ fromStatus: status, toStatus: LEADS_TO[action] });
      }
      if (code === 'CONFLICT') expect(result.errors![0].message).toContain(status === 'DRAFT' ? 'still a draft' : `already ${status.toLowerCase()}`);
    }
    expect(outcomes).toEqual(wanted);
    // Some 190 cells, each on a fresh referral: slow on a loaded two-core machine, not stuck.
  }, 240_000);

  it('allowedActions lists exactly what each side may do in each status', async () => {
    for (const status of STATUSES) {
      const id = await referralIn(status);
      const asSender = (await actors.sender.ok(GET, { id })).referral;
      expect([...asSender.allowedActions].sort()).toEqual([...ALLOWED[status].sender].sort());
      expect(asSender.viewerRole).toBe('SENDER');
      if (status !== 'DRAFT') {
        const asReceiver = (await actors.receiver.ok(GET, { id })).referral;
        expect([...asReceiver.allowedActions].sort()).toEqual([...ALLOWED[status].receiver].sort());
        expect(asReceiver.viewerRole).toBe('RECEIVER');
      }
    }
  });

  it('a conflict says the current status and who changed it', async () => {
    const id = await referralIn('ACCEPTED');
    const refused = await actors.receiver.fails(DECLINE, { id });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/already accepted by Lotte \(demo\) \(NextStep\) at \d{4}-\d\d-\d\dT/);
  });

  it('a cancellation needs a reason, and CONSENT_WITHDRAWN is kept for Brug itself', async () => {
    const id = await referralIn('SENT');
    expect((await actors.sender.fails(`mutation($id: ID!) { cancelReferral(id: $id, input: { reason: OTHER }) { id } }`, { id })).code).toBe('BAD_USER_INPUT');
    expect((await actors.sender.fails(`mutation($id: ID!) { cancelReferral(id: $id, input: { reason: CONSENT_WITHDRAWN }) { id } }`, { id })).code).toBe(
      'BAD_USER_INPUT',
    );
    const { cancelReferral } = await actors.sender.ok(
      `mutation($id: ID!) { cancelReferral(id: $id, input: { reason: OTHER, note: "Dubbel" }) { status cancelReason events { toStatus reason } } }`,
      { id },
    );
    expect(cancelReferral).toMatchObject({ status: 'CANCELLED', cancelReason: 'OTHER' });
    expect(cancelReferral.events.at(-1)).toEqual({ toStatus: 'CANCELLED', reason: 'OTHER' });
  });

  it('a decline can suggest a better service, and the sender refers again to it in one click as a new draft', async () => {
    const id = await referralIn('SENT');
    const suggested = net.service('RUPS uitstaptraject');
    await actors.receiver.ok(
      `mutation($id: ID!, $s: ID) { declineReferral(id: $id, input: { reason: OUTSIDE_AREA, note: "Andere regio", suggestedServiceId: $s }) { id } }`,
      { id, s: suggested },
    );
    const { referral } = await actors.sender.ok(`query($id: ID!) { referral(id: $id) { declineReason suggestedService { id name } } }`, { id });
    expect(referral).toMatchObject({ declineReason: 'OUTSIDE_AREA', suggestedService: { id: suggested } });
    const { referAgain } = await actors.sender.ok(`mutation($id: ID!) { referAgain(referralId: $id) { ${REFERRAL} } }`, { id });
    expect(referAgain).toMatchObject({ status: 'DRAFT', service: { id: suggested }, reason: 'Wil uitstappen' });
    expect(referAgain.id).not.toBe(id);
  });

  it('the receiver names a worker of its own organisation on accepting and can change the first meeting', async () => {
    const id = await referralIn('SENT');
    const sam = net.user('sam@boysproject.test');
    const wrong = await actors.receiver.fails(`mutation($id: ID!, $w: ID) { acceptReferral(id: $id, input: { receivingWorkerId: $w }) { id } }`, {
      id,
      w: sam,
    });
    expect(wrong).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'receivingWorkerId' } });
    const { acceptReferral } = await actors.receiver.ok(
      `mutation($id: ID!) { acceptReferral(id: $id, input: { introduction: { plannedAt: "2030-01-07T10:00:00.000Z", place: "NextStep Arnhem", accompaniedBy: "Sam" } }) { status acceptedBy { name } introduction { plannedAt place accompaniedBy clientWillCall } } }`,
      { id },
    );
    expect(acceptReferral).toEqual({
      status: 'ACCEPTED',
      acceptedBy: { name: 'Lotte (demo)' },
      introduction: { plannedAt: '2030-01-07T10:00:00.000Z', place: 'NextStep Arnhem', accompaniedBy: 'Sam', clientWillCall: false },
    });
  });
});
