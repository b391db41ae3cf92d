import path from 'node:path';
import { DataSource } from 'typeorm';
import { entities } from '../modules';
import { SnakeNamingStrategy } from './naming-strategy';
import { StatementCounter } from './statement-counter';

// Migrations sit at the top of the repo; compiled ones sit in dist/migrations.
const migrationsGlob = path.join(__dirname, '..', '..', '..', 'migrations', '*.{ts,js}');

export function createDataSource(url: string, options: { poolSize?: number; applicationName?: string } = {}): DataSource {
  return new DataSource({
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
    logger: new StatementCounter((m) => console.error(m)),
    extra: {
      max: options.poolSize ?? 20,
      application_name: options.applicationName ?? 'brug-api',
      connectionTimeoutMillis: 5000,
    },
  });
}
