import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { DEMO_PASSWORD, startTestApi, TestApi } from '../../support/test-api';

const INBOX = `subscription { inboxChanged { unreadReferralCount unreadNotificationCount } }`;

/** What one operation over the websocket answers: its first push, or its errors. */
type Outcome = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

/**
 * The graphql-ws server (inboxChanged) does not go through Apollo's plugins: it must apply the
 * same limits, the same two-factor enrolment rule, and run nothing but subscriptions.
 */
describe('the subscription websocket', () => {
  let api: TestApi;
  let token: string;
  const sockets: Client[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    const { login } = await api.anonymous.ok(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
      e: 'sam@boysproject.test',
      p: DEMO_PASSWORD,
    });
    token = login.token;
  });
  afterAll(async () => {
    for (const s of sockets) await s.dispose();
    await api.close();
  });

  function run(query: string, withToken = token, variables: Record<string, unknown> = {}): Promise<Outcome> {
    const client = createClient({
      url: api.url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { token: withToken },
      retryAttempts: 0,
      lazy: true,
    });
    sockets.push(client);
    return new Promise<Outcome>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no answer within 5 s')), 5000);
      const stop = client.subscribe(
        { query, variables },
        {
          next: (value) => {
            clearTimeout(timer);
            resolve(value as Outcome);
            stop();
          },
          error: (error) => {
            clearTimeout(timer);
            resolve(Array.isArray(error) ? { errors: error } : { errors: [{ message: error instanceof Error ? error.message : String(error) }] });
          },
          complete: () => undefined,
        },
      );
    });
  }

  const code = (outcome: Outcome) => outcome.errors?.[0]?.extensions?.code;

  it('still pushes the inbox counts to a signed-in worker', async () => {
    const outcome = await run(INBOX);
    expect(outcome.errors).toBeUndefined();
    expect(outcome.data).toEqual({ inboxChanged: { unreadReferralCount: expect.any(Number), unreadNotificationCount: expect.any(Number) } });
  });

  it('refuses queries and mutations: those go over HTTP, in their audited transaction', async () => {
    const query = await run(`query { clients(first: 1) { nodes { pseudonym } } }`);
    expect(query.data).toBeUndefined();
    expect(code(query)).toBe('BAD_REQUEST');
    const mutation = await run(`mutation { createClient(input: { pseudonym: "Via websocket" }) { id } }`);
    expect(code(mutation)).toBe('BAD_REQUEST');
    expect((await api.dataSource.query(`SELECT count(*)::int AS n FROM clients WHERE pseudonym = 'Via websocket'`))[0].n).toBe(0);
  });

  it('applies the depth, alias and cost limits', async () => {
    const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: inboxChanged { unreadReferralCount }`).join(' ');
    expect(code(await run(`subscription { ${aliases} }`))).toBe('GRAPHQL_VALIDATION_FAILED');
    const deep = `subscription { inboxChanged { ${nest(14)} } }`;
    expect(code(await run(deep))).toBe('GRAPHQL_VALIDATION_FAILED');
    const directives = `subscription { inboxChanged { unreadReferralCount ${'@include(if: true) '.repeat(25)} } }`;
    expect(code(await run(directives))).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('applies the token limit while parsing', async () => {
    const huge = `subscription { inboxChanged { ${'unreadReferralCount '.repeat(4100)} } }`;
    expect(code(await run(huge))).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('validates like graphql-js does (unknown fields are refused)', async () => {
    expect(code(await run(`subscription { inboxChanged { secret } }`))).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a user who must enrol in two-factor sign-in first gets nothing but the enrolment rule', async () => {
    await api.dataSource.query(`UPDATE memberships SET role = 'ORG_ADMIN' WHERE user_id = (SELECT id FROM users WHERE email = 'ines@rups-denbosch.test')`);
    const { login } = await api.anonymous.ok(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
      e: 'ines@rups-denbosch.test',
      p: DEMO_PASSWORD,
    });
    const outcome = await run(INBOX, login.token);
    expect(outcome.data).toBeUndefined();
    expect(outcome.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', twoFactorEnrolmentRequired: true });
  });
});

/** A selection `depth` levels deep through the schema's own recursion-free types: __typename under fragments. */
function nest(depth: number): string {
  let inner = '__typename';
  for (let i = 0; i < depth; i++) inner = `... on InboxCounts { unreadReferralCount ${inner} }`;
  return inner;
}
