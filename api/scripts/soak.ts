import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../src/config';
import { createDataSource, withCredentials } from '../src/db/data-source';
import { enableAppLogin } from '../src/db/database';
import { ScratchPostgres } from '../src/db/scratch-postgres';
import { loadDemoNetworkIfEmpty } from '../src/demo/demo-network';
import type { Log } from '../src/common/logger';
import { hashPassword } from '../src/modules/identity/password';
import { TRANSITIONS } from '../src/modules/referrals/referral-rules';
import { startServer } from '../src/server';

/**
 * Soak: 50 simulated workers of several demo organisations, each with its own session, drive
 * mixed reads and writes against a real API and a PostgreSQL of the script's own (in a temp
 * dir, localhost only) for SOAK_SECONDS (60); the database is restarted once half-way. Then
 * every write the API acknowledged is looked up in the database, and every referral's history
 * is checked. Prints the figures; exits 1 on any lost acknowledged write or inconsistency.
 * Not part of `npm test`: `npm run soak` (SOAK_SECONDS=30 npm run soak for a shorter one).
 */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const WORKERS = Number(process.env.SOAK_WORKERS ?? 50);
const PASSWORD = 'brug-demo-2026';
const ORGS = ['Boysproject', 'Alias', 'NextStep', 'Moviera', 'RUPS Den Bosch', 'Lumens'];
/** The API's own error log lines (unexpected errors), grouped: what the INTERNAL_SERVER_ERRORs were. */
const serverErrors = new Map<string, number>();
const errorLog: Log = (entry) => {
  if (entry.level !== 'error' || entry.msg === 'graphql request') return;
  // The API logs `error` (and a `code`, where it names one) as a string.
  const { msg, error, code } = entry as { msg: string; error?: string; code?: string };
  const key = `${msg}${code ? ` [${code}]` : ''}${error ? `: ${error.split('\n')[0].slice(0, 160)}` : ''}`;
  serverErrors.set(key, (serverErrors.get(key) ?? 0) + 1);
};

const counts = { requests: 0, ok: 0, serviceUnavailable: 0, conflicts: 0, otherErrors: 0 };
const otherErrorSamples = new Map<string, number>();

/** What the API acknowledged (answered without errors): checked against the database at the end. */
const ledger = {
  clients: [] as { id: string; pseudonym: string }[],
  notes: [] as { id: string; text: string }[],
  messages: [] as { id: string; body: string }[],
  referrals: [] as { id: string }[],
  answers: [] as { id: string; toStatus: string }[],
  /** Per client, the NOTES section texts in the order written; the last acknowledged one (or a later attempt) must be stored. */
  sections: new Map<string, { acknowledged: string | null; attemptedAfter: string[] }>(),
};

interface Worker {
  email: string;
  organisation: string;
  partner: string;
  token: string;
  clients: string[];
  partnerServices: string[];
}

let apiUrl = '';

async function gql(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: any; ok: boolean }> {
  counts.requests++;
  let body: { data?: any; errors?: { extensions?: { code?: string }; message: string }[] };
  try {
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(20_000),
    });
    body = (await response.json()) as typeof body;
  } catch (error) {
    counts.otherErrors++;
    const key = `transport: ${(error as Error).message.slice(0, 80)}`;
    otherErrorSamples.set(key, (otherErrorSamples.get(key) ?? 0) + 1);
    return { ok: false };
  }
  if (!body.errors?.length) {
    counts.ok++;
    return { data: body.data, ok: true };
  }
  const code = body.errors[0].extensions?.code;
  if (code === 'SERVICE_UNAVAILABLE') counts.serviceUnavailable++;
  else if (code === 'CONFLICT') counts.conflicts++;
  else {
    counts.otherErrors++;
    const key = `${code}: ${body.errors[0].message.slice(0, 100)}`;
    otherErrorSamples.set(key, (otherErrorSamples.get(key) ?? 0) + 1);
  }
  return { data: body.data, ok: false };
}

const pick = <T>(items: readonly T[]): T | undefined => (items.length ? items[Math.floor(Math.random() * items.length)] : undefined);
const unique = (what: string) => `soak ${what} ${randomBytes(5).toString('hex')}`;

