import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { createDataSource, withCredentials } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';

export const APP_ROLE = 'brug_app';

export interface Database {
  url: string;
  /** Connected as the owner: migrations, demo data, maintenance. */
  ownerDataSource: DataSource;
  /** Connected as `brug_app`, bound by row-level security: what the API serves requests with. */
  appDataSource: DataSource;
  embedded: boolean;
  close(): Promise<void>;
}

/** Lets `brug_app` sign in with the given password (the role itself is made by a migration). */
export async function enableAppLogin(owner: DataSource, password: string): Promise<void> {
  await owner.query(`ALTER ROLE ${APP_ROLE} LOGIN PASSWORD '${password.replace(/'/g, "''")}'`);
}

/** The audit trail's monthly partitions for this month and the next three (see migration PartitionAuditByMonth). */
export async function ensureAuditPartitions(owner: DataSource): Promise<void> {
  await owner.query(`SELECT brug_audit_partitions(3)`);
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL, brings the schema up to date,
 * and opens the API's own connection pool as `brug_app`.
 */
export async function openDatabase(config: Config, log: (message: string) => void = console.log): Promise<Database> {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir, config.embeddedDbPort, log);
  const url = config.databaseUrl ?? embedded!.url;
  const ownerDataSource = createDataSource(url, { poolSize: 4, applicationName: 'brug-owner' });
  await ownerDataSource.initialize();
  // Several API processes starting at once: one migrates, the others wait and find nothing left to do.
  const lock = ownerDataSource.createQueryRunner();
  await lock.query('SELECT pg_advisory_lock(424243)');
  let applied;
  try {
    applied = await ownerDataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lock.query('SELECT pg_advisory_unlock(424243)').catch(() => undefined);
    await lock.release();
  }
  if (applied.length) log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
  await ensureAuditPartitions(ownerDataSource);

  let appDataSource: DataSource;
  if (config.databaseAppUrl) {
    appDataSource = createDataSource(config.databaseAppUrl, { poolSize: config.dbPoolSize });
  } else if (embedded) {
    const passwordFile = path.join(config.dataDir, 'app-password');
    if (!existsSync(passwordFile)) writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
    const password = readFileSync(passwordFile, 'utf8').trim();
    await enableAppLogin(ownerDataSource, password);
    appDataSource = createDataSource(withCredentials(url, APP_ROLE, password), { poolSize: config.dbPoolSize });
  } else {
    log(`DATABASE_APP_URL is not set: the API switches to the ${APP_ROLE} role on each connection. Prefer a separate login (see README).`);
    appDataSource = createDataSource(url, { setRole: APP_ROLE, poolSize: config.dbPoolSize });
  }
  await appDataSource.initialize();
  return {
    url,
    ownerDataSource,
    appDataSource,
    embedded: !!embedded,
    async close() {
      await appDataSource.destroy().catch(() => undefined);
      await ownerDataSource.destroy().catch(() => undefined);
      await embedded?.stop();
    },
  };
}
