import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Client } from 'pg';
import { backupDatabase, restoreDatabase } from '../../../api/src/db/backup';
import { startTestApi, TestApi } from '../../support/test-api';

async function emptyDatabase(): Promise<string> {
  const name = `brug_restore_${Math.random().toString(16).slice(2, 10)}`;
  const admin = new Client({ connectionString: process.env.BRUG_TEST_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(process.env.BRUG_TEST_ADMIN_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Row count and a checksum of every row, per table: equal fingerprints, equal data. */
async function fingerprint(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'typeorm_migrations' ORDER BY tablename`,
    );
    const result: Record<string, { rows: number; md5: string }> = {};
    for (const { tablename } of tables) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS md5 FROM "${tablename}" t`,
      );
      result[tablename] = rows[0];
    }
    return result;
  } finally {
    await client.end();
  }
}

describe('backup and restore', () => {
  let api: TestApi;
  let dir: string;
  beforeAll(async () => {
    api = await startTestApi();
    dir = mkdtempSync(path.join(os.tmpdir(), 'brug-backup-'));
    // Some audit entries and sessions, so the append-only audit trail is part of what is restored.
    const sam = await api.as('sam@boysproject.test');
    await sam.ok(`{ me { email } }`);
    await api.dataSource.query(
      `INSERT INTO audit_entries (request_id, actor_user_id, actor_name, actor_organisation_id, scopes, operation, action)
       SELECT gen_random_uuid()::text, u.id, u.display_name, m.organisation_id, '{PROFILE,HEALTH}', 'read', 'client' FROM users u JOIN memberships m ON m.user_id = u.id LIMIT 3`,
    );
    // An encrypted document (bytea columns): its bytes must come back exactly.
    await api.dataSource.query(
      `INSERT INTO client_documents (client_id, owner_organisation_id, scope, kind, title, mime_type, size_bytes, ciphertext, iv, auth_tag, wrapped_key, created_at, created_by_name)
       SELECT id, owner_organisation_id, 'PROFILE', 'LETTER', 'Brief', 'application/pdf', 4, '\\x00ff10ab'::bytea, '\\x0102'::bytea, '\\x0304'::bytea, '\\x0506'::bytea, now(), 'Sam (demo)' FROM clients LIMIT 1`,
    );
  });
  afterAll(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a backup of the demo network restored into a new empty database gives identical data, audit trail included', async () => {
    const file = path.join(dir, 'demo.jsonl.gz');
    const backup = await backupDatabase(api.databaseUrl, file);
    expect(backup.rows.organisations).toBeGreaterThan(3);
    expect(backup.rows.users).toBeGreaterThan(5);
    expect(backup.rows.audit_entries).toBeGreaterThanOrEqual(3);
    expect(backup.rows.client_documents).toBe(1);

    const target = await emptyDatabase();
    const restored = await restoreDatabase(target, file);
    expect(restored.rows).toEqual(backup.rows);
    const [source, copy] = await Promise.all([fingerprint(api.databaseUrl), fingerprint(target)]);
    expect(copy).toEqual(source);
    expect(Object.keys(copy)).toEqual(expect.arrayContaining(['audit_entries', 'users', 'organisations', 'services', 'recovery_codes']));

    // The restored database works: identity columns continue after the restored values.
    const client = new Client({ connectionString: target });
    await client.connect();
    expect((await client.query(`SELECT encode(ciphertext, 'hex') AS hex FROM client_documents`)).rows).toEqual([{ hex: '00ff10ab' }]);
    const [{ max }] = (await client.query(`SELECT coalesce(max(id), 0)::int AS max FROM audit_entries`)).rows;
    const { rows } = await client.query(
      `INSERT INTO audit_entries (request_id, actor_name, operation, action) VALUES ('r', 'test', 'read', 'after-restore') RETURNING id::int`,
    );
    expect(rows[0].id).toBeGreaterThan(max);
    await client.end();
  });

  it('restore refuses a database that holds data, unless forced', async () => {
    const file = path.join(dir, 'again.jsonl.gz');
    await backupDatabase(api.databaseUrl, file);
    const target = await emptyDatabase();
    await restoreDatabase(target, file);
    await expect(restoreDatabase(target, file)).rejects.toThrow(/not empty.*--force/);
    await restoreDatabase(target, file, { force: true });
    expect(await fingerprint(target)).toEqual(await fingerprint(api.databaseUrl));
  });

  it('a damaged or truncated backup restores nothing', async () => {
    const good = path.join(dir, 'good.jsonl.gz');
    await backupDatabase(api.databaseUrl, good);
    const truncated = path.join(dir, 'truncated.jsonl.gz');
    const lines = gunzipSync(readFileSync(good)).toString('utf8').trim().split('\n');
    writeFileSync(truncated, gzipSync(lines.slice(0, -5).join('\n')));
    const target = await emptyDatabase();
    await expect(restoreDatabase(target, truncated)).rejects.toThrow(/incomplete|damaged/);
    const after = await fingerprint(target);
    expect(Object.values(after).every((t) => t.rows === 0)).toBe(true);
  });
});