async function newClient(worker: Worker): Promise<void> {
  const pseudonym = unique('client');
  const notes = unique('section');
  const { data, ok } = await gql(worker.token, `mutation($input: CreateClientInput!) { createClient(input: $input) { id } }`, {
    input: { pseudonym, profile: { ageRange: 'AGE_25_34', languages: ['nl'] }, notes: { text: notes } },
  });
  if (!ok) return;
  const id = data.createClient.id as string;
  ledger.clients.push({ id, pseudonym });
  ledger.sections.set(id, { acknowledged: notes, attemptedAfter: [] });
  const consent = await gql(worker.token, `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
    input: { clientId: id, granteeOrganisationId: orgIds.get(worker.partner), scopes: ['PROFILE', 'LIFE_DOMAINS', 'NOTES'], purpose: 'Soak', method: 'VERBAL' },
  });
  if (consent.ok) worker.clients.push(id);
}

const orgIds = new Map<string, string>();

/** One step of a worker: a mix of what workers do all day. */
async function step(worker: Worker): Promise<void> {
  const roll = Math.random();
  const own = pick(worker.clients);
  if (roll < 0.1) {
    await gql(worker.token, `query($t: String) { services(first: 10, filter: { text: $t }) { totalCount nodes { id name organisation { name } } } }`, {
      t: pick(['huis', 'soa', 'uitstap', 'juridisch', null]),
    });
  } else if (roll < 0.2) {
    await gql(worker.token, `query { clients(first: 20) { totalCount nodes { id pseudonym viewerIsOwner } } }`);
  } else if (roll < 0.3) {
    const { data, ok } = await gql(worker.token, `query { clients(first: 50, relation: SHARED) { nodes { id } } }`);
    const id = ok ? (pick((data.clients.nodes as { id: string }[]).map((n) => n.id)) ?? own) : own;
    if (id)
      await gql(worker.token, `query($id: ID!) { client(id: $id) { pseudonym sharedScopes profile { ageRange } notes { text } sections { scope filled } } }`, {
        id,
      });
  } else if (roll < 0.4 && own) {
    const text = unique('section');
    const entry = ledger.sections.get(own)!;
    entry.attemptedAfter.push(text);
    const { ok } = await gql(worker.token, `mutation($id: ID!, $t: String!) { updateClient(id: $id, input: { notes: { text: $t } }) { id } }`, {
      id: own,
      t: text,
    });
    if (ok) ledger.sections.set(own, { acknowledged: text, attemptedAfter: [] });
  } else if (roll < 0.5) {
    // A note on an own client, or on one a partner shared (NOTES is in every soak consent).
    const { data } = await gql(worker.token, `query { clients(first: 50) { nodes { id } } }`);
    const id = pick(((data?.clients?.nodes ?? []) as { id: string }[]).map((n) => n.id)) ?? own;
    if (!id) return;
    const text = unique('note');
    const { data: added, ok } = await gql(
      worker.token,
      `mutation($id: ID!, $t: String!) { addNote(input: { clientId: $id, contactType: PHONE, text: $t }) { id } }`,
      { id, t: text },
    );
    if (ok) ledger.notes.push({ id: added.addNote.id, text });
  } else if (roll < 0.6 && own) {
    const serviceId = pick(worker.partnerServices);
    if (!serviceId) return;
    const { data, ok } = await gql(worker.token, `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id status } }`, {
      input: { clientId: own, serviceId, reason: unique('reason'), clientWishes: 'Rustig', urgency: pick(['ROUTINE', 'SOON', 'URGENT']), send: true },
    });
    if (ok) ledger.referrals.push({ id: data.createReferral.id });
  } else if (roll < 0.78) {
    const { data, ok } = await gql(worker.token, `query { referralInbox(first: 20, status: SENT) { nodes { id status } } }`);
    const id = ok ? pick((data.referralInbox.nodes as { id: string }[]).map((n) => n.id)) : undefined;
    if (!id) return;
    const accept = Math.random() < 0.6;
    const mutation = accept
      ? `mutation($id: ID!) { acceptReferral(id: $id) { id status } }`
      : `mutation($id: ID!) { declineReferral(id: $id, input: { reason: NO_CAPACITY, note: "Vol" }) { id status } }`;
    const answer = await gql(worker.token, mutation, { id });
    if (answer.ok) ledger.answers.push({ id, toStatus: accept ? 'ACCEPTED' : 'DECLINED' });
  } else if (roll < 0.88) {
    const list = Math.random() < 0.5 ? 'referralInbox' : 'referralsSent';
    const { data, ok } = await gql(worker.token, `query { ${list}(first: 20) { nodes { id status } } }`);
    const id = ok ? pick((data[list].nodes as { id: string; status: string }[]).filter((n) => n.status !== 'DRAFT').map((n) => n.id)) : undefined;
    if (!id) return;
    const body = unique('message');
    const { data: posted, ok: sent } = await gql(worker.token, `mutation($id: ID!, $b: String!) { postReferralMessage(referralId: $id, body: $b) { id } }`, {
      id,
      b: body,
    });
    if (sent) ledger.messages.push({ id: posted.postReferralMessage.id, body });
  } else if (own) {
    const page = await gql(
      worker.token,
      `query($id: ID!) { clientTimeline(clientId: $id, first: 20) { pageInfo { endCursor hasNextPage } nodes { id kind } } }`,
      { id: own },
    );
    if (page.ok && page.data.clientTimeline.pageInfo.hasNextPage) {
      await gql(worker.token, `query($id: ID!, $a: String) { clientTimeline(clientId: $id, first: 20, after: $a) { nodes { id } } }`, {
        id: own,
        a: page.data.clientTimeline.pageInfo.endCursor,
      });
    }
  }
}

async function createWorkers(owner: DataSource): Promise<Worker[]> {
  for (const r of await owner.query(`SELECT id, name FROM organisations`)) orgIds.set(r.name, r.id);
  const hash = await hashPassword(PASSWORD);
  const workers: Worker[] = [];
  for (let i = 0; i < WORKERS; i++) {
    const organisation = ORGS[i % ORGS.length];
    const partner =
      ORGS[(i + 1 + Math.floor(i / ORGS.length)) % ORGS.length] === organisation
        ? ORGS[(i + 2) % ORGS.length]
        : ORGS[(i + 1 + Math.floor(i / ORGS.length)) % ORGS.length];
    const email = `soak-${i}@${organisation.toLowerCase().replace(/[^a-z]/g, '')}.test`;
    const [user] = await owner.query(`INSERT INTO users (email, display_name, password_hash, locale) VALUES ($1, $2, $3, 'nl') RETURNING id`, [
      email,
      `Soak worker ${i} (demo)`,
      hash,
    ]);
    await owner.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'WORKER')`, [user.id, orgIds.get(organisation)]);
    const services = await owner.query(`SELECT id FROM services WHERE organisation_id = $1 AND status = 'ACTIVE' AND capacity_status <> 'NOT_ACCEPTING'`, [
      orgIds.get(partner),
    ]);
    workers.push({ email, organisation, partner, token: '', clients: [], partnerServices: services.map((s: { id: string }) => s.id) });
  }
  return workers;
}

