import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface Database {
  url: string;
  dataSource: DataSource;
  embedded: boolean;
  close(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL, and brings the schema up to date. */
export async function openDatabase(config: Config, log: (message: string) => void = console.log): Promise<Database> {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir, config.embeddedDbPort, log);
  const url = config.databaseUrl ?? embedded!.url;
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length) log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
  return {
    url,
    dataSource,
    embedded: !!embedded,
    async close() {
      await dataSource.destroy().catch(() => undefined);
      await embedded?.stop();
    },
  };
}
