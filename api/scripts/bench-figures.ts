import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Client as PgClient } from 'pg';
import { createDataSource } from '../src/db/data-source';
import { enableAppLogin, ensureAuditPartitions } from '../src/db/database';
import { LifeDomain } from '../src/modules/clients/section-types';
import { DEMO_TOTP_SECRET } from '../src/modules/identity/demo-two-factor';
import { totpCode } from '../src/modules/identity/two-factor';
import { databaseExists, openBenchCluster, scaleFrom } from './bench/cluster';
import { webOperations } from './bench/web-operations';

/**
 * `npm run bench:figures -- --scale demo|region|national`: how long the figures take on a seeded
 * database (`npm run bench:seed` first). Each aggregate function of the figures, first (cold) and
 * again, for the network and for one organisation; then the web app's Figures query through the
 * API as a coordinator and as Sam (his organisation's figures and the network's): the first load
 * (nothing cached: the cube is built) and a later one with another filter (the cube reused).
 */
const PASSWORD = 'brug-demo-2026';
const ROOT = path.join(__dirname, '..', '..', '..');

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

async function main() {
  const scale = scaleFrom(process.argv.slice(2));
  const cluster = await openBenchCluster(() => undefined);
  if (!(await databaseExists(cluster.adminUrl, `brug_bench_${scale}`)))
    throw new Error(`No brug_bench_${scale}: run npm run bench:seed -- --scale ${scale} first`);
  const url = cluster.databaseUrl(scale);
  const migrator = createDataSource(url, { poolSize: 1 });
  await migrator.initialize();
  await migrator.runMigrations({ transaction: 'each' });
  await ensureAuditPartitions(migrator);
  process.env.BENCH_APP_PASSWORD = `figures-${Date.now()}`;
  await enableAppLogin(migrator, process.env.BENCH_APP_PASSWORD);
  await migrator.destroy();

  const owner = new PgClient({ connectionString: url });
  await owner.connect();
  const counts = (
    await owner.query(`SELECT (SELECT count(*) FROM referrals)::int AS referrals, (SELECT count(*) FROM clients)::int AS clients,
      (SELECT count(*) FROM outreach_sessions)::int AS sessions, (SELECT count(*) FROM life_domain_assessments)::int AS assessments,
      (SELECT count(*) FROM external_referrals)::int AS external, (SELECT id FROM organisations WHERE name = 'Boysproject') AS boys`)
  ).rows[0];
  console.log(
    `brug_bench_${scale}: ${counts.referrals} referrals, ${counts.clients} clients, ${counts.sessions} outreach sessions, ${counts.assessments} assessments, ${counts.external} referrals outside the network`,
  );
  const line = (text: string) => console.log(text);
  line('| what | first ms | again ms |');
  line('| --- | ---: | ---: |');
  const functions: [string, string, unknown[]][] = [
    ['brug_figures_referrals', `SELECT count(*) FROM brug_figures_referrals($1)`, []],
    ['brug_figures_answer_times', `SELECT count(*) FROM brug_figures_answer_times($1)`, []],
    ['brug_figures_clients', `SELECT count(*) FROM brug_figures_clients($1, $2)`, [Object.values(LifeDomain)]],
    ['brug_figures_outreach', `SELECT count(*) FROM brug_figures_outreach($1)`, []],
    ['brug_figures_external', `SELECT count(*) FROM brug_figures_external($1)`, []],
    ['brug_figures_progress', `SELECT count(*) FROM brug_figures_progress($1)`, []],
  ];
  for (const own of [false, true]) {
    await owner.query(`SELECT set_config('brug.organisation_id', $1, false)`, [own ? counts.boys : '']);
    for (const [name, sql, params] of functions) {
      const times: number[] = [];
      for (let i = 0; i < 2; i++) {
        const t0 = process.hrtime.bigint();
        await owner.query(sql, [own, ...params]);
        times.push(ms(t0));
      }
      line(`| ${name}(${own ? 'own: Boysproject' : 'network'}) | ${times[0].toFixed(0)} | ${times[1].toFixed(0)} |`);
    }
  }
  await owner.end();

  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, 'bench', 'server.js'), 'app', url], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_ENV: 'benchmark' },
  });
  try {
    const at: string = await new Promise((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`app server exited with ${code}`)));
      createInterface({ input: child.stdout! }).once('line', (line) => resolve(JSON.parse(line).url));
    });
    const call = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const response = await fetch(`${at}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    // The coordinator signs in with the demo's public two-factor secret.
    const login = async (email: string, code?: string) =>
      (
        await call(`mutation($e: String!, $p: String!, $c: String) { login(email: $e, password: $p, code: $c) { token } }`, {
          e: email,
          p: PASSWORD,
          c: code ?? null,
        })
      ).login.token as string;
    const figures = webOperations(ROOT)('Figures');
    const page = async (label: string, token: string, scope: string) => {
      const t0 = process.hrtime.bigint();
      try {
        const first = await call(figures, { scope }, token);
        const cold = ms(t0);
        const t1 = process.hrtime.bigint();
        await call(figures, { scope, region: first.figures.regions[0] ?? null, category: 'HOUSING_SHELTER' }, token);
        line(`| Figures page, ${label} (API, end to end) | ${cold.toFixed(0)} | ${ms(t1).toFixed(0)} (another filter) |`);
      } catch (error) {
        // fetch gives up after 300 s without an answer.
        line(`| Figures page, ${label} (API, end to end) | no answer after ${(ms(t0) / 1000).toFixed(0)} s (${String(error).slice(0, 60)}) | |`);
      }
    };
    await page('coordinator, network', await login('coordinator@brug.test', totpCode(DEMO_TOTP_SECRET)), 'NETWORK');
    const sam = await login('sam@boysproject.test');
    await page('Sam, Boysproject', sam, 'ORGANISATION');
    await page('Sam, network', sam, 'NETWORK');
  } finally {
    // SIGKILL: a figures build still under way would keep a gentle stop waiting.
    child.kill('SIGKILL');
    await cluster.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
