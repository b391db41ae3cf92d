import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { Config, loadConfig } from '../../api/src/config';
import { createDataSource, withCredentials } from '../../api/src/db/data-source';
import { silentLog } from '../../api/src/http/logger';
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
export async function startTestApi(options: { demo?: boolean; config?: Partial<Config> } = {}): Promise<TestApi> {
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
  });
  const server = await startServer(appDataSource, config, silentLog);
  const anonymous = new GraphQLClient(server.url);
  return {
    url: server.url,
    databaseUrl: url,
    dataSource,
    appDataSource,
    config,
    anonymous,
    async as(email: string, password = DEMO_PASSWORD) {
      const result = await anonymous.request(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: password });
      if (result.errors?.length) throw new Error(`Could not sign in as ${email}: ${JSON.stringify(result.errors)}`);
      return new GraphQLClient(server.url, result.data.login.token);
    },
    async close() {
      await server.stop();
      await appDataSource.destroy();
      await dataSource.destroy();
    },
  };
}
