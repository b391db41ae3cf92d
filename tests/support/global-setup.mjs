// Starts one real PostgreSQL for the whole test run and prepares two template databases that
// every test file copies in milliseconds: `brug_template` (migrated, empty) and
// `brug_demo_template` (migrated, with the demo network).
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareChromiumForTests } from '../e2e/support/chromium.mjs';

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
  // The browser the e2e tests drive, unpacked once here rather than by each test file at once.
  await prepareChromiumForTests();
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    // Brug's own runner (compiled: npm test builds first), so the tests start PostgreSQL as
    // `npm start` does, also as root from a private home folder.
    const { startEmbeddedPostgres } = require(path.join(root, 'dist/api/src/db/embedded-postgres.js'));
    const dir = mkdtempSync(path.join(os.tmpdir(), 'brug-test-db-'));
    const pg = await startEmbeddedPostgres({
      dataDir: dir,
      port: await freePort(),
      persistent: false,
      postgresFlags: ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off', 'max_connections=300'],
    });
    globalThis.__BRUG_TEST_PG__ = {
      stop: async () => {
        await pg.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
    const admin = new URL(pg.url);
    admin.pathname = '/postgres';
    adminUrl = admin.toString();
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
  const withDb = (name) => {
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    return u.toString();
  };
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
