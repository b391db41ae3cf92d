import { DEMO_PASSWORD, startTestApi, TestApi } from '../../support/test-api';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt user { email displayName } } }`;
const ME = `{ me { email networkRole activeRole activeOrganisation { name } memberships { role organisation { name } } } }`;

describe('signing in', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('a demo worker signs in and sees who they are and for which organisation they act', async () => {
    const { login } = await api.anonymous.ok(LOGIN, { email: 'sam@boysproject.test', password: DEMO_PASSWORD });
    expect(login.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(login.user.email).toBe('sam@boysproject.test');
    const sam = await api.as('sam@boysproject.test');
    const { me } = await sam.ok(ME);
    expect(me).toMatchObject({ activeRole: 'WORKER', activeOrganisation: { name: 'Boysproject' }, networkRole: null });
    expect(me.memberships).toEqual([{ role: 'WORKER', organisation: { name: 'Boysproject' } }]);
  });

  it('e-mail addresses are matched regardless of case and surrounding spaces', async () => {
    const { login } = await api.anonymous.ok(LOGIN, { email: '  SAM@Boysproject.test ', password: DEMO_PASSWORD });
    expect(login.user.email).toBe('sam@boysproject.test');
  });

  it('a wrong password and an unknown e-mail get the same answer', async () => {
    const wrongPassword = await api.anonymous.fails(LOGIN, { email: 'sam@boysproject.test', password: 'not-the-password' });
    const unknownEmail = await api.anonymous.fails(LOGIN, { email: 'nobody@nowhere.test', password: 'not-the-password' });
    expect(wrongPassword).toEqual(unknownEmail);
    expect(wrongPassword.code).toBe('UNAUTHENTICATED');
  });

  it('the web gets an httpOnly, SameSite cookie instead of reading the token', async () => {
    const result = await api.anonymous.request(LOGIN, { email: 'sam@boysproject.test', password: DEMO_PASSWORD });
    const cookie = result.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^brug_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const viaCookie = await api.anonymous.request(ME, {}, { cookie: cookie.split(';')[0] });
    expect(viaCookie.data.me.activeOrganisation.name).toBe('Boysproject');
  });

  it('signed out, me is null and protected operations answer UNAUTHENTICATED', async () => {
    expect((await api.anonymous.ok('{ me { email } }')).me).toBeNull();
    const error = await api.anonymous.fails(`mutation { setLocale(locale: fr) { locale } }`);
    expect(error.code).toBe('UNAUTHENTICATED');
  });

  it('a session ends after logout, after its lifetime, and after sitting idle', async () => {
    const sam = await api.as('sam@boysproject.test');
    await sam.ok('mutation { logout }');
    expect((await sam.ok('{ me { email } }')).me).toBeNull();

    const later = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
    const idle = await api.as('sam@boysproject.test');
    expect((await idle.withHeaders({ 'x-brug-test-now': later(api.config.sessionIdleMinutes - 1) }).ok('{ me { email } }')).me).not.toBeNull();
    // Used a minute before the idle limit, so it is alive again for a full idle period from then.
    expect((await idle.withHeaders({ 'x-brug-test-now': later(2 * api.config.sessionIdleMinutes - 3) }).ok('{ me { email } }')).me).not.toBeNull();
    expect((await idle.withHeaders({ 'x-brug-test-now': later(4 * api.config.sessionIdleMinutes) }).ok('{ me { email } }')).me).toBeNull();

    const expired = await api.as('sam@boysproject.test');
    expect((await expired.withHeaders({ 'x-brug-test-now': later(api.config.sessionTtlHours * 60 + 1) }).ok('{ me { email } }')).me).toBeNull();
  });

  it('the interface language is remembered per user', async () => {
    const jules = await api.as('jules@alias.test');
    expect((await jules.ok('{ me { locale } }')).me.locale).toBe('fr');
    await jules.ok('mutation { setLocale(locale: nl) { locale } }');
    const again = await api.as('jules@alias.test');
    expect((await again.ok('{ me { locale } }')).me.locale).toBe('nl');
  });
});
