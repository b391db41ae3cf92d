import { startTestApi, TestApi } from '../../support/test-api';
import { rest, tokenOf } from './hsds-fixtures';

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;

describe('REST routes share the GraphQL request context', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('the session cookie signs a web page in as the Bearer token does an API client', async () => {
    const login = await api.anonymous.request(LOGIN, { e: 'sam@boysproject.test', p: 'brug-demo-2026' });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const withCookie = await rest(api, '/hsds/export', { headers: { cookie } });
    const withToken = await rest(api, '/hsds/export', { token: login.data.login.token });
    expect(withCookie.body).toEqual(withToken.body);
    // A member sees NETWORK addresses, which the open map does not show.
    expect(JSON.stringify(withCookie.body)).toContain('Voorbeeldweg 3');
  });

  it('a user who must still turn on two-factor sign-in gets only the enrolment, not the REST API', async () => {
    await api.dataSource.query(`UPDATE organisations SET require_two_factor = true WHERE name = 'Alias'`);
    const login = await api.anonymous.request(LOGIN, { e: 'jules@alias.test', p: 'brug-demo-2026' });
    const answer = await rest(api, '/fhir/Task/5b0f3c1e-8d2a-4c7e-9f10-123456789abc', { token: login.data.login.token });
    expect(answer.status).toBe(403);
    expect(answer.body.resourceType).toBe('OperationOutcome');
    const hsds = await rest(api, '/hsds/export', { token: login.data.login.token });
    expect(hsds.status).toBe(403);
    expect(hsds.body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', twoFactorEnrolmentRequired: true });
  });

  it('the export of the whole map costs no more statements than the export of one organisation (no N+1)', async () => {
    const token = await tokenOf(api, 'sam@boysproject.test');
    const [one] = await api.dataSource.query(`SELECT id FROM organisations WHERE name = 'Moviera'`);
    const count = async (path: string) => {
      const response = await fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(200);
      return Number(response.headers.get('x-brug-sql-statements'));
    };
    const whole = await count('/hsds/export');
    const single = await count(`/hsds/export?organization_id=${one.id}`);
    expect(single).toBeGreaterThan(0);
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM organisations`);
    expect(n).toBeGreaterThan(5);
    expect(whole).toBeLessThanOrEqual(single + 1);
    expect(await count('/hsds/services?full=true&per_page=100')).toBeLessThanOrEqual(single + 1);
  });
});
