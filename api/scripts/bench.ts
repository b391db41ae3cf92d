import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client as PgClient } from 'pg';
import { loadConfig } from '../src/config';
import { createDataSource, withCredentials } from '../src/db/data-source';
import { enableAppLogin } from '../src/db/database';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { loadDemoNetworkIfEmpty } from '../src/demo/demo-network';
import { silentLog } from '../src/http/logger';
import { startServer } from '../src/server';

/**
 * Prints what a timeline page costs (median milliseconds and SQL statements) for a client with
 * 10,000 entries and one with 10, plus the client list and the service search. Runs against a
 * scratch embedded PostgreSQL, or a scratch database created in DATABASE_URL's server (which
 * it drops afterwards). It prints figures; it is not a test.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const PASSWORD = 'brug-demo-2026';

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'brug-bench-'));
  let adminUrl = process.env.DATABASE_URL;
  const embedded = adminUrl ? undefined : await startEmbeddedPostgres({ dataDir: dir, port: 0, persistent: false });
  adminUrl ??= embedded!.url;
  const scratch = `brug_bench_${randomBytes(4).toString('hex')}`;
  const admin = new PgClient({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  const url = new URL(adminUrl);
  url.pathname = `/${scratch}`;

  const owner = createDataSource(url.toString(), { poolSize: 2 });
  let app: ReturnType<typeof createDataSource> | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    await owner.initialize();
    await owner.runMigrations({ transaction: 'each' });
    await loadDemoNetworkIfEmpty(owner);
    const appPassword = randomBytes(12).toString('hex');
    await enableAppLogin(owner, appPassword);
    app = createDataSource(withCredentials(url.toString(), 'brug_app', appPassword), { poolSize: 4 });
    await app.initialize();
    server = await startServer(app, loadConfig({ port: 0, databaseUrl: url.toString(), loadDemo: false, exposeStatementCount: true, allowTestClock: false }), silentLog);

    const org = Object.fromEntries((await owner.query(`SELECT name, id FROM organisations`)).map((r: { name: string; id: string }) => [r.name, r.id]));
    const long = await seedClient(owner, 'bench-10000', org, 10_000);
    const short = await seedClient(owner, 'bench-10', org, 10);

    const gql = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
      const started = process.hrtime.bigint();
      const response = await fetch(`${server!.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: unknown[]; extensions?: { sqlStatements?: number } };
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return { ms, statements: body.extensions?.sqlStatements ?? NaN, data: body.data };
    };
    const login = async (email: string) => {
      const r = await fetch(`${server!.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, variables: { e: email, p: PASSWORD } }),
      });
      return ((await r.json()) as { data: { login: { token: string } } }).data.login.token;
    };
    const sam = await login('sam@boysproject.test');
    const lotte = await login('lotte@nextstep.test');

    const TIMELINE = `query($clientId: ID!, $first: Int, $after: String, $kinds: [String!]) { clientTimeline(clientId: $clientId, first: $first, after: $after, kinds: $kinds) {
      edges { cursor node { id kind occurredAt organisationName fromOtherOrganisation text summary } } pageInfo { hasNextPage endCursor } } }`;
    const measure = async (label: string, run: () => Promise<{ ms: number; statements: number }>) => {
      await run(); // warm up
      const samples: { ms: number; statements: number }[] = [];
      for (let i = 0; i < RUNS; i++) samples.push(await run());
      const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
      const statements = [...new Set(samples.map((s) => s.statements))].join('/');
      console.log(`${label.padEnd(64)} median ${ms[Math.floor(ms.length / 2)].toFixed(1).padStart(6)} ms   p90 ${ms[Math.floor(ms.length * 0.9)].toFixed(1).padStart(6)} ms   ${statements} statements`);
    };

    console.log(`Brug benchmark: ${RUNS} runs each, after one warm-up; PostgreSQL ${embedded ? 'embedded' : 'from DATABASE_URL'}`);
    for (const [viewerName, token] of [['owner (Boysproject)', sam], ['consented (NextStep: PROFILE, LIFE_DOMAINS)', lotte]] as const) {
      for (const [clientName, clientId] of [['10,000 entries', long], ['10 entries', short]] as const) {
        for (const first of [1, 50]) {
          await measure(`timeline ${clientName}, first page of ${first}, ${viewerName}`, () => gql(token, TIMELINE, { clientId, first }));
        }
      }
    }
    // Deep in the history: the page after the 5,000th entry.
    let after: string | null = null;
    for (let i = 0; i < 50; i++) after = (await gql(sam, TIMELINE, { clientId: long, first: 100, after })).data.clientTimeline.pageInfo.endCursor;
    await measure('timeline 10,000 entries, page of 50 after entry 5,000, owner', () => gql(sam, TIMELINE, { clientId: long, first: 50, after }));
    await measure('timeline 10,000 entries, kind NOTE_ADDED, page of 50, consented', () => gql(lotte, TIMELINE, { clientId: long, first: 50, kinds: ['NOTE_ADDED'] }));
    await measure('clients, page of 50, owner', () => gql(sam, `{ clients(first: 50) { totalCount nodes { id pseudonym } } }`));
    await measure('services search "soa", page of 20', () => gql(sam, `{ services(filter: { text: "soa" }) { totalCount nodes { id name organisation { name } } } }`));
    await measure('myActionsDueThisWeek, owner', () => gql(sam, `{ myActionsDueThisWeek { id client { pseudonym } goal { text } } }`));
    await measure('clientsWithChangesSinceMyLastVisit, owner', () => gql(sam, `{ clientsWithChangesSinceMyLastVisit { changeCount client { pseudonym } } }`));

    // The plan PostgreSQL picks for the timeline query, as the API's role for NextStep.
    const plan = await app.transaction(async (em) => {
      await em.query(`SELECT set_config('brug.organisation_id', $1, true), set_config('brug.now', now()::text, true)`, [org.NextStep]);
      return em.query(
        `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT e.* FROM client_events e
          WHERE e.client_id = $1 AND (e.owner_organisation_id = $2 OR e.organisation_id = $2 OR (e.client_id = ANY($3) AND e.scope IS NULL) OR (e.client_id = ANY($3) AND e.scope = ANY($4)))
          ORDER BY e.occurred_at DESC, e.id DESC LIMIT 51`,
        [long, org.NextStep, [long, short], ['LIFE_DOMAINS', 'PROFILE']],
      );
    });
    console.log('\nTimeline query plan (10,000 entries, consented viewer):');
    for (const line of plan as { 'QUERY PLAN': string }[]) console.log(`  ${line['QUERY PLAN']}`);
  } finally {
    await server?.stop().catch(() => undefined);
    await app?.destroy().catch(() => undefined);
    await owner.destroy().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    await embedded?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A Boysproject client shared with NextStep, with `entries` timeline entries of three organisations. */
