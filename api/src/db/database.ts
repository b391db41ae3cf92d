import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { createDataSource, withCredentials } from './data-source';
import { StartupError } from '../common';
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

/** Where a database URL points, without its password: for messages. */
function where(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.username ? `${decodeURIComponent(parsed.username)}@` : ''}${parsed.host}${parsed.pathname}`;
  } catch {
    return 'an unreadable URL';
  }
}

/** Opens a pool, or says in one sentence why not and which setting to look at. */
async function connect(dataSource: DataSource, url: string, setting: string): Promise<void> {
  try {
    await dataSource.initialize();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const cause = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|timeout/i.test(message)
      ? 'is PostgreSQL running there and reachable?'
      : /password authentication failed|no pg_hba.conf entry/i.test(message)
        ? 'are the user name and password right?'
        : /database .* does not exist/i.test(message)
          ? 'create that database first.'
          : 'check the URL.';
    throw new StartupError(`Could not connect to the database at ${where(url)} (${setting}): ${message}; ${cause}`, { cause: error });
  }
}

/**
 * Refuses to serve requests as a role that row-level security would not bind: a superuser, a
 * role with BYPASSRLS (or that may become one), or the owner of a table (who may turn it off).
 * Returns the role's name for the start log.
 */
export async function checkServingRole(app: DataSource, setting: string): Promise<string> {
  const [role] = await app.query<{ name: string; superuser: boolean; bypassrls: boolean; becomes: string | null; owns: string | null }[]>(
    `SELECT r.rolname AS name, r.rolsuper AS superuser, r.rolbypassrls AS bypassrls,
            (SELECT string_agg(b.rolname, ', ') FROM pg_roles b
              WHERE (b.rolsuper OR b.rolbypassrls) AND b.oid <> r.oid AND pg_has_role(r.oid, b.oid, 'MEMBER')) AS becomes,
            (SELECT string_agg(c.relname, ', ' ORDER BY c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND pg_has_role(r.oid, c.relowner, 'USAGE')) AS owns
       FROM pg_roles r WHERE r.rolname = current_user`,
  );
  const why = role.superuser
    ? 'is a superuser'
    : role.bypassrls
      ? 'has BYPASSRLS'
      : role.becomes
        ? `may act as ${role.becomes}, which bypasses it`
        : role.owns
          ? `owns tables (${role.owns.split(', ').slice(0, 3).join(', ')}${role.owns.split(', ').length > 3 ? ', ...' : ''}) and may turn it off`
          : undefined;
  if (why) {
    throw new StartupError(
      `Refusing to serve requests as database role "${role.name}" (${setting}): it ${why}, so row-level security would not protect client data; connect the API as ${APP_ROLE} (DATABASE_APP_URL, see README "Using an existing PostgreSQL").`,
    );
  }
  return role.name;
}

/** The audit trail's monthly partitions for this month and the next three (see migration PartitionAuditByMonth). */
export async function ensureAuditPartitions(owner: DataSource): Promise<void> {
  await owner.query(`SELECT brug_audit_partitions(3)`);
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL, brings the schema up to date,
 * and opens the API's own connection pool as `brug_app`, refusing any role that could get
 * around row-level security.
 */
export async function openDatabase(config: Config, log: (message: string) => void = console.log): Promise<Database> {
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedDbPort, portIsExplicit: config.embeddedDbPortIsExplicit, log });
  const url = config.databaseUrl ?? embedded!.url;
  const ownerDataSource = createDataSource(url, { poolSize: 4, applicationName: 'brug-owner' });
  let appDataSource: DataSource | undefined;
  const close = async () => {
    if (appDataSource?.isInitialized) await appDataSource.destroy().catch(() => undefined);
    if (ownerDataSource.isInitialized) await ownerDataSource.destroy().catch(() => undefined);
    await embedded?.stop();
  };
  try {
    await connect(ownerDataSource, url, embedded ? 'the embedded database' : 'DATABASE_URL');
    // Several API processes starting at once: one migrates, the others wait and find nothing left to do.
    const lock = ownerDataSource.createQueryRunner();
    await lock.query('SELECT pg_advisory_lock(424243)');
    let applied;
    try {
      applied = await ownerDataSource.runMigrations({ transaction: 'each' });
    } catch (error) {
      throw new StartupError(
        `Could not bring the database schema up to date (a migration failed: ${(error as Error).message}); the database at ${where(url)} is unchanged by that migration.`,
        { cause: error },
      );
    } finally {
      await lock.query('SELECT pg_advisory_unlock(424243)').catch(() => undefined);
      await lock.release();
    }
    if (applied.length) log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
    await ensureAuditPartitions(ownerDataSource);

    let setting: string;
    if (config.databaseAppUrl) {
      setting = 'DATABASE_APP_URL';
      appDataSource = createDataSource(config.databaseAppUrl, { poolSize: config.dbPoolSize });
      await connect(appDataSource, config.databaseAppUrl, setting);
    } else if (embedded) {
      setting = 'the embedded database';
      const password = readOrMakeSecret(path.join(config.dataDir, 'app-password'));
      await enableAppLogin(ownerDataSource, password);
      const appUrl = withCredentials(url, APP_ROLE, password);
      appDataSource = createDataSource(appUrl, { poolSize: config.dbPoolSize });
      await connect(appDataSource, appUrl, setting);
    } else {
      setting = 'DATABASE_URL, switched to brug_app';
      appDataSource = createDataSource(url, { role: APP_ROLE, poolSize: config.dbPoolSize });
      try {
        await appDataSource.initialize();
      } catch (error) {
        throw new StartupError(
          `Could not serve requests as ${APP_ROLE} on DATABASE_URL (${where(url)}): ${(error as Error).message}; let that login act as it (GRANT ${APP_ROLE} TO its role) or set DATABASE_APP_URL to a login of ${APP_ROLE} (see README "Using an existing PostgreSQL").`,
          { cause: error },
        );
      }
    }
    const role = await checkServingRole(appDataSource, setting);
    log(
      config.databaseAppUrl || embedded
        ? `Serving requests as database role ${role} (${setting}): no superuser, no BYPASSRLS, owns no table, so row-level security applies.`
        : `Serving requests as database role ${role}: DATABASE_APP_URL is not set, so each connection of DATABASE_URL switches to it; row-level security applies. Prefer a login of its own (see README).`,
    );
  } catch (error) {
    await close();
    throw error;
  }
  return { url, ownerDataSource, appDataSource, embedded: !!embedded, close };
}

function readOrMakeSecret(file: string): string {
  if (!existsSync(file)) writeFileSync(file, randomBytes(18).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}
