import { GraphQLClient } from '../../support/graphql-client';
import { DEMO_PASSWORD, startTestApi, TestApi } from '../../support/test-api';
import { DEMO_TOTP_SECRET, DEMO_TWO_FACTOR_ACCOUNTS } from '../../../api/src/modules/identity/demo-two-factor';
import { totpCode } from '../../../api/src/modules/identity/two-factor';

const LOGIN = `mutation($email: String!, $password: String!, $code: String) { login(email: $email, password: $password, code: $code) { token user { email } } }`;
const ME = `{ me { email twoFactorEnabled twoFactorRequired } }`;

describe('two-factor sign-in', () => {
  let api: TestApi;
  // Far from the steps `api.as` uses, so the codes here never collide with theirs.
  let clock = Date.now() + 24 * 3600_000;
  /** A moment one TOTP time step after the previous one: each code is used once. */
  const nextMoment = () => new Date((clock += 30_000));

  const loginAt = (at: Date, variables: Record<string, unknown>) => api.anonymous.request(LOGIN, variables, { 'x-brug-test-now': at.toISOString() });
  const clientFor = (token: string, at?: Date) => new GraphQLClient(api.url, token, at ? { 'x-brug-test-now': at.toISOString() } : {});

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('a demo admin is asked for the code after the password, and signs in with it', async () => {
    const at = nextMoment();
    const withoutCode = await loginAt(at, { email: 'admin@moviera.test', password: DEMO_PASSWORD });
    expect(withoutCode.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED', twoFactorRequired: true });
    expect(withoutCode.errors?.[0].message).toMatch(/6-digit code.*authenticator app.*recovery code/);
    expect(withoutCode.headers.get('set-cookie')).toBeNull();

    const wrongCode = await loginAt(at, {
      email: 'admin@moviera.test',
      password: DEMO_PASSWORD,
      code: '000000' === totpCode(DEMO_TOTP_SECRET, at) ? '111111' : '000000',
    });
    expect(wrongCode.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED', twoFactorRequired: true });

    const signedIn = await loginAt(at, { email: 'admin@moviera.test', password: DEMO_PASSWORD, code: totpCode(DEMO_TOTP_SECRET, at) });
    expect(signedIn.errors).toBeUndefined();
    const { me } = await clientFor(signedIn.data.login.token, at).ok(ME);
    expect(me).toEqual({ email: 'admin@moviera.test', twoFactorEnabled: true, twoFactorRequired: true });
  });

  it('a wrong password with a right code gets the plain wrong-credentials answer (the code step is never reached)', async () => {
    const at = nextMoment();
    const result = await loginAt(at, { email: 'admin@moviera.test', password: 'not-the-password', code: totpCode(DEMO_TOTP_SECRET, at) });
    expect(result.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('a code cannot be used twice, not even within its 30 seconds', async () => {
    const at = nextMoment();
    const code = totpCode(DEMO_TOTP_SECRET, at);
    expect((await loginAt(at, { email: 'admin@moviera.test', password: DEMO_PASSWORD, code })).errors).toBeUndefined();
    const replay = await loginAt(new Date(at.getTime() + 5_000), { email: 'admin@moviera.test', password: DEMO_PASSWORD, code });
    expect(replay.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED', twoFactorRequired: true });
    expect(replay.errors?.[0].message).toMatch(/used already/);
  });

  it('two sign-ins racing with one code leave exactly one session', async () => {
    const at = nextMoment();
    const code = totpCode(DEMO_TOTP_SECRET, at);
    const results = await Promise.all([1, 2, 3].map(() => loginAt(at, { email: 'admin@moviera.test', password: DEMO_PASSWORD, code })));
    expect(results.filter((r) => !r.errors).length).toBe(1);
  });

  it('a recovery code works once, in any case and with or without its dash', async () => {
    const listed = DEMO_TWO_FACTOR_ACCOUNTS['admin@moviera.test'];
    const at = nextMoment();
    const first = await loginAt(at, { email: 'admin@moviera.test', password: DEMO_PASSWORD, code: ` ${listed.toUpperCase().replace('-', '')} ` });
    expect(first.errors).toBeUndefined();
    const again = await loginAt(at, { email: 'admin@moviera.test', password: DEMO_PASSWORD, code: listed });
    expect(again.errors?.[0].extensions?.twoFactorRequired).toBe(true);
  });

  it('a new admin must turn on two-factor sign-in before doing anything else, and gets ten one-time recovery codes', async () => {
    await api.dataSource.query(`UPDATE memberships SET role = 'ORG_ADMIN' WHERE user_id = (SELECT id FROM users WHERE email = 'ines@rups-denbosch.test')`);
    const at = nextMoment();
    const password = await loginAt(at, { email: 'ines@rups-denbosch.test', password: DEMO_PASSWORD });
    expect(password.errors).toBeUndefined();
    const ines = clientFor(password.data.login.token, at);
    expect((await ines.ok(ME)).me).toEqual({ email: 'ines@rups-denbosch.test', twoFactorEnabled: false, twoFactorRequired: true });

    for (const operation of [
      `{ organisations { nodes { id } } }`,
      `mutation { setServiceCapacity(id: "00000000-0000-0000-0000-000000000000", capacityStatus: FULL) { id } }`,
      `{ me { email } organisations { nodes { id } } }`,
    ]) {
      const refused = await ines.request(operation);
      expect(refused.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN', twoFactorEnrolmentRequired: true });
      expect(refused.data ?? null).toBeNull();
    }

    // The set-up page speaks the user's language: choosing it is allowed meanwhile.
    expect((await ines.ok(`mutation { setLocale(locale: fr) { locale } }`)).setLocale).toEqual({ locale: 'fr' });

    const { startTwoFactorEnrolment } = await ines.ok(`mutation { startTwoFactorEnrolment { secret otpauthUrl } }`);
    expect(startTwoFactorEnrolment.secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(startTwoFactorEnrolment.otpauthUrl).toMatch(
      new RegExp(`^otpauth://totp/Brug:ines%40rups-denbosch.test\\?secret=${startTwoFactorEnrolment.secret}&issuer=Brug`),
    );
    const confirm = `mutation($code: String!) { confirmTwoFactorEnrolment(code: $code) }`;
    expect((await ines.fails(confirm, { code: '12345' })).code).toBe('BAD_USER_INPUT');
    const { confirmTwoFactorEnrolment: codes } = await ines.ok(confirm, { code: totpCode(startTwoFactorEnrolment.secret, at) });
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);

    // The same session is a full one now.
    expect((await ines.ok(`{ organisations { nodes { id } } }`)).organisations.nodes.length).toBeGreaterThan(0);
    expect((await ines.ok(ME)).me.twoFactorEnabled).toBe(true);
    expect((await ines.fails(`mutation { startTwoFactorEnrolment { secret } }`)).code).toBe('CONFLICT');

    // The secret is stored encrypted, the recovery codes only as hashes.
    const [stored] = await api.dataSource.query(`SELECT totp_secret, totp_pending_secret FROM users WHERE email = 'ines@rups-denbosch.test'`);
    expect(stored.totp_pending_secret).toBeNull();
    expect(stored.totp_secret).toMatch(/^v1\./);
    expect(stored.totp_secret).not.toContain(startTwoFactorEnrolment.secret);
    const hashes = await api.dataSource.query(
      `SELECT code_hash FROM recovery_codes r JOIN users u ON u.id = r.user_id WHERE u.email = 'ines@rups-denbosch.test'`,
    );
    expect(hashes).toHaveLength(10);
    expect(JSON.stringify(hashes)).not.toContain(codes[0]);

    // From now on, signing in takes the second step; a recovery code from the list works.
    const later = nextMoment();
    expect((await loginAt(later, { email: 'ines@rups-denbosch.test', password: DEMO_PASSWORD })).errors?.[0].extensions?.twoFactorRequired).toBe(true);
    expect((await loginAt(later, { email: 'ines@rups-denbosch.test', password: DEMO_PASSWORD, code: codes[3] })).errors).toBeUndefined();
    expect(
      (await loginAt(later, { email: 'ines@rups-denbosch.test', password: DEMO_PASSWORD, code: totpCode(startTwoFactorEnrolment.secret, later) })).errors,
    ).toBeUndefined();
  });

  it('a coordinator must use two-factor sign-in; demo workers sign in with the password only', async () => {
    const coordinator = await api.as('coordinator@brug.test');
    expect((await coordinator.ok(ME)).me).toMatchObject({ twoFactorEnabled: true, twoFactorRequired: true });
    const worker = await api.as('lotte@nextstep.test');
    expect((await worker.ok(ME)).me).toMatchObject({ twoFactorEnabled: false, twoFactorRequired: false });
  });

  it("an organisation's admin can require two-factor sign-in for every member; others cannot", async () => {
    const admin = await api.as('admin@boysproject.test');
    const noor = await api.as('noor@moviera.test');
    const [{ id: boysproject }] = await api.dataSource.query(`SELECT id FROM organisations WHERE name = 'Boysproject'`);
    const SET = `mutation($id: ID!, $required: Boolean!) { setOrganisationTwoFactorRequirement(organisationId: $id, required: $required) { requireTwoFactor } }`;

    expect((await noor.fails(SET, { id: boysproject, required: true })).code).toBe('FORBIDDEN');
    expect((await admin.fails(SET, { id: '00000000-0000-4000-8000-000000000000', required: true })).code).toBe('NOT_FOUND');
    const sam = await api.as('sam@boysproject.test');
    expect((await sam.ok(ME)).me.twoFactorRequired).toBe(false);

    expect((await admin.ok(SET, { id: boysproject, required: true })).setOrganisationTwoFactorRequirement.requireTwoFactor).toBe(true);
    // Sam's open session is limited from the next request on, until Sam enrols.
    expect((await sam.ok(ME)).me.twoFactorRequired).toBe(true);
    expect((await sam.fails(`{ organisations { nodes { id } } }`)).extensions.twoFactorEnrolmentRequired).toBe(true);
    // Another organisation's members are not affected.
    expect((await noor.ok(ME)).me.twoFactorRequired).toBe(false);

    await admin.ok(SET, { id: boysproject, required: false });
    expect((await sam.ok(`{ organisations { nodes { id } } }`)).organisations.nodes.length).toBeGreaterThan(0);
  });

  it('signing out everywhere ends every session of that user, and no one else’s', async () => {
    const phone = await api.as('jules@alias.test');
    const laptop = await api.as('jules@alias.test');
    const someoneElse = await api.as('lotte@nextstep.test');
    const result = await phone.request(`mutation { signOutEverywhere }`);
    expect(result.data.signOutEverywhere).toBe(true);
    expect(result.headers.get('set-cookie')).toMatch(/brug_session=;/);
    expect((await phone.ok(`{ me { email } }`)).me).toBeNull();
    expect((await laptop.ok(`{ me { email } }`)).me).toBeNull();
    expect((await someoneElse.ok(`{ me { email } }`)).me).not.toBeNull();
  });
});
