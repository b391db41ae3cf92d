import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { silentLog } from '../../../api/src/common/logger';
import { startServer, type RunningServer } from '../../../api/src/server';
import { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';
import { network, Network, sentReferral } from './fixtures';

type Counts = { unreadReferralCount: number; unreadNotificationCount: number };
const INBOX_CHANGED = `subscription { inboxChanged { unreadReferralCount unreadNotificationCount } }`;

/** The navigation's counts are pushed live over graphql-ws, whichever API process made the change. */
describe('inboxChanged subscription', () => {
  let api: TestApi;
  let second: RunningServer;
  let net: Network;
  const sockets: Client[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    // A second API process on the same database, as behind a load balancer.
    second = await startServer(api.appDataSource, api.config, silentLog);
    net = await network(api);
  });
  afterAll(async () => {
    for (const s of sockets) await s.dispose();
    await second.stop();
    await api.close();
  });

  function subscribe(url: string, connectionParams: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    const client = createClient({
      url: url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers });
        }
      },
      connectionParams,
      retryAttempts: 0,
      lazy: true,
    });
    sockets.push(client);
    return client.iterate<{ inboxChanged: { unreadReferralCount: number; unreadNotificationCount: number } }>({ query: INBOX_CHANGED });
  }

  async function next<T>(iterator: AsyncIterator<T>, ms = 5000): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no push within time')), ms)));
    try {
      const result = await Promise.race([iterator.next(), timeout]);
      if (result.done) throw new Error('the subscription ended');
      return result.value;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Reads pushes until one matches (earlier pushes may carry changes made before, e.g. overdue notices). */
  async function until(iterator: AsyncIterator<unknown>, wanted: (counts: Counts) => boolean): Promise<Counts> {
    for (;;) {
      const counts = ((await next(iterator)) as any).data.inboxChanged as Counts;
      if (wanted(counts)) return counts;
    }
  }

  it('the receiver gets new counts when a referral is sent, also when another API process sent it', async () => {
    const lotte = await api.as('lotte@nextstep.test');
    const stream = subscribe(api.url, { token: lotte.token });
    await next(stream);
    // Settle whatever was due at the start (the demo's overdue referral notifies once).
    await lotte.ok(`{ inboxCounts { unreadReferralCount } }`);
    const start = (await lotte.ok(`{ inboxCounts { unreadReferralCount unreadNotificationCount } }`)).inboxCounts as Counts;

    // Sent through the SECOND process: it reaches this one through PostgreSQL NOTIFY.
    const samThere = new GraphQLClient(second.url, (await api.as('sam@boysproject.test')).token);
    await sentReferral(samThere, net);
    const pushed = await until(stream, (c) => c.unreadReferralCount === start.unreadReferralCount + 1);
    expect(pushed).toEqual({ unreadReferralCount: start.unreadReferralCount + 1, unreadNotificationCount: start.unreadNotificationCount + 1 });

    // Marking the notices read (here, on the first process) pushes again.
    await lotte.ok(`mutation { markNotificationsRead }`);
    const latest = await until(stream, (c) => c.unreadNotificationCount === 0);
    expect(latest).toEqual({ unreadReferralCount: start.unreadReferralCount + 1, unreadNotificationCount: 0 });
  });

  it('signs in with the session cookie sent on the websocket upgrade', async () => {
    const lotte = await api.as('lotte@nextstep.test');
    const stream = subscribe(second.url, {}, { cookie: `brug_session=${lotte.token}` });
    const value = (await next(stream)) as any;
    expect(value.data.inboxChanged.unreadReferralCount).toEqual(expect.any(Number));
  });

  it('keeps pushing after the LISTEN connection was lost and opened again', async () => {
    const lotte = await api.as('lotte@nextstep.test');
    const stream = subscribe(api.url, { token: lotte.token });
    const start = ((await next(stream)) as any).data.inboxChanged as Counts;
    const killed = await api.dataSource.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'brug-api-listen' AND datname = current_database()`,
    );
    expect(killed.length).toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 1500));
    await sentReferral(await api.as('sam@boysproject.test'), net);
    const pushed = await until(stream, (c) => c.unreadReferralCount > start.unreadReferralCount);
    expect(pushed.unreadReferralCount).toBe(start.unreadReferralCount + 1);
  });

  it('refuses a connection without a valid session', async () => {
    const stream = subscribe(api.url, { token: 'not-a-session' });
    // Closed by the server as forbidden (4403), not merely silent until the helper gives up.
    const refusal = await next(stream).then(
      () => null,
      (error: unknown) => error as { message?: string; code?: number },
    );
    expect(refusal?.message ?? '').not.toMatch(/no push within time/);
    expect(refusal?.code).toBe(4403);
  });
});