async function verify(owner: DataSource): Promise<{ verified: number; lost: string[]; inconsistencies: string[] }> {
  const lost: string[] = [];
  let verified = 0;
  const check = async (what: string, ids: string[], sql: string) => {
    const found = new Set((await owner.query(sql, [ids])).map((r: { id: string }) => r.id));
    for (const id of ids) {
      if (found.has(id)) verified++;
      else lost.push(`${what} ${id}`);
    }
  };
  await check(
    'client',
    ledger.clients.map((c) => c.id),
    `SELECT id FROM clients WHERE id = ANY($1)`,
  );
  await check(
    'note',
    ledger.notes.map((n) => n.id),
    `SELECT id FROM contact_notes WHERE id = ANY($1)`,
  );
  await check(
    'message',
    ledger.messages.map((m) => m.id),
    `SELECT id FROM referral_messages WHERE id = ANY($1)`,
  );
  await check(
    'referral',
    ledger.referrals.map((r) => r.id),
    `SELECT id FROM referrals WHERE id = ANY($1)`,
  );
  const texts = new Map<string, string>([
    ...(await owner.query(`SELECT id, text FROM contact_notes WHERE id = ANY($1)`, [ledger.notes.map((n) => n.id)])).map(
      (r: any) => [`note ${r.id}`, r.text] as [string, string],
    ),
    ...(await owner.query(`SELECT id, body AS text FROM referral_messages WHERE id = ANY($1)`, [ledger.messages.map((m) => m.id)])).map(
      (r: any) => [`message ${r.id}`, r.text] as [string, string],
    ),
  ]);
  for (const n of ledger.notes) if (texts.has(`note ${n.id}`) && texts.get(`note ${n.id}`) !== n.text) lost.push(`note ${n.id} text`);
  for (const m of ledger.messages) if (texts.has(`message ${m.id}`) && texts.get(`message ${m.id}`) !== m.body) lost.push(`message ${m.id} body`);
  for (const a of ledger.answers) {
    const [row] = await owner.query(`SELECT count(*)::int AS n FROM referral_events WHERE referral_id = $1 AND to_status = $2`, [a.id, a.toStatus]);
    if (row.n === 1) verified++;
    else lost.push(`${a.toStatus} of referral ${a.id} (${row.n} events)`);
  }
  const sections = await owner.query(`SELECT client_id AS id, data->>'text' AS text FROM client_sections WHERE scope = 'NOTES' AND client_id = ANY($1)`, [
    [...ledger.sections.keys()],
  ]);
  const stored = new Map<string, string>(sections.map((r: { id: string; text: string }) => [r.id, r.text]));
  for (const [clientId, entry] of ledger.sections) {
    const now = stored.get(clientId);
    if (now === entry.acknowledged || (now !== undefined && entry.attemptedAfter.includes(now))) verified++;
    else lost.push(`NOTES section of client ${clientId}`);
  }

  // Referral histories: status = last event's toStatus; each event a permitted transition from the one before; one answer.
  const allowed = new Set<string>(['null>DRAFT', 'SENT>EXPIRED']);
  for (const t of Object.values(TRANSITIONS)) if (t.to) for (const from of t.from) allowed.add(`${from}>${t.to}`);
  const inconsistencies: string[] = [];
  const referrals = await owner.query(
    `SELECT r.id, r.status, json_agg(json_build_object('from', e.from_status, 'to', e.to_status) ORDER BY e.id) AS events
       FROM referrals r LEFT JOIN referral_events e ON e.referral_id = r.id GROUP BY r.id, r.status`,
  );
  for (const r of referrals as { id: string; status: string; events: { from: string | null; to: string | null }[] }[]) {
    const events = r.events.filter((e) => e.to);
    if (!events.length) {
      inconsistencies.push(`referral ${r.id}: no events`);
      continue;
    }
    if (events[events.length - 1].to !== r.status) inconsistencies.push(`referral ${r.id}: status ${r.status}, last event ${events[events.length - 1].to}`);
    let previous: string | null = null;
    for (const e of events) {
      if (e.from !== previous || !allowed.has(`${e.from}>${e.to}`)) inconsistencies.push(`referral ${r.id}: event ${e.from} -> ${e.to} after ${previous}`);
      previous = e.to;
    }
    const answers = events.filter((e) => e.to === 'ACCEPTED' || e.to === 'DECLINED').length;
    const answered = ['ACCEPTED', 'DECLINED', 'COMPLETED'].includes(r.status);
    if (answers > 1 || (answered && answers !== 1)) inconsistencies.push(`referral ${r.id}: ${answers} answers for status ${r.status}`);
  }
  return { verified, lost, inconsistencies };
}

