import { DEMO_PASSWORD, startTestApi, TestApi } from '../../support/test-api';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const baseThrottle = { accountMaxFailures: 3, addressMaxFailures: 10_000, windowMinutes: 15, baseLockSeconds: 60, maxLockMinutes: 60 };

describe('sign-in throttling', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ config: { loginThrottle: baseThrottle } });
  });
  afterAll(() => api.close());

  const at = (seconds: number) => ({ 'x-brug-test-now': new Date(Date.now() + seconds * 1000).toISOString() });
  const attempt = (email: string, password: string, seconds = 0) => api.anonymous.request(LOGIN, { email, password }, at(seconds));

  it('after too many wrong passwords an account is locked for a growing time, even for the right password', async () => {
    for (let i = 0; i < 3; i++) expect((await attempt('lotte@nextstep.test', 'wrong-password')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const locked = await attempt('lotte@nextstep.test', DEMO_PASSWORD);
    expect(locked.errors?.[0].extensions).toEqual({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 60 });
    expect(locked.errors?.[0].message).toMatch(/Try again in 1 minute/);
    expect(locked.data?.login ?? null).toBeNull();

    // Once the lock has passed, more failures lock it again, twice as long.
    for (let i = 0; i < 3; i++) await attempt('lotte@nextstep.test', 'wrong-password', 61);
    expect((await attempt('lotte@nextstep.test', DEMO_PASSWORD, 62)).errors?.[0].extensions).toEqual({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 119 });
    expect((await attempt('lotte@nextstep.test', DEMO_PASSWORD, 182)).errors).toBeUndefined();
  });

  it('a successful sign-in resets the account’s count', async () => {
    for (let i = 0; i < 2; i++) await attempt('noor@moviera.test', 'wrong-password');
    expect((await attempt('noor@moviera.test', DEMO_PASSWORD)).errors).toBeUndefined();
    for (let i = 0; i < 2; i++) await attempt('noor@moviera.test', 'wrong-password');
    expect((await attempt('noor@moviera.test', DEMO_PASSWORD)).errors).toBeUndefined();
  });

  it('an unknown e-mail address is locked the same way, so a lock reveals nothing about who has an account', async () => {
    for (let i = 0; i < 3; i++) await attempt('nobody@nowhere.test', 'wrong-password');
    expect((await attempt('nobody@nowhere.test', 'wrong-password')).errors?.[0].extensions).toEqual({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 60 });
  });

  it('the counts live in the database, not in one process, and hold no e-mail address', async () => {
    const rows = await api.dataSource.query(`SELECT key FROM login_throttles`);
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toMatch(/@|nextstep|nobody/);
  });

  it('a wrong password and an unknown e-mail take about as long (the same argon2 work)', async () => {
    const time = async (email: string) => {
      const started = performance.now();
      await api.anonymous.request(LOGIN, { email, password: 'wrong-password' });
      return performance.now() - started;
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const known: number[] = [];
    const unknown: number[] = [];
    // Different accounts each round, so no lock gets in the way; interleaved, so load hits both alike.
    const workers = ['sam@boysproject.test', 'jules@alias.test', 'ines@rups-denbosch.test'];
    for (let round = 0; round < 6; round++) {
      known.push(await time(workers[round % 3]));
      unknown.push(await time(`nobody-${round}@nowhere.test`));
      if (round % 3 === 2) await api.dataSource.query(`DELETE FROM login_throttles`);
    }
    const ratio = median(known) / median(unknown);
    expect(ratio).toBeGreaterThan(1 / 3);
    expect(ratio).toBeLessThan(3);
    // And longer than a request that does no hashing (so both really verify a hash).
    const plain: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await api.anonymous.request(`{ me { email } }`);
      plain.push(performance.now() - started);
    }
    expect(median(unknown)).toBeGreaterThan(median(plain));
  });
});

describe('sign-in throttling per client address', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ config: { loginThrottle: { ...baseThrottle, accountMaxFailures: 100, addressMaxFailures: 4 }, trustProxy: 'loopback' } });
  });
  afterAll(() => api.close());

  const from = (address: string, email: string, password: string) => api.anonymous.request(LOGIN, { email, password }, { 'x-forwarded-for': address });

  it('many failures across accounts from one address lock that address, not the others', async () => {
    for (const email of ['a@x.test', 'b@x.test', 'c@x.test', 'd@x.test']) await from('203.0.113.7', email, 'guess');
    expect((await from('203.0.113.7', 'sam@boysproject.test', DEMO_PASSWORD)).errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect((await from('203.0.113.8', 'sam@boysproject.test', DEMO_PASSWORD)).errors).toBeUndefined();
    const keys = await api.dataSource.query(`SELECT key FROM login_throttles WHERE key LIKE 'address:%' ORDER BY key`);
    expect(keys).toEqual([{ key: 'address:203.0.113.7' }]);
  });
});
