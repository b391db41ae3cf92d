import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getNamedType, isInterfaceType, isObjectType, isUnionType, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import { buildApiSchema } from '../../../api/src/schema';
import { DEMO_TOTP_SECRET } from '../../../api/src/modules/identity/demo-two-factor';
import { totpCode } from '../../../api/src/modules/identity/two-factor';
import type { GraphQLClient, GraphQLResponse } from '../../support/graphql-client';
import { DEMO_PASSWORD, startTestApi, TestApi } from '../../support/test-api';

/**
 * Every way to get a session is a sign-in: the mutations that can answer a session (found in
 * the schema built from the code, not listed by hand) each get the same password check,
 * throttle, two-factor step and answer for an unknown e-mail address as `login`. A new such
 * mutation fails here until it is given a row in SESSION_PATHS (and so goes through these checks).
 */

interface Credentials {
  email: string;
  password: string;
  twoFactorCode?: string;
}
interface Request {
  query: string;
  variables: Record<string, unknown>;
}
interface Setup {
  /** A fresh invitation to Moviera for anyone (made by its admin), returning its code. */
  invitationCode(): Promise<string>;
}

/** How to ask each session-answering mutation for a session with given credentials. */
const SESSION_PATHS: Record<string, (c: Credentials, setup: Setup) => Promise<Request>> = {
  login: ({ email, password, twoFactorCode }) =>
    Promise.resolve({
      query: `mutation($email: String!, $password: String!, $code: String) { login(email: $email, password: $password, code: $code) { token user { email } } }`,
      variables: { email, password, code: twoFactorCode ?? null },
    }),
  acceptInvitation: async ({ email, password, twoFactorCode }, setup) => ({
    query: `mutation($code: String!, $email: String!, $password: String!, $twoFactorCode: String) {
      acceptInvitation(code: $code, email: $email, displayName: "Someone", password: $password, twoFactorCode: $twoFactorCode) { token user { email } }
    }`,
    variables: { code: await setup.invitationCode(), email, password, twoFactorCode: twoFactorCode ?? null },
  }),
};

/** Sessions that are not a person's sign-in (see the first test). */
const CODE_OPENED_VIEWS = ['openClientView'];

/** Whether a value of this type can hold a session: the Session type, or any field named like a token. */
function carriesSession(type: GraphQLNamedType, schema: GraphQLSchema, seen = new Set<string>()): boolean {
  if (seen.has(type.name)) return false;
  seen.add(type.name);
  if (type.name === 'Session') return true;
  if (isUnionType(type) || isInterfaceType(type)) return schema.getPossibleTypes(type).some((t) => carriesSession(t, schema, seen));
  if (!isObjectType(type)) return false;
  return Object.values(type.getFields()).some((f) => /token/i.test(f.name) || carriesSession(getNamedType(f.type), schema, seen));
}

/**
 * A root field can hand out a session when its answer can hold one, or when its name says it
 * signs in, hands out a token or opens a session (an outreach session is a street round, not a sign-in).
 */
const SIGNS_IN = /token|sign_?in|log_?in\b|^log_?in|^(open|start|create|new)\w*Session$/i;

const sessionFields = (schema: GraphQLSchema, root: 'Query' | 'Mutation' | 'Subscription') => {
  const type = root === 'Query' ? schema.getQueryType() : root === 'Mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  return Object.values(type?.getFields() ?? {})
    .filter((f) => SIGNS_IN.test(f.name) || carriesSession(getNamedType(f.type), schema))
    .map((f) => f.name)
    .sort();
};

const THROTTLE = { accountMaxFailures: 3, addressMaxFailures: 10_000, windowMinutes: 15, baseLockSeconds: 60, maxLockMinutes: 60 };
// Far from the time steps `api.as` uses, so the TOTP codes here never collide with its codes.
let clock = Date.now() + 48 * 3600_000;
const nextMoment = () => new Date((clock += 30_000));

