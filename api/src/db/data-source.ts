import path from 'node:path';
import { DataSource } from 'typeorm';
import { entities, wireModules } from '../modules';
import { SnakeNamingStrategy } from './naming-strategy';
import { StatementCounter } from './statement-counter';

// Migrations sit at the top of the repo; compiled ones sit in dist/migrations.
const migrationsGlob = path.join(__dirname, '..', '..', '..', 'migrations', '*.{ts,js}');

export interface DataSourceOptions {
  poolSize?: number;
  applicationName?: string;
  /**
   * Serve as this role on every connection (when no login for it is configured): asked for in the
   * connection's start-up (`-c role=...`), so a connection that cannot take it fails to open,
   * and RESET ROLE returns to it, not to the login.
   */
  role?: string;
}

export function createDataSource(url: string, options: DataSourceOptions = {}): DataSource {
  // The modules' hooks into each other (api/src/modules/index.ts), before the first request.
  wireModules();
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations: [migrationsGlob],
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // Jest runs expect failing statements on purpose; elsewhere a failed statement is worth a line.
    logger: new StatementCounter(process.env.NODE_ENV === 'test' ? undefined : (m) => console.error(JSON.stringify({ level: 'error', msg: m }))),
    extra: {
      max: options.poolSize ?? 20,
      application_name: options.applicationName ?? 'brug-api',
      connectionTimeoutMillis: 5000,
      ...(options.role ? { options: `-c role=${options.role}` } : {}),
    },
  });
  return dataSource;
}

/** The same database URL with other credentials. */
export function withCredentials(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}
