import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { Config } from '../config';
import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * The owner's connection for maintenance scripts: DATABASE_URL, or the embedded database in
 * BRUG_DATA_DIR, used while the API runs or started just for the script (and stopped after).
 */
export async function openMaintenanceDatabase(config: Config, log: (message: string) => void): Promise<{ url: string; close(): Promise<void> }> {
  if (config.databaseUrl) return { url: config.databaseUrl, close: async () => undefined };
  const passwordFile = path.join(config.dataDir, 'pg-password');
  if (existsSync(passwordFile)) {
    const password = readFileSync(passwordFile, 'utf8').trim();
    const url = `postgres://postgres:${encodeURIComponent(password)}@localhost:${config.embeddedDbPort}/brug`;
    const probe = new Client({ connectionString: url });
    try {
      await probe.connect();
      await probe.end();
      return { url, close: async () => undefined };
    } catch {
      // Not running: start it below.
    }
  }
  const embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedDbPort, log);
  return { url: embedded.url, close: () => embedded.stop() };
}