describe('every way to get a session is the one sign-in', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  let setup: Setup;
  let sessionMutations: string[];

  beforeAll(async () => {
    [api, schema] = await Promise.all([startTestApi({ config: { loginThrottle: THROTTLE } }), buildApiSchema()]);
    sessionMutations = sessionFields(schema, 'Mutation');
    const movieraAdmin: GraphQLClient = await api.as('admin@moviera.test');
    const [{ id: moviera }] = await api.dataSource.query(`SELECT id FROM organisations WHERE name = 'Moviera'`);
    setup = {
      async invitationCode() {
        const { inviteMember } = await movieraAdmin.ok(`mutation($org: ID!) { inviteMember(organisationId: $org, role: WORKER) { code } }`, { org: moviera });
        return inviteMember.code;
      },
    };
  });
  afterAll(() => api.close());

  const send = async (mutation: string, credentials: Credentials, at: Date = nextMoment()): Promise<GraphQLResponse> => {
    const { query, variables } = await SESSION_PATHS[mutation](credentials, setup);
    return api.anonymous.request(query, variables, { 'x-brug-test-now': at.toISOString() });
  };
  const answer = (r: GraphQLResponse) => ({
    data: r.data?.[Object.keys(r.data ?? {})[0]] ?? null,
    errors: r.errors?.map((e) => ({ message: e.message, extensions: e.extensions })),
  });
  const sessionsOf = async (email: string) =>
    (await api.dataSource.query(`SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1`, [email]))[0].n as number;

  it('the schema has exactly the session mutations this test knows how to call, and no query or subscription answers a session', () => {
    expect(sessionMutations.length).toBeGreaterThanOrEqual(2);
    // A mutation missing here answers a session without going through these checks: add it to SESSION_PATHS.
    // The client's own view opens with a one-time code from the worker, not a person's sign-in: no
    // account, no password, no second factor; its guessing is throttled like sign-in and its
    // session is a client session, never a worker's (tests/integration/client-view).
    expect(sessionMutations).toEqual([...Object.keys(SESSION_PATHS), ...CODE_OPENED_VIEWS].sort());
    expect(sessionFields(schema, 'Query')).toEqual([]);
    expect(sessionFields(schema, 'Subscription')).toEqual([]);
  });

  it('a session is opened and its cookie set only by the one sign-in (api/src/modules/identity/sign-in.ts)', () => {
    const root = path.join(__dirname, '..', '..', '..', 'api', 'src');
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => path.join(root, f));
    const opening = files.filter((f) => /\bopenSession\(|cookies\.set\(\s*SESSION_COOKIE/.test(readFileSync(f, 'utf8'))).map((f) => path.relative(root, f));
    expect(opening.sort()).toEqual(['modules/identity/session.service.ts', 'modules/identity/sign-in.ts']);
    // session.service.ts only defines it.
    expect(readFileSync(path.join(root, 'modules/identity/session.service.ts'), 'utf8').match(/\bopenSession\(/g)).toHaveLength(1);
  });

  it.each(Object.keys(SESSION_PATHS))(
    '%s: an account with two-factor sign-in gets "code needed", not a session, for its password alone; a wrong code neither; its code signs in',
    async (mutation) => {
      const email = 'admin@boysproject.test';
      const before = await sessionsOf(email);
      for (const twoFactorCode of [undefined, '']) {
        const refused = await send(mutation, { email, password: DEMO_PASSWORD, twoFactorCode });
        expect(answer(refused)).toEqual({
          data: null,
          errors: [{ message: expect.stringMatching(/6-digit code/), extensions: { code: 'UNAUTHENTICATED', twoFactorRequired: true } }],
        });
        expect(refused.headers.get('set-cookie')).toBeNull();
      }
      const at = nextMoment();
      const right = totpCode(DEMO_TOTP_SECRET, at);
      const wrong = await send(mutation, { email, password: DEMO_PASSWORD, twoFactorCode: right === '000000' ? '111111' : '000000' }, at);
      expect(answer(wrong).errors).toEqual([
        { message: expect.stringMatching(/not correct/), extensions: { code: 'UNAUTHENTICATED', twoFactorRequired: true } },
      ]);
      expect(await sessionsOf(email)).toBe(before);

      const signedIn = await send(mutation, { email, password: DEMO_PASSWORD, twoFactorCode: right }, at);
      expect(answer(signedIn)).toEqual({ data: { token: expect.any(String), user: { email } }, errors: undefined });
      expect(await sessionsOf(email)).toBe(before + 1);
    },
  );

  it.each(Object.keys(SESSION_PATHS))('%s: a wrong password and an unknown e-mail address get the same answer as login gives', async (mutation) => {
    const wrongPassword = answer(await send(mutation, { email: 'jules@alias.test', password: 'not-the-password' }));
    const unknown = answer(await send(mutation, { email: `nobody-${mutation}@nowhere.test`, password: 'not-the-password' }));
    expect(unknown).toEqual(wrongPassword);
    expect(wrongPassword).toEqual({ data: null, errors: [{ message: 'E-mail address or password is not correct.', extensions: { code: 'UNAUTHENTICATED' } }] });
    // The case of the address makes no other account, nor another answer.
    expect(answer(await send(mutation, { email: 'JULES@Alias.test', password: 'not-the-password' }))).toEqual(wrongPassword);
    await api.dataSource.query(`DELETE FROM login_throttles`);
  });

  it.each(Object.keys(SESSION_PATHS))('%s: wrong passwords are counted and locked like login’s, for known and unknown addresses alike', async (mutation) => {
    for (const email of ['ines@rups-denbosch.test', `nobody-else-${mutation}@nowhere.test`]) {
      const at = nextMoment();
      for (let i = 0; i < THROTTLE.accountMaxFailures; i++)
        expect(answer(await send(mutation, { email, password: 'wrong-password' }, at)).errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
      // Locked now, even for the right password (the unknown address has none: any will do).
      expect(answer(await send(mutation, { email, password: DEMO_PASSWORD }, at)).errors).toEqual([
        { message: 'Too many failed sign-ins. Try again in 1 minute.', extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 60 } },
      ]);
    }
    await api.dataSource.query(`DELETE FROM login_throttles`);
  });

  it('the paths share one count: failures on one lock the account on every other', async () => {
    const paths = Object.keys(SESSION_PATHS);
    const email = 'lotte@nextstep.test';
    const at = nextMoment();
    for (let i = 0; i < THROTTLE.accountMaxFailures; i++) await send(paths[i % paths.length], { email, password: 'wrong-password' }, at);
    for (const mutation of paths)
      expect(answer(await send(mutation, { email, password: DEMO_PASSWORD }, at)).errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    await api.dataSource.query(`DELETE FROM login_throttles`);
  });
});