async function seedClient(owner: ReturnType<typeof createDataSource>, pseudonym: string, org: Record<string, string>, entries: number): Promise<string> {
  const [{ id }] = await owner.query(`INSERT INTO clients (pseudonym, owner_organisation_id) VALUES ($1, $2) RETURNING id`, [pseudonym, org.Boysproject]);
  await owner.query(
    `INSERT INTO consents (client_id, owner_organisation_id, grantee_organisation_id, scopes, purpose, method, valid_from, valid_until, recorded_by_name, recorded_at)
     VALUES ($1, $2, $3, '{PROFILE,LIFE_DOMAINS}', 'benchmark', 'VERBAL', now() - interval '1 day', now() + interval '300 days', 'bench', now())`,
    [id, org.Boysproject, org.NextStep],
  );
  await owner.query(
    `INSERT INTO client_events (client_id, owner_organisation_id, organisation_id, organisation_name, actor_name, kind, scope, occurred_at, summary)
     SELECT $1, $2, (ARRAY[$2, $3, $4]::uuid[])[1 + i % 3], (ARRAY['Boysproject', 'NextStep', 'Moviera'])[1 + i % 3], 'bench',
            (ARRAY['NOTE_ADDED', 'GOAL_ADDED', 'REFERRAL_SENT', 'SECTION_UPDATED', 'ACTION_ADDED'])[1 + i % 5],
            (ARRAY['NOTES', 'LIFE_DOMAINS', NULL, 'HEALTH', 'LIFE_DOMAINS'])[1 + i % 5],
            now() - interval '1 hour' * i, jsonb_build_object('text', 'entry ' || i)
       FROM generate_series(1, $5::int) AS i`,
    [id, org.Boysproject, org.NextStep, org.Moviera, entries],
  );
  await owner.query('ANALYZE client_events');
  return id;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
