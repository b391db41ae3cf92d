import type { LogEntry } from '../../../api/src/common/logger';
import { DEMO_PASSWORD, startTestApi, TestApi } from '../../support/test-api';

const LOGIN = `mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;

describe('errors and logs', () => {
  let api: TestApi;
  const lines: LogEntry[] = [];
  beforeAll(async () => {
    api = await startTestApi({ log: (entry) => lines.push(entry) });
  });
  afterAll(() => api.close());

  const logFor = (requestId: string) => lines.filter((l) => l.requestId === requestId);
  /** The request log line is written when the answer has left: give it a tick. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('an unexpected SQL error is answered INTERNAL_SERVER_ERROR with a request id, no SQL or stack, and logged in full under that id', async () => {
    await api.dataSource.query(`ALTER TABLE login_throttles RENAME TO login_throttles_away`);
    try {
      const result = await api.anonymous.request(LOGIN, { email: 'sam@boysproject.test', password: DEMO_PASSWORD });
      const error = result.errors?.[0];
      expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error?.message).toBe('Something went wrong on our side. Nothing was saved; please try again.');
      const requestId = error?.extensions?.requestId as string;
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(JSON.stringify(result)).not.toMatch(/login_throttles|SELECT|relation|stack|\.ts:\d+|sam@/i);
      await settle();
      const logged = logFor(requestId);
      expect(logged.find((l) => l.msg === 'unexpected error')?.error).toMatch(/login_throttles/);
      expect(logged.find((l) => l.msg === 'graphql request')).toMatchObject({ level: 'error', errorCodes: ['INTERNAL_SERVER_ERROR'], operationName: 'SignIn' });
    } finally {
      await api.dataSource.query(`ALTER TABLE login_throttles_away RENAME TO login_throttles`);
    }
  });

  it('a corrupted stored secret fails the sign-in cleanly instead of letting anyone in', async () => {
    await api.dataSource.query(`UPDATE users SET totp_secret = 'v1.broken.broken.broken' WHERE email = 'admin@moviera.test'`);
    const result = await api.anonymous.request(`mutation { login(email: "admin@moviera.test", password: "${DEMO_PASSWORD}", code: "123456") { token } }`);
    expect(result.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(result.data?.login ?? null).toBeNull();
    expect(JSON.stringify(result.errors)).not.toMatch(/decipher|auth tag|stack/i);
  });

  it('every request leaves one log line with its operation, duration, status and error codes', async () => {
    const before = lines.length;
    const sam = await api.as('sam@boysproject.test');
    await sam.request(`query WhoAmI { me { email } }`);
    await sam.request(`query Missing { organisation(id: "00000000-0000-4000-8000-000000000000") { name } }`);
    await settle();
    const requests = lines.slice(before).filter((l) => l.msg === 'graphql request');
    expect(requests.map((l) => [l.operationName, l.status, l.errorCodes])).toEqual([
      [null, 200, []],
      [null, 200, []],
      ['WhoAmI', 200, []],
      ['Missing', 200, expect.any(Array)],
    ]);
    for (const line of requests) {
      expect(line.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(typeof line.durationMs).toBe('number');
    }
  });

  it('signing in leaves no e-mail address, password, code or token in the logs', async () => {
    const before = lines.length;
    const sam = await api.as('sam@boysproject.test');
    const admin = await api.as('admin@boysproject.test');
    await api.anonymous.request(LOGIN, { email: 'someone.unknown@example.test', password: 'a-secret-guess' });
    await sam.request(`mutation { logout }`);
    await admin.request(`{ me { email } }`);
    await settle();
    const text = JSON.stringify(lines.slice(before));
    expect(lines.length - before).toBeGreaterThanOrEqual(5);
    expect(text).not.toMatch(/@|brug-demo-2026|a-secret-guess/);
    expect(text).not.toContain(sam.token!);
    expect(text).not.toContain(admin.token!);
  });
});
