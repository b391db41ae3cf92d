import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { backupDatabase } from '../src/db/backup';
import { openMaintenanceDatabase } from '../src/db/maintenance';

/** `npm run backup -- brug-2026-12-01.jsonl.gz`: a consistent logical backup of the whole database. */
async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: npm run backup -- <file.jsonl.gz>');
  const database = await openMaintenanceDatabase(loadConfig(), (m) => console.error(m));
  try {
    const { migrations, rows } = await backupDatabase(database.url, file);
    const total = Object.values(rows).reduce((a, b) => a + b, 0);
    console.log(`Backed up ${total} rows from ${Object.keys(rows).length} tables (schema ${migrations.at(-1)}) to ${file}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
