import 'reflect-metadata';
import { cpus } from 'node:os';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Client as PgClient } from 'pg';
import { createDataSource } from '../src/db/data-source';
import { enableAppLogin, ensureAuditPartitions } from '../src/db/database';
import { databaseExists, openBenchCluster, Scale, scaleFrom } from './bench/cluster';
import { webOperations } from './bench/web-operations';

// autocannon ships no types; the part used here is small.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>) => AutocannonInstance;
interface AutocannonInstance extends PromiseLike<{ requests: { average: number }; non2xx: number; errors: number; timeouts: number }> {
  on(event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}

/**
 * `npm run bench -- --scale demo|region|national`: Brug's API and, in the same run, a baseline
 * (bare Apollo Server 5 + one prepared single-row SELECT on the same database), each in a
 * process of its own, driven with autocannon through the operations people use most, at 1, 20
 * and 50 connections, app and baseline alternating. Prints req/s, p50/p95/p99, errors, SQL
 * statements per request and the ratio to the baseline; writes bench/results/<date>-<scale>.json
 * and .md. BENCH_DURATION (seconds per point, 3), BENCH_CONNECTIONS (1,20,50), BENCH_OPS (all),
 * BENCH_CPU_PROF=dir (profile the API with node --cpu-prof), BENCH_BEFORE=dir (an older checkout,
 * built with `npm run build:api`: its API is driven too, in the same run, for a before/after).
 */
const DURATION = Number(process.env.BENCH_DURATION ?? 3);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '1,20,50').split(',').map(Number);
const PASSWORD = 'brug-demo-2026';
const ROOT = path.join(__dirname, '..', '..', '..');

interface Operation {
  name: string;
  /** The body of the n-th request (accept takes a fresh referral each time). */
  body: (n: number) => string;
  token?: string;
  before?: (connections: number) => Promise<void>;
  after?: () => Promise<void>;
}

interface Point {
  operation: string;
  connections: number;
  app: Figures;
  baseline: Figures;
  ratio: number;
  /** The older build's API (BENCH_BEFORE), in the same run. */
  before?: Figures;
  beforeRatio?: number;
  sqlStatements: number | null;
}
interface Figures {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  requests: number;
}

function startChild(kind: 'app' | 'baseline', url: string, root?: string): Promise<{ url: string; child: ChildProcess }> {
  const profile = kind === 'app' && !root && process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  let server = path.join(__dirname, 'bench', 'server.js');
  if (root) {
    // The same server script, next to the older build's modules.
    const there = path.join(root, 'dist', 'api', 'scripts', 'bench', 'server.js');
    mkdirSync(path.dirname(there), { recursive: true });
    copyFileSync(server, there);
    server = there;
  }
  const child = spawn(process.execPath, [...profile, server, kind, url], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_ENV: 'benchmark' },
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
    createInterface({ input: child.stdout }).once('line', (line) => resolve({ url: JSON.parse(line).url, child }));
  });
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : NaN);