async function main() {
  const pg = new ScratchPostgres('soak', ['max_connections=200']);
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let owner: DataSource | undefined;
  let app: DataSource | undefined;
  try {
    await pg.start();
    owner = createDataSource(pg.url, { poolSize: 3 });
    await owner.initialize();
    await owner.runMigrations({ transaction: 'each' });
    await loadDemoNetworkIfEmpty(owner);
    const appPassword = randomBytes(12).toString('hex');
    await enableAppLogin(owner, appPassword);
    app = createDataSource(withCredentials(pg.url, 'brug_app', appPassword), { poolSize: 20 });
    await app.initialize();
    const defaults = loadConfig();
    server = await startServer(
      app,
      loadConfig({
        port: 0,
        databaseUrl: pg.url,
        loadDemo: false,
        allowTestClock: false,
        loginThrottle: { ...defaults.loginThrottle, addressMaxFailures: 100_000 },
      }),
      errorLog,
    );
    apiUrl = server.url;
    console.log(`Soak: ${WORKERS} workers for ${SECONDS} s against ${apiUrl} (PostgreSQL on localhost:${pg.listeningPort}, restarted once half-way)`);

    const workers = await createWorkers(owner);
    for (const w of workers) {
      const { data, ok } = await gql(null, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: w.email, p: PASSWORD });
      if (!ok) throw new Error(`could not sign in ${w.email}`);
      w.token = data.login.token;
    }
    await Promise.all(
      workers.map(async (w) => {
        for (let i = 0; i < 2; i++) await newClient(w);
      }),
    );

    const started = Date.now();
    const deadline = started + SECONDS * 1000;
    let restart: { stoppedAt: number; startedAt: number } | undefined;
    const restarting = (async () => {
      await new Promise((r) => setTimeout(r, (SECONDS * 1000) / 2));
      const stoppedAt = Date.now() - started;
      await pg.stop();
      await new Promise((r) => setTimeout(r, 2000));
      await pg.start();
      restart = { stoppedAt, startedAt: Date.now() - started };
    })();
    await Promise.all(
      workers.map(async (w) => {
        while (Date.now() < deadline) {
          if (Math.random() < 0.03) await newClient(w);
          else await step(w);
        }
      }),
    );
    await restarting;
    // The database may still be coming back for the owner's pool: retry the first query.
    for (let attempt = 0; ; attempt++) {
      try {
        await owner.query('SELECT 1');
        break;
      } catch (error) {
        if (attempt > 30) throw error;
        await new Promise((r) => setTimeout(r, 500));
      }
    }

    const result = await verify(owner);
    const writes =
      ledger.clients.length + ledger.notes.length + ledger.messages.length + ledger.referrals.length + ledger.answers.length + ledger.sections.size;
    console.log('');
    console.log(
      `database restart         stopped at ${((restart?.stoppedAt ?? 0) / 1000).toFixed(1)} s, back at ${((restart?.startedAt ?? 0) / 1000).toFixed(1)} s`,
    );
    console.log(`requests                 ${counts.requests}`);
    console.log(`ok                       ${counts.ok}`);
    console.log(`SERVICE_UNAVAILABLE      ${counts.serviceUnavailable}`);
    console.log(`conflicts                ${counts.conflicts}`);
    console.log(`other errors             ${counts.otherErrors}`);
    for (const [key, n] of [...otherErrorSamples].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${n} x ${key}`);
    for (const [key, n] of [...serverErrors].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  server log: ${n} x ${key}`);
    console.log(
      `acknowledged writes      ${writes} (clients ${ledger.clients.length}, section updates ${ledger.sections.size} clients, notes ${ledger.notes.length}, referrals ${ledger.referrals.length}, answers ${ledger.answers.length}, messages ${ledger.messages.length})`,
    );
    console.log(`acknowledged verified    ${result.verified}`);
    console.log(`lost acknowledged writes ${result.lost.length}`);
    for (const l of result.lost.slice(0, 10)) console.log(`  lost: ${l}`);
    console.log(`referral inconsistencies ${result.inconsistencies.length}`);
    for (const i of result.inconsistencies.slice(0, 10)) console.log(`  ${i}`);
    process.exitCode = result.lost.length || result.inconsistencies.length ? 1 : 0;
  } finally {
    await server?.stop().catch(() => undefined);
    await app?.destroy().catch(() => undefined);
    await owner?.destroy().catch(() => undefined);
    await pg.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
