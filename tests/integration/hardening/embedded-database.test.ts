import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../../api/src/db/embedded-postgres';
import { startApiProcessExpectingFailure } from '../../support/api-process';

const BINARIES = path.resolve(
  path.dirname(createRequire(require.resolve('embedded-postgres')).resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`)),
  '..',
  'native',
);
const asRoot = process.getuid?.() === 0;

/** Something else listening on a port of this machine. */
async function occupyPort(): Promise<{ port: number; close(): Promise<void> }> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as net.AddressInfo).port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function tableCount(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'kept_across_restarts'`);
    return rows[0].n;
  } finally {
    await client.end();
  }
}

/** The embedded PostgreSQL that `npm start` and `npm test` run by themselves. */
describe('the embedded database at start-up', () => {
  const folders: string[] = [];
  const running: EmbeddedDatabase[] = [];
  const folder = (mode = 0o755) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'brug-embedded-test-'));
    chmodSync(dir, mode);
    folders.push(dir);
    return dir;
  };
  afterAll(async () => {
    for (const database of running.reverse()) await database.stop().catch(() => undefined);
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  it('with BRUG_DB_PORT taken, the API exits non-zero with one line saying so and naming BRUG_DB_PORT', async () => {
    const taken = await occupyPort();
    try {
      const failure = await startApiProcessExpectingFailure({ BRUG_DATA_DIR: path.join(folder(), 'data'), BRUG_DB_PORT: String(taken.port) });
      expect(failure.code).toBe(1);
      const lines = failure.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]).msg).toBe(
        `Brug could not start: The embedded database cannot use port ${taken.port} (BRUG_DB_PORT): another program listens on it. Choose another port with BRUG_DB_PORT, or leave it unset to let Brug pick a free one.`,
      );
    } finally {
      await taken.close();
    }
  });

  it('with its usual port taken and BRUG_DB_PORT unset, it picks a free port and says which; a second Brug on the same data shares it', async () => {
    const taken = await occupyPort();
    const dataDir = folder();
    const log: string[] = [];
    try {
      const first = await startEmbeddedPostgres({ dataDir, port: taken.port, log: (line) => log.push(line) });
      running.push(first);
      expect(first.port).not.toBe(taken.port);
      expect(log).toContain(`Port ${taken.port} is taken: the embedded database uses port ${first.port} (set BRUG_DB_PORT to choose one).`);
      expect(await tableCount(first.url)).toBe(0);

      const second = await startEmbeddedPostgres({ dataDir, port: taken.port, log: (line) => log.push(line) });
      expect(second).toMatchObject({ shared: true, port: first.port, url: first.url });
      expect(log.at(-1)).toBe(
        `The embedded database in ${first.clusterDir} is already running (port ${first.port}, started by another Brug process): this one uses it too, until that one stops it.`,
      );
      await second.stop();
      expect(await tableCount(first.url)).toBe(0); // the second one's stop leaves it running
    } finally {
      await taken.close();
    }
  });

  it(
    asRoot
      ? 'as root, from a checkout in a private (700) folder, PostgreSQL runs as the postgres user from a copy of its binaries and a cluster folder it can reach, and keeps its data across restarts'
      : 'as a normal user, the cluster stays in the data folder and runs from the binaries in node_modules',
    async () => {
      const checkout = folder(0o700);
      const binariesDir = path.join(checkout, 'node_modules', 'postgres');
      cpSync(BINARIES, binariesDir, { recursive: true, verbatimSymlinks: true });
      const dataDir = path.join(checkout, '.data');
      const reachable = folder();
      const log: string[] = [];
      const options = { dataDir, port: 0, binariesDir, reachableRoots: [reachable], log: (line: string) => log.push(line) };

      const first = await startEmbeddedPostgres(options);
      running.push(first);
      const client = new Client({ connectionString: first.url });
      await client.connect();
      await client.query('CREATE TABLE kept_across_restarts (id int)');
      await client.end();
      await first.stop();

      const again = await startEmbeddedPostgres(options);
      running.push(again);
      expect(again.clusterDir).toBe(first.clusterDir);
      expect(await tableCount(again.url)).toBe(1);
      if (asRoot) {
        expect(first.clusterDir.startsWith(`${reachable}${path.sep}cluster-`)).toBe(true);
        expect(readFileSync(path.join(dataDir, 'pg-location'), 'utf8').trim()).toBe(first.clusterDir);
        expect(
          log.some((line) =>
            line.startsWith(
              `PostgreSQL runs as the "postgres" user, who cannot reach ${binariesDir}: copied the PostgreSQL binaries to ${reachable}${path.sep}`,
            ),
          ),
        ).toBe(true);
        expect(log).toContain(
          `The postgres user cannot reach ${dataDir}: the database is kept in ${first.clusterDir} (noted in ${path.join(dataDir, 'pg-location')}).`,
        );
      } else {
        expect(first.clusterDir).toBe(path.join(dataDir, 'pg'));
        expect(existsSync(path.join(dataDir, 'pg-location'))).toBe(false);
      }
      await again.stop();

      // And where no folder will do, one sentence that says why and what to do.
      const nowhere = path.join(checkout, 'elsewhere');
      const unreachable = startEmbeddedPostgres({ ...options, dataDir: path.join(checkout, 'other-data'), reachableRoots: [nowhere] });
      if (asRoot) {
        await expect(unreachable).rejects.toThrow(
          `PostgreSQL must run as the "postgres" user (it refuses root), who cannot reach ${binariesDir} because a folder on the way is private, and Brug found no folder that user can reach to use instead (tried ${nowhere}): move the checkout to a folder others may enter (such as /srv/brug), run Brug as another user than root, or set DATABASE_URL.`,
        );
      } else {
        running.push(await unreachable);
      }
    },
    120_000,
  );
});
