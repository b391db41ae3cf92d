import type { Config } from '../config';
import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * The owner's connection for maintenance scripts: DATABASE_URL, or the embedded database in
 * BRUG_DATA_DIR, used while the API runs or started just for the script (and stopped after).
 */
export async function openMaintenanceDatabase(config: Config, log: (message: string) => void): Promise<{ url: string; close(): Promise<void> }> {
  if (config.databaseUrl) return { url: config.databaseUrl, close: () => Promise.resolve() };
  // Running already (the API): used as it is, on whichever port it listens; else started here.
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedDbPort, portIsExplicit: config.embeddedDbPortIsExplicit, log });
  return { url: embedded.url, close: () => embedded.stop() };
}
