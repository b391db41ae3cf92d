import { DEMO_PASSWORD, startTestApi, TestApi } from '../../support/test-api';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;

describe('web security headers and cookies', () => {
  let plain: TestApi;
  let https: TestApi;
  beforeAll(async () => {
    [plain, https] = await Promise.all([startTestApi(), startTestApi({ config: { secureCookies: true, trustProxy: 'loopback' } })]);
  });
  afterAll(() => Promise.all([plain.close(), https.close()]));

  it('every answer forbids inline scripts, framing and referrers', async () => {
    for (const path of ['/', '/graphql?query=%7Bme%7Bid%7D%7D', '/healthz', '/some/client/route']) {
      const response = await fetch(`${plain.url}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('over plain HTTP the session cookie is HttpOnly and SameSite=Strict, without Secure (it would never be sent back)', async () => {
    const cookie = (await plain.anonymous.request(LOGIN, { email: 'sam@boysproject.test', password: DEMO_PASSWORD })).headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/i);
  });

  it('behind HTTPS (BRUG_SECURE_COOKIES=true) the cookie is Secure and HSTS is sent', async () => {
    const result = await https.anonymous.request(LOGIN, { email: 'sam@boysproject.test', password: DEMO_PASSWORD }, { 'x-forwarded-proto': 'https' });
    expect(result.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    expect(result.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    // Signing out clears the cookie with the same attributes.
    const signedIn = await https.as('sam@boysproject.test');
    const out = await signedIn.request('mutation { logout }', {}, { 'x-forwarded-proto': 'https' });
    expect(out.headers.get('set-cookie')).toMatch(/brug_session=;.*HttpOnly.*Secure.*SameSite=Strict/i);
  });

  it('behind a trusted proxy, a request marked https by X-Forwarded-Proto gets a Secure cookie and HSTS; an untrusted header changes nothing', async () => {
    const proxied = await startTestApi({ config: { trustProxy: 'loopback' } });
    try {
      const viaProxy = await proxied.anonymous.request(LOGIN, { email: 'sam@boysproject.test', password: DEMO_PASSWORD }, { 'x-forwarded-proto': 'https' });
      expect(viaProxy.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
      expect(viaProxy.headers.get('strict-transport-security')).toMatch(/max-age=/);
      const overHttp = await proxied.anonymous.request(LOGIN, { email: 'sam@boysproject.test', password: DEMO_PASSWORD }, { 'x-forwarded-proto': 'http' });
      expect(overHttp.headers.get('set-cookie')).not.toMatch(/Secure/i);
    } finally {
      await proxied.close();
    }
    // Without `trust proxy`, anyone could send the header: it is ignored.
    const spoofed = await plain.anonymous.request(LOGIN, { email: 'sam@boysproject.test', password: DEMO_PASSWORD }, { 'x-forwarded-proto': 'https' });
    expect(spoofed.headers.get('set-cookie')).not.toMatch(/Secure/i);
    expect(spoofed.headers.get('strict-transport-security')).toBeNull();
  });
});
