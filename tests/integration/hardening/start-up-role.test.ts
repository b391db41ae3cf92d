import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '../../../api/src/config';
import { withCredentials } from '../../../api/src/db/data-source';
import { openDatabase, type Database } from '../../../api/src/db/database';
import { startApiProcessExpectingFailure } from '../../support/api-process';
import { createTestDatabase } from '../../support/test-api';

/**
 * The API serves requests only as a role that row-level security binds: it refuses to start as
 * a superuser, a role with BYPASSRLS or the owner of a table, and says which role serves.
 */
describe('the role that serves requests', () => {
  let url: string;
  let admin: Client;
  const suffix = randomBytes(4).toString('hex');
  const roles: string[] = [];
  const opened: Database[] = [];

  /** A login role of this file's own (roles belong to the whole PostgreSQL cluster). */
  async function loginRole(name: string, attributes = ''): Promise<string> {
    const role = `${name}_${suffix}`;
    await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD 'start-up-test' ${attributes}`);
    roles.push(role);
    return withCredentials(url, role, 'start-up-test');
  }

  async function open(databaseAppUrl?: string, databaseUrl = url) {
    const log: string[] = [];
    const database = await openDatabase(loadConfig({ databaseUrl, databaseAppUrl, loadDemo: false }), (line) => log.push(line));
    opened.push(database);
    return { database, log };
  }

  beforeAll(async () => {
    url = await createTestDatabase('brug_template');
    admin = new Client({ connectionString: url });
    await admin.connect();
  });

  afterAll(async () => {
    for (const database of opened) await database.close();
    for (const role of roles) {
      await admin.query(`REASSIGN OWNED BY ${role} TO CURRENT_USER`);
      await admin.query(`DROP OWNED BY ${role}`);
      await admin.query(`DROP ROLE ${role}`);
    }
    await admin.end();
  });

  it('a role with BYPASSRLS is refused, in one sentence that names it and the setting', async () => {
    const bypassing = await loginRole('brug_t_bypass', 'BYPASSRLS');
    await expect(open(bypassing)).rejects.toThrow(
      new RegExp(
        `^Refusing to serve requests as database role "brug_t_bypass_${suffix}" \\(DATABASE_APP_URL\\): it has BYPASSRLS, so row-level security would not protect client data; connect the API as brug_app`,
      ),
    );
  });

  it('a superuser is refused', async () => {
    await expect(open(url)).rejects.toThrow(/^Refusing to serve requests as database role "postgres" \(DATABASE_APP_URL\): it is a superuser/);
  });

  it('the owner of a table is refused, and so is a role that may act as one that bypasses it', async () => {
    const owner = await loginRole('brug_t_owner');
    await admin.query(`ALTER TABLE contact_notes OWNER TO brug_t_owner_${suffix}`);
    await expect(open(owner)).rejects.toThrow(/it owns tables \(contact_notes\) and may turn it off/);
    await loginRole('brug_t_lever', 'BYPASSRLS');
    const member = await loginRole('brug_t_member');
    await admin.query(`GRANT brug_t_lever_${suffix} TO brug_t_member_${suffix}`);
    await expect(open(member)).rejects.toThrow(new RegExp(`it may act as brug_t_lever_${suffix}, which bypasses it`));
  });

  it('brug_app with a login of its own starts, and the start log says it serves requests', async () => {
    const { database, log } = await open(withCredentials(url, 'brug_app', process.env.BRUG_TEST_APP_PASSWORD!));
    expect(log).toContain(
      'Serving requests as database role brug_app (DATABASE_APP_URL): no superuser, no BYPASSRLS, owns no table, so row-level security applies.',
    );
    expect(await database.appDataSource.query(`SELECT current_user AS role`)).toEqual([{ role: 'brug_app' }]);
  });

  it('with DATABASE_URL alone every connection serves as brug_app, and RESET ROLE does not get back to the owner', async () => {
    const { database, log } = await open(undefined);
    expect(log.at(-1)).toMatch(/^Serving requests as database role brug_app: DATABASE_APP_URL is not set/);
    // Many connections at once: each one of the pool, not only the first.
    const roles = await Promise.all(
      Array.from({ length: 6 }, () => database.appDataSource.query(`SELECT current_user AS role, (SELECT count(*)::int FROM clients) AS clients`)),
    );
    expect(roles.flat()).toEqual(Array.from({ length: 6 }, () => ({ role: 'brug_app', clients: 0 })));
    const runner = database.appDataSource.createQueryRunner();
    try {
      await runner.query('RESET ROLE');
      expect(await runner.query(`SELECT current_user AS role`)).toEqual([{ role: 'brug_app' }]);
    } finally {
      await runner.release();
    }
  });

  it('with DATABASE_URL alone, a login that may not act as brug_app stops the start instead of serving as itself', async () => {
    const login = await loginRole('brug_t_login');
    await admin.query(`GRANT SELECT ON typeorm_migrations TO brug_t_login_${suffix}`);
    await expect(open(undefined, login)).rejects.toThrow(
      new RegExp(
        `^Could not serve requests as brug_app on DATABASE_URL \\(brug_t_login_${suffix}@localhost:\\d+/brug_t_\\w+\\): permission denied to set role "brug_app"; let that login act as it \\(GRANT brug_app TO its role\\) or set DATABASE_APP_URL`,
      ),
    );
  });

  it('the API process exits non-zero with that one line when its role can bypass row-level security', async () => {
    const failure = await startApiProcessExpectingFailure({ DATABASE_URL: url, DATABASE_APP_URL: url });
    expect(failure.code).toBe(1);
    const lines = failure.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({
      level: 'error',
      msg: expect.stringMatching(/^Brug could not start: Refusing to serve requests as database role "postgres" \(DATABASE_APP_URL\): it is a superuser/),
    });
    expect(lines[0]).not.toMatch(/undefined|\n\s+at /);
  });
});
