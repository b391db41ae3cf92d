import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../../api/src/config';
import { createDataSource, withCredentials } from '../../../api/src/db/data-source';
import { enableAppLogin } from '../../../api/src/db/database';
import { ScratchPostgres } from '../../../api/src/db/scratch-postgres';
import { silentLog } from '../../../api/src/common/logger';
import { hashPassword } from '../../../api/src/modules/identity/password';
import { startServer, type RunningServer } from '../../../api/src/server';
import { GraphQLClient } from '../../support/graphql-client';
import { DEMO_PASSWORD } from '../../support/test-api';

describe('the API survives a PostgreSQL restart', () => {
  // A PostgreSQL of this test's own: the shared one must stay up for the other files.
  const pg = new ScratchPostgres('outage', ['fsync=off']);
  let owner: DataSource;
  let app: DataSource;
  let server: RunningServer;

  beforeAll(async () => {
    await pg.start();
    owner = createDataSource(pg.url, { poolSize: 2 });
    await owner.initialize();
    await owner.runMigrations({ transaction: 'each' });
    await enableAppLogin(owner, 'outage-app');
    await owner.query(`INSERT INTO users (email, display_name, password_hash) VALUES ('kai@outage.test', 'Kai (test)', $1)`, [
      await hashPassword(DEMO_PASSWORD),
    ]);
    await owner.destroy();
    app = createDataSource(withCredentials(pg.url, 'brug_app', 'outage-app'), { poolSize: 4 });
    await app.initialize();
    server = await startServer(app, loadConfig({ port: 0, databaseUrl: pg.url, loadDemo: false, allowTestClock: true }), silentLog);
  }, 120_000);

  afterAll(async () => {
    await server.stop();
    await app.destroy().catch(() => undefined);
    await pg.destroy();
  });

  const readyz = async () => (await fetch(`${server.url}/readyz`)).status;

  it('answers SERVICE_UNAVAILABLE during the outage, applies nothing half, and resumes on its own', async () => {
    const anonymous = new GraphQLClient(server.url);
    const { login } = await anonymous.ok(`mutation { login(email: "kai@outage.test", password: "${DEMO_PASSWORD}") { token } }`);
    const kai = new GraphQLClient(server.url, login.token);
    expect((await kai.ok(`{ me { email locale } }`)).me).toEqual({ email: 'kai@outage.test', locale: 'nl' });
    expect(await readyz()).toBe(200);

    await pg.stop();
    const during = await kai.request(`mutation { setLocale(locale: fr) { locale } }`);
    expect(during.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(during.errors?.[0].message).toMatch(/cannot reach its database/);
    expect(during.status).toBe(503);
    expect(JSON.stringify(during)).not.toMatch(/ECONNREFUSED|stack|5432|localhost/);
    expect(await readyz()).toBe(503);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    await pg.start();
    // The pool drops its broken connections and opens new ones: no API restart.
    let me: { email: string; locale: string } | undefined;
    for (let attempt = 0; attempt < 50 && !me; attempt++) {
      const result = await kai.request(`{ me { email locale } }`);
      if (result.data?.me) me = result.data.me;
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(me).toEqual({ email: 'kai@outage.test', locale: 'nl' });
    expect(await readyz()).toBe(200);
    expect((await kai.ok(`mutation { setLocale(locale: fr) { locale } }`)).setLocale.locale).toBe('fr');
  });

  it('a change in flight when PostgreSQL goes down is answered SERVICE_UNAVAILABLE and not applied', async () => {
    const anonymous = new GraphQLClient(server.url);
    let token: string | undefined;
    for (let attempt = 0; attempt < 50 && !token; attempt++) {
      const result = await anonymous.request(`mutation { login(email: "kai@outage.test", password: "${DEMO_PASSWORD}") { token } }`);
      token = result.data?.login?.token;
      if (!token) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const kai = new GraphQLClient(server.url, token);
    const before = (await kai.ok(`{ me { locale } }`)).me.locale;
    // Kai's row is held, so the change is certainly mid-transaction when the database goes away.
    const blocker = new Client({ connectionString: pg.url });
    blocker.on('error', () => undefined);
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query(`SELECT id FROM users WHERE email = 'kai@outage.test' FOR UPDATE`);
    const inFlight = kai.request(`mutation { setLocale(locale: ${before === 'en' ? 'nl' : 'en'}) { locale } }`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // At once, as a crash: a fast shutdown ends the blocker first, and the waiting change could
    // still commit in the moment before its own backend is told to stop.
    await pg.stop('immediate');
    const result = await inFlight;
    expect(result.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(result.data?.setLocale ?? null).toBeNull();
    await blocker.end().catch(() => undefined);

    await pg.start();
    let after: string | undefined;
    for (let attempt = 0; attempt < 50 && !after; attempt++) {
      const me = await kai.request(`{ me { locale } }`);
      after = me.data?.me?.locale;
      if (!after) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(after).toBe(before);
  });
});