async function drive(url: string, connections: number, duration: number, body: (n: number) => string, token?: string): Promise<Figures> {
  const latencies: number[] = [];
  let n = 0;
  let graphqlErrors = 0;
  const instance = autocannon({
    url,
    connections,
    duration,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    requests: [
      {
        setupRequest: (request: Record<string, unknown>) => ({ ...request, body: body(n++) }),
        onResponse: (_status: number, responseBody: string) => {
          if (responseBody.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  });
  instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / duration,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    errors: graphqlErrors + result.non2xx + result.errors + result.timeouts,
    requests: latencies.length,
  };
}

async function main() {
  const scale = scaleFrom(process.argv.slice(2));
  // Seed on first use (the seed starts and stops the embedded cluster itself).
  {
    const probe = await openBenchCluster(() => undefined);
    const exists = await databaseExists(probe.adminUrl, `brug_bench_${scale}`);
    await probe.stop();
    if (!exists) execFileSync(process.execPath, [path.join(__dirname, 'bench-seed.js'), '--scale', scale], { stdio: 'inherit' });
  }
  const cluster = await openBenchCluster();
  const url = cluster.databaseUrl(scale);
  // A database seeded by an older Brug gets the newer migrations first.
  const migrator = createDataSource(url, { poolSize: 1 });
  await migrator.initialize();
  await migrator.runMigrations({ transaction: 'each' });
  await ensureAuditPartitions(migrator);
  // Every API process of the run signs in as brug_app with this password.
  process.env.BENCH_APP_PASSWORD = randomUUID();
  await enableAppLogin(migrator, process.env.BENCH_APP_PASSWORD);
  await migrator.destroy();
  const owner = new PgClient({ connectionString: url });
  await owner.connect();
  const children: ChildProcess[] = [];
  try {
    const app = await startChild('app', url);
    children.push(app.child);
    const baseline = await startChild('baseline', url);
    children.push(baseline.child);
    const before = process.env.BENCH_BEFORE ? await startChild('app', url, path.resolve(process.env.BENCH_BEFORE)) : undefined;
    if (before) children.push(before.child);
    const op = webOperations(ROOT);
    const gqlBody = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
    const call = async (at: string, body: string, token?: string) => {
      const response = await fetch(`${at}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body,
      });
      return (await response.json()) as { data?: any; errors?: unknown[]; extensions?: { sqlStatements?: number } };
    };
    const login = async (email: string, at = app.url) => {
      const result = await call(at, gqlBody(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: PASSWORD }));
      if (!result.data?.login) throw new Error(`sign-in as ${email} failed: ${JSON.stringify(result.errors)}`);
      return result.data.login.token as string;
    };
    const sam = await login('sam@boysproject.test');
    const lotte = await login('lotte@nextstep.test');
    // Sessions are rows: the older API reads the same ones.
    const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => (await owner.query(sql, params)).rows[0] as T;
    const ids = await one<{ boys: string; next: string; timeline: string; nextService: string }>(
      `SELECT (SELECT id FROM organisations WHERE name = 'Boysproject') AS boys, (SELECT id FROM organisations WHERE name = 'NextStep') AS next,
              (SELECT id FROM clients WHERE pseudonym = 'Bench Timeline') AS timeline,
              (SELECT s.id FROM services s JOIN organisations o ON o.id = s.organisation_id WHERE o.name = 'NextStep' AND s.status = 'ACTIVE' ORDER BY s.name LIMIT 1) AS "nextService"`,
    );
    // A referral NextStep may read in full (live consent), with its history and thread.
    const { id: referralId } = await one<{ id: string }>(
      `SELECT r.id FROM referrals r WHERE r.receiving_organisation_id = $1 AND r.status = 'ACCEPTED'
          AND EXISTS (SELECT 1 FROM consents c WHERE c.client_id = r.client_id AND c.grantee_organisation_id = $1 AND c.revoked_at IS NULL AND c.valid_until > now())
        ORDER BY r.sent_at DESC LIMIT 1`,
      [ids.next],
    );

    // Accept needs a fresh SENT referral per request: a pool made before the point, removed after.
    let pool: string[] = [];
    const makePool = async (size: number, status: 'SENT' | 'ACCEPTED') => {
      const rows = await owner.query(
        `INSERT INTO referrals (client_id, owner_organisation_id, sender_organisation_id, receiving_organisation_id, service_id, status, reason, shared_scopes, intro_client_will_call, sent_by_name, sent_at, due_at, expires_at, status_changed_at)
         SELECT $1, $2, $2, $3, $4, $5, 'benchmark', '{PROFILE}', true, 'Sam (demo)', now(), now() + interval '10 days', now() + interval '15 days', now()
           FROM generate_series(1, $6::int) RETURNING id`,
        [ids.timeline, ids.boys, ids.next, ids.nextService, status, size],
      );
      return rows.rows.map((r: { id: string }) => r.id);
    };
    const dropPool = async () => {
      await owner.query(`BEGIN; SET LOCAL session_replication_role = replica`);
      for (const table of ['referral_events', 'referral_messages', 'referral_reads', 'notifications'])
        await owner.query(`DELETE FROM ${table} WHERE referral_id = ANY($1)`, [pool]);
      await owner.query(`DELETE FROM client_events WHERE subject_id = ANY($1)`, [pool]);
      await owner.query(`DELETE FROM referrals WHERE id = ANY($1)`, [pool]);
      await owner.query(`COMMIT`);
      pool = [];
    };
    const operations: Operation[] = [
      { name: 'sign-in', body: () => gqlBody(op('Login'), { email: 'sam@boysproject.test', password: PASSWORD }) },
      { name: 'me', token: sam, body: () => gqlBody(op('Me')) },
      { name: 'service search "soa"', token: sam, body: () => gqlBody(op('SearchServices'), { filter: { text: 'soa' }, first: 20 }) },
      { name: 'client list (20)', token: sam, body: () => gqlBody(op('ClientList'), { relation: 'OWN', first: 20 }) },
      { name: 'client(id), consented', token: lotte, body: () => gqlBody(op('ClientHeader'), { id: ids.timeline }) },
      { name: 'inbox page of 25', token: lotte, body: () => gqlBody(op('ReferralInbox'), { first: 25 }) },
      { name: 'referral page', token: lotte, body: () => gqlBody(op('Referral'), { id: referralId }) },
      { name: 'timeline page of 50', token: lotte, body: () => gqlBody(op('ClientTimeline'), { clientId: ids.timeline, first: 50 }) },
      {
        name: 'accept',
        token: lotte,
        before: async (connections) => {
          pool = await makePool(Math.max(2000, Math.ceil(DURATION * (connections > 1 ? 800 : 300))), 'SENT');
        },
        after: dropPool,
        body: (n) => gqlBody(op('AcceptReferral'), { id: pool[n % pool.length] }),
      },
      {
        name: 'post a message',
        token: lotte,
        before: async () => {
          pool = await makePool(1, 'ACCEPTED');
        },
        after: dropPool,
        body: () => gqlBody(op('PostReferralMessage'), { referralId: pool[0], body: 'Afspraak staat voor dinsdag.' }),
      },
    ];
    const only = process.env.BENCH_OPS?.split(',');
    const chosen = only ? operations.filter((o) => only.some((name) => o.name.startsWith(name))) : operations;
    const baselineBody = () => gqlBody(`query($id: ID!) { organisation(id: $id) { id name } }`, { id: ids.boys });

    console.log(`Brug benchmark, ${scale} scale: ${DURATION} s per point, connections ${CONNECTIONS.join('/')}; app ${app.url}, baseline ${baseline.url}`);
    // Warm both up (JIT, prepared plans, connection pools).
    await drive(baseline.url, 10, 1, baselineBody);
    const points: Point[] = [];
    for (const operation of chosen) {
      await operation.before?.(10);
      const probe = await call(app.url, operation.body(0), operation.token);
      if (probe.errors) throw new Error(`${operation.name} fails: ${JSON.stringify(probe.errors)}`);
      const sqlStatements = probe.extensions?.sqlStatements ?? null;
      await drive(`${app.url}/graphql`, 10, 1, (n) => operation.body(n + 1), operation.token);
      await operation.after?.();
      for (const connections of CONNECTIONS) {
        await operation.before?.(connections);
        const appFigures = await drive(`${app.url}/graphql`, connections, DURATION, operation.body, operation.token);
        await operation.after?.();
        const baselineFigures = await drive(baseline.url, connections, DURATION, baselineBody);
        let beforeFigures: Figures | undefined;
        if (before) {
          await operation.before?.(connections);
          beforeFigures = await drive(`${before.url}/graphql`, connections, DURATION, operation.body, operation.token);
          await operation.after?.();
        }
        const point: Point = {
          operation: operation.name,
          connections,
          app: appFigures,
          baseline: baselineFigures,
          ratio: appFigures.rps / baselineFigures.rps,
          sqlStatements,
          ...(beforeFigures ? { before: beforeFigures, beforeRatio: beforeFigures.rps / baselineFigures.rps } : {}),
        };
        points.push(point);
        console.log(line(point));
      }
    }
    const stamp = new Date().toISOString().slice(0, 16).replace(':', '');
    const dir = path.join(ROOT, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const meta = { scale, duration: DURATION, connections: CONNECTIONS, at: new Date().toISOString(), commit: gitCommit(), cpus: cpus().length };
    writeFileSync(path.join(dir, `${stamp}-${scale}.json`), `${JSON.stringify({ ...meta, points }, null, 2)}\n`);
    const markdown = markdownTable(scale, meta.commit, points);
    writeFileSync(path.join(dir, `${stamp}-${scale}.md`), markdown);
    console.log(`\n${markdown}\nwritten to bench/results/${stamp}-${scale}.{json,md}`);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(undefined) : c.once('exit', r)))));
    await owner.end();
    await cluster.stop();
  }
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
  } catch {
    return 'unknown';
  }
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '-');

function line(p: Point): string {
  const before = p.before ? `  | before ${p.before.rps.toFixed(0).padStart(6)} req/s  ratio ${p.beforeRatio!.toFixed(2)}` : '';
  return `${p.operation.padEnd(24)} ${String(p.connections).padStart(3)} conn  app ${p.app.rps.toFixed(0).padStart(6)} req/s  p50 ${ms(p.app.p50).padStart(6)}  p95 ${ms(p.app.p95).padStart(6)}  p99 ${ms(p.app.p99).padStart(6)} ms  errors ${p.app.errors}  sql ${p.sqlStatements ?? '-'}  | baseline ${p.baseline.rps.toFixed(0).padStart(6)} req/s  ratio ${p.ratio.toFixed(2)}${before}`;
}

function markdownTable(scale: Scale, commit: string, points: Point[]): string {
  const rows = points.map(
    (p) =>
      `| ${p.operation} | ${p.connections} | ${p.app.rps.toFixed(0)} | ${ms(p.app.p50)} | ${ms(p.app.p95)} | ${ms(p.app.p99)} | ${p.app.errors} | ${p.sqlStatements ?? '-'} | ${p.baseline.rps.toFixed(0)} | ${p.ratio.toFixed(2)} |` +
      (p.before ? ` ${p.before.rps.toFixed(0)} | ${ms(p.before.p95)} | ${p.beforeRatio!.toFixed(2)} |` : ''),
  );
  const withBefore = points.some((p) => p.before);
  return [
    `Scale ${scale}, commit ${commit}, ${new Date().toISOString().slice(0, 16)} UTC`,
    '',
    '| operation | conns | req/s | p50 ms | p95 ms | p99 ms | errors | SQL/req | baseline req/s | ratio |' +
      (withBefore ? ' before req/s | before p95 ms | before ratio |' : ''),
    '|---|---|---|---|---|---|---|---|---|---|' + (withBefore ? '---|---|---|' : ''),
    ...rows,
    '',
  ].join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
