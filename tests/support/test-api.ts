import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { Config, loadConfig } from '../../api/src/config';
import { createDataSource, withCredentials } from '../../api/src/db/data-source';
import { silentLog, type Log } from '../../api/src/common/logger';
import { DEMO_TOTP_SECRET, DEMO_TWO_FACTOR_ACCOUNTS } from '../../api/src/modules/identity/demo-two-factor';
import { totpCode } from '../../api/src/modules/identity/two-factor';
import { startServer } from '../../api/src/server';
import { GraphQLClient } from './graphql-client';

export const DEMO_PASSWORD = 'brug-demo-2026';

export interface TestApi {
  url: string;
  databaseUrl: string;
  /** Connected as the owner (bypasses row-level security): for setting up and checking data. */
  dataSource: DataSource;
  /** Connected as brug_app, like the API: bound by row-level security. */
  appDataSource: DataSource;
  config: Config;
  anonymous: GraphQLClient;
  /** Signs in and returns a client that sends the session token. */
  as(email: string, password?: string): Promise<GraphQLClient>;
  close(): Promise<void>;
}

function databaseUrl(name: string): string {
  const url = new URL(process.env.BRUG_TEST_ADMIN_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh database copied from a template, so every test file starts from known data. */
export async function createTestDatabase(template: 'brug_template' | 'brug_demo_template'): Promise<string> {
  const name = `brug_t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: process.env.BRUG_TEST_ADMIN_URL });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        break;
      } catch (error) {
        // Two files copying the same template at once: wait and try again.
        if (attempt > 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
  return databaseUrl(name);
}

/** Starts the real API on a free port against a fresh database (the demo network by default). */
export async function startTestApi(options: { demo?: boolean; config?: Partial<Config>; log?: Log } = {}): Promise<TestApi> {
  const url = await createTestDatabase(options.demo === false ? 'brug_template' : 'brug_demo_template');
  const dataSource = createDataSource(url, { poolSize: 3 });
  await dataSource.initialize();
  const appDataSource = createDataSource(withCredentials(url, 'brug_app', process.env.BRUG_TEST_APP_PASSWORD!), { poolSize: 8 });
  await appDataSource.initialize();
  const config = loadConfig({
    port: 0,
    databaseUrl: url,
    loadDemo: false,
    exposeStatementCount: true,
    allowTestClock: true,
    webDist: path.join(__dirname, '..', '..', 'web', 'dist'),
    ...options.config,
    // Every test request comes from 127.0.0.1: the per-address limit must not trip the suite
    // (tests of the throttle pass their own low values).
    loginThrottle: { ...loadConfig().loginThrottle, addressMaxFailures: 10_000, ...options.config?.loginThrottle },
  });
  const server = await startServer(appDataSource, config, options.log ?? silentLog);
  const anonymous = new GraphQLClient(server.url);
  // The demo admins and coordinator sign in with a TOTP code from the demo secret; accounts
  // enrolled by `as` with theirs. A code works once, so each use is one time step later (on the
  // test clock) than the last.
  const totpSecrets = new Map<string, string>(Object.keys(DEMO_TWO_FACTOR_ACCOUNTS).map((email) => [email, DEMO_TOTP_SECRET]));
  const twoFactorSteps = new Map<string, number>();
  const nextStep = (email: string, advance = true): Date => {
    const step = (twoFactorSteps.get(email) ?? Math.floor(Date.now() / 30_000)) + (advance ? 1 : 0);
    twoFactorSteps.set(email, step);
    return new Date(step * 30_000 + 1_000);
  };
  return {
    url: server.url,
    databaseUrl: url,
    dataSource,
    appDataSource,
    config,
    anonymous,
    async as(email: string, password = DEMO_PASSWORD) {
      const login = `mutation($e: String!, $p: String!, $c: String) { login(email: $e, password: $p, code: $c) { token } }`;
      const secret = totpSecrets.get(email);
      const result = secret
        ? await anonymous.request(
            login,
            { e: email, p: password, c: totpCode(secret, nextStep(email)) },
            { 'x-brug-test-now': nextStep(email, false).toISOString() },
          )
        : await anonymous.request(login, { e: email, p: password });
      if (result.errors?.length) throw new Error(`Could not sign in as ${email}: ${JSON.stringify(result.errors)}`);
      const client = new GraphQLClient(server.url, result.data.login.token);
      // An account that must use two-factor sign-in (made an admin during a test) enrols on its
      // first sign-in, as its user would, so tests can act as anyone in one line.
      const { data } = await client.request(`{ me { twoFactorEnabled twoFactorRequired } }`);
      if (data?.me?.twoFactorRequired && !data.me.twoFactorEnabled) {
        const enrolment = await client.request(`mutation { startTwoFactorEnrolment { secret } }`);
        const newSecret: string = enrolment.data.startTwoFactorEnrolment.secret;
        const at = nextStep(email);
        const confirmed = await client.request(
          `mutation($c: String!) { confirmTwoFactorEnrolment(code: $c) }`,
          { c: totpCode(newSecret, at) },
          { 'x-brug-test-now': at.toISOString() },
        );
        if (confirmed.errors?.length) throw new Error(`Could not turn on two-factor sign-in for ${email}: ${JSON.stringify(confirmed.errors)}`);
        totpSecrets.set(email, newSecret);
      }
      return client;
    },
    async close() {
      await server.stop();
      await appDataSource.destroy();
      await dataSource.destroy();
    },
  };
}
