import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { Client } from 'pg';
import { createDataSource } from './data-source';

/**
 * A logical backup in Node (the embedded PostgreSQL ships without pg_dump): gzip'd JSON lines,
 * `{"format":"brug-backup",...,"migrations":[...]}`, then per table `{"$table":name}` followed by
 * its rows (row_to_json), then `{"$end":{table:count}}` (no column is named with a `$`). All tables are read in one REPEATABLE READ
 * snapshot, so the backup is consistent even while the API writes.
 */
export const BACKUP_FORMAT = 'brug-backup';
const FETCH_ROWS = 500;
const INSERT_BATCH = 500;

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function dataTables(client: Client): Promise<string[]> {
  // A partitioned table (audit_entries) is read and written as one: its partitions are not listed.
  const { rows } = await client.query<{ tablename: string }>(
    `SELECT c.relname AS tablename FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> 'typeorm_migrations' ORDER BY c.relname`,
  );
  return rows.map((r) => r.tablename);
}

export interface BackupSummary {
  migrations: string[];
  rows: Record<string, number>;
}

export async function backupDatabase(url: string, file: string): Promise<BackupSummary> {
  const client = new Client({ connectionString: url, application_name: 'brug-backup' });
  await client.connect();
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(file, { mode: 0o600 }));
  const write = async (value: unknown) => {
    if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, 'drain');
  };
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = (await client.query<{ name: string }>(`SELECT name FROM typeorm_migrations ORDER BY id`)).rows.map((r) => r.name);
    await write({ format: BACKUP_FORMAT, version: 1, createdAt: new Date().toISOString(), migrations });
    const rows: Record<string, number> = {};
    for (const table of await dataTables(client)) {
      await write({ $table: table });
      rows[table] = 0;
      await client.query(`DECLARE rows_cursor NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM ${quoteIdent(table)} t`);
      for (;;) {
        const batch = await client.query<{ row: string }>(`FETCH ${FETCH_ROWS} FROM rows_cursor`);
        for (const r of batch.rows) {
          if (!gzip.write(`${r.row}\n`)) await once(gzip, 'drain');
        }
        rows[table] += batch.rows.length;
        if (batch.rows.length < FETCH_ROWS) break;
      }
      await client.query('CLOSE rows_cursor');
    }
    await write({ $end: rows });
    await client.query('COMMIT');
    gzip.end();
    await written;
    return { migrations, rows };
  } catch (error) {
    gzip.destroy();
    await written.catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Reads a backup line by line: the header, then each table's name followed by its rows. */
async function* readBackup(file: string): AsyncGenerator<Record<string, unknown>> {
  const gunzip = createGunzip();
  const source = new PassThrough();
  void pipeline(createReadStream(file), gunzip, source).catch((error: unknown) => source.destroy(error as Error));
  for await (const line of createInterface({ input: source, crlfDelay: Infinity })) {
    if (line) yield JSON.parse(line);
  }
}

export class RestoreRefused extends Error {}

/**
 * Restores a backup into a database: brings it to the backup's schema with the migrations, then
 * loads every table in one transaction, with triggers and foreign-key checks off for the load
 * (`session_replication_role = replica`: needs a superuser), identity values kept and sequences
 * moved past them. Refuses a database that holds data, unless `force` (which empties it first).
 */
export async function restoreDatabase(url: string, file: string, options: { force?: boolean } = {}): Promise<BackupSummary> {
  const migrator = createDataSource(url, { poolSize: 1, applicationName: 'brug-restore' });
  await migrator.initialize();
  try {
    await migrator.runMigrations({ transaction: 'each' });
  } finally {
    await migrator.destroy();
  }
  const client = new Client({ connectionString: url, application_name: 'brug-restore' });
  await client.connect();
  try {
    const applied = (await client.query<{ name: string }>(`SELECT name FROM typeorm_migrations ORDER BY id`)).rows.map((r) => r.name);
    const tables = await dataTables(client);
    const nonEmpty: string[] = [];
    for (const table of tables) {
      const { rowCount } = await client.query(`SELECT 1 FROM ${quoteIdent(table)} LIMIT 1`);
      if (rowCount) nonEmpty.push(table);
    }
    if (nonEmpty.length && !options.force) {
      throw new RestoreRefused(
        `The database is not empty (${nonEmpty.join(', ')}). Restore into an empty database, or pass --force to replace everything in it.`,
      );
    }

    const columns = new Map<string, string[]>();
    for (const table of tables) {
      const { rows } = await client.query<{ attname: string }>(
        `SELECT attname FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
        [quoteIdent(table)],
      );
      columns.set(
        table,
        rows.map((r) => r.attname),
      );
    }

    await client.query('BEGIN');
    await client.query(`SET LOCAL session_replication_role = replica`);
    if (nonEmpty.length) await client.query(`TRUNCATE ${nonEmpty.map(quoteIdent).join(', ')} CASCADE`);

    type Header = { format?: string; migrations?: string[] };
    let header: Header | undefined;
    let table: string | undefined;
    let batch: unknown[] = [];
    let end: Record<string, number> | undefined;
    const loaded: Record<string, number> = {};
    const flush = async () => {
      if (!table || !batch.length) return;
      const cols = columns.get(table)!.map(quoteIdent).join(', ');
      await client.query(
        `INSERT INTO ${quoteIdent(table)} (${cols}) OVERRIDING SYSTEM VALUE SELECT ${cols} FROM json_populate_recordset(NULL::${quoteIdent(table)}, $1::json)`,
        [JSON.stringify(batch)],
      );
      loaded[table] = (loaded[table] ?? 0) + batch.length;
      batch = [];
    };
    for await (const entry of readBackup(file)) {
      if (!header) {
        header = entry;
        if (header.format !== BACKUP_FORMAT) throw new RestoreRefused(`${file} is not a Brug backup.`);
        if (JSON.stringify(header.migrations) !== JSON.stringify(applied)) {
          throw new RestoreRefused(
            `The backup was taken at schema version ${header.migrations?.at(-1)}, this Brug is at ${applied.at(-1)}: restore with the Brug version that took it.`,
          );
        }
        continue;
      }
      if (end) throw new RestoreRefused('The backup has data after its end marker.');
      if (typeof entry.$table === 'string') {
        await flush();
        table = entry.$table;
        if (!columns.has(table)) throw new RestoreRefused(`The backup holds a table this database does not have: ${table}`);
        loaded[table] = 0;
        continue;
      }
      if (entry.$end) {
        await flush();
        end = entry.$end as Record<string, number>;
        continue;
      }
      batch.push(entry);
      if (batch.length >= INSERT_BATCH) await flush();
    }
    if (!end) throw new RestoreRefused('The backup is incomplete (no end marker): nothing was restored.');
    for (const [name, count] of Object.entries(end)) {
      if ((loaded[name] ?? 0) !== count)
        throw new RestoreRefused(`The backup is damaged: ${name} should hold ${count} rows, found ${loaded[name] ?? 0}. Nothing was restored.`);
    }

    // Identity columns and serials continue after the restored values.
    const { rows: sequences } = await client.query<{ seq: string; tbl: string; col: string }>(
      `SELECT s.oid::regclass::text AS seq, t.relname AS tbl, a.attname AS col
         FROM pg_depend d
         JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
         JOIN pg_class t ON t.oid = d.refobjid
         JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
        WHERE d.classid = 'pg_class'::regclass AND t.relname <> 'typeorm_migrations'`,
    );
    for (const { seq, tbl, col } of sequences) {
      await client.query(`SELECT setval($1::regclass, coalesce((SELECT max(${quoteIdent(col)}) FROM ${quoteIdent(tbl)}), 0) + 1, false)`, [seq]);
    }
    await client.query('COMMIT');
    return { migrations: applied, rows: loaded };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
