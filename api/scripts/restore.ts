import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { restoreDatabase } from '../src/db/backup';
import { openMaintenanceDatabase } from '../src/db/maintenance';

/**
 * `npm run restore -- <file> [--force]`: loads a backup into the database (stop the API first).
 * Refuses a database that holds data unless --force, which replaces everything in it.
 */
async function main() {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new Error('Usage: npm run restore -- <file.jsonl.gz> [--force]');
  const database = await openMaintenanceDatabase(loadConfig(), (m) => console.error(m));
  try {
    const { rows } = await restoreDatabase(database.url, file, { force });
    const total = Object.values(rows).reduce((a, b) => a + b, 0);
    console.log(`Restored ${total} rows into ${Object.keys(rows).length} tables from ${file}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
