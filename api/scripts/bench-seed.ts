import 'reflect-metadata';
import { Client as PgClient } from 'pg';
import { createDataSource } from '../src/db/data-source';
import { loadDemoNetworkIfEmpty } from '../src/demo/demo-network';
import { hashPassword } from '../src/modules/identity/password';
import { openBenchCluster, Scale, scaleFrom } from './bench/cluster';

/**
 * `npm run bench:seed -- --scale demo|region|national`: a scratch database `brug_bench_<scale>`
 * holding the demo network plus a generated one around it, in which the demo organisations hold
 * the same share as any other (so Sam's client list and Lotte's inbox grow with the network).
 *
 * Rows are generated inside PostgreSQL (`INSERT ... SELECT` over `generate_series`, in chunks,
 * with progress): nothing crosses the wire, which on 2 cores is faster than COPY from a client
 * that would have to build every row. Foreign keys and triggers are off during the load
 * (`session_replication_role = replica`); the data is consistent by construction.
 */
export interface Size {
  organisations: number;
  servicesPerOrganisation: number;
  usersPerOrganisation: number;
  clients: number;
  /** Per client: 3 consents to other organisations (2 live, the third live, expired or revoked). */
  referrals: number;
  timelineEntries: number;
  notes: number;
  goals: number;
  auditEntries: number;
  /** Outreach sessions (each with materials, topics and some referrals on the spot). */
  outreachSessions: number;
  /** Life-domain assessments (two or more per client for the first clients). */
  assessments: number;
  /** Referrals to services outside the network. */
  externalReferrals: number;
}

const NATIONAL: Size = {
  organisations: 500,
  servicesPerOrganisation: 4,
  usersPerOrganisation: 10,
  clients: 200_000,
  referrals: 1_000_000,
  timelineEntries: 2_000_000,
  notes: 500_000,
  goals: 250_000,
  auditEntries: 10_000_000,
  outreachSessions: 100_000,
  assessments: 400_000,
  externalReferrals: 50_000,
};

export function sizeOf(scale: Scale): Size {
  const divide = { demo: 100, region: 10, national: 1 }[scale];
  const scaled = Object.fromEntries(
    Object.entries(NATIONAL).map(([k, v]) => [k, k.endsWith('PerOrganisation') ? v : Math.round(v / divide)]),
  ) as unknown as Size;
  return scaled;
}

const CITIES: [string, string, string][] = [
  ['Antwerpen', 'BE', 'BE-VAN'],
  ['Gent', 'BE', 'BE-VOV'],
  ['Liège', 'BE', 'BE-WLG'],
  ['Bruxelles', 'BE', 'BE-BRU'],
  ['Namur', 'BE', 'BE-WNA'],
  ['Charleroi', 'BE', 'BE-WHT'],
  ['Brugge', 'BE', 'BE-VWV'],
  ['Leuven', 'BE', 'BE-VBR'],
  ['Hasselt', 'BE', 'BE-VLI'],
  ['Utrecht', 'NL', 'NL-UT'],
  ['Rotterdam', 'NL', 'NL-ZH'],
  ['Amsterdam', 'NL', 'NL-NH'],
  ['Eindhoven', 'NL', 'NL-NB'],
  ['Groningen', 'NL', 'NL-GR'],
  ['Maastricht', 'NL', 'NL-LI'],
  ['Arnhem', 'NL', 'NL-GE'],
  ['Zwolle', 'NL', 'NL-OV'],
  ['Den Haag', 'NL', 'NL-ZH'],
];
const ORG_KINDS = ['CAW', 'Centre de santé', 'Soa-centrum', 'Wijkteam', 'Service social', 'GGZ', 'Maison d’accueil', 'Rechtshulp', 'Straathoekwerk', 'Opvang'];
const SERVICES: [string, string][] = [
  ['Soa-test en PrEP', 'STI_HIV_TESTING'],
  ['Inloopspreekuur', 'SOCIAL_SERVICES'],
  ['Schuldhulpverlening', 'INCOME_DEBTS'],
  ['Beschermd wonen', 'HOUSING_SHELTER'],
  ['Juridisch spreekuur', 'LEGAL_AID'],
  ['Aide sociale', 'SOCIAL_SERVICES'],
  ['Santé sexuelle et dépistage', 'STI_HIV_TESTING'],
  ['Hébergement d’urgence', 'HOUSING_SHELTER'],
  ['Accompagnement psycho-social', 'MENTAL_HEALTH'],
  ['Harm reduction en spuitenruil', 'HARM_REDUCTION'],
  ['Uitstapbegeleiding', 'EXIT_PROGRAMME'],
  ['Traumabehandeling', 'MENTAL_HEALTH'],
  ['Permanence juridique', 'LEGAL_AID'],
  ['Médiation de dettes', 'INCOME_DEBTS'],
  ['Opvang mensenhandel', 'TRAFFICKING_CARE'],
  ['Taalcoaching en werk', 'WORK_EDUCATION'],
  ['Peer support', 'PEER_SUPPORT'],
  ['Interprétariat social', 'INTERPRETING'],
  ['Verslavingszorg', 'ADDICTION_CARE'],
  ['Identiteitspapieren', 'IDENTITY_PAPERS'],
];
const NAMES = [
  'Zoë',
  'Noé',
  'Mila',
  'Ahmed',
  'Jérôme',
  'Sven',
  'Kiki',
  'Lev',
  'Aïsha',
  'Bram',
  'Chloé',
  'Dries',
  'Élodie',
  'Finn',
  'Gaëlle',
  'Hamza',
  'Iñes',
  'Jonas',
  'Léa',
  'Mehmet',
  'Oğuz',
  'Paulína',
  'Rémi',
  'Tomás',
];

const actor = (org: string, pick: string) => `coalesce(${org}.user_names[1 + (${pick}) % greatest(1, cardinality(${org}.users))], 'Medewerker')`;
const sqlArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]`;

async function main() {
  const scale = scaleFrom(process.argv.slice(2));
  const size = sizeOf(scale);
  const started = Date.now();
  const say = (m: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}`);
  const cluster = await openBenchCluster(say);
  const name = `brug_bench_${scale}`;
  try {
    const admin = new PgClient({ connectionString: cluster.adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = cluster.databaseUrl(scale);

    say(`${name}: migrations and the demo network`);
    const owner = createDataSource(url, { poolSize: 1 });
    await owner.initialize();
    await owner.runMigrations({ transaction: 'each' });
    await loadDemoNetworkIfEmpty(owner);
    await owner.destroy();

    const db = new PgClient({ connectionString: url });
    db.on('error', () => undefined);
    await db.connect();

    await seedNetwork(db, size, say);
    say('VACUUM ANALYZE');
    await db.query(`SET session_replication_role = origin`);
    await db.query(`VACUUM ANALYZE`);
    await db.end();
    say(`done: ${name} is ready for \`npm run bench -- --scale ${scale}\``);
  } finally {
    await cluster.stop();
  }
}

/**
 * Generates the network around the demo on `db` (the owner, a superuser: foreign keys and
 * triggers are off for the session while it loads). Also used by the statement-count test.
 */
export async function seedNetwork(db: PgClient, size: Size, say: (m: string) => void = () => undefined, progress = true): Promise<void> {
  await db.query(`SET session_replication_role = replica; SET synchronous_commit = off; SET work_mem = '64MB'`);
  const q = (sql: string, params: unknown[] = []) => db.query(sql, params);
  /** Runs `chunkSql(from, to)` over [0, total) in chunks, printing progress. */
  const fill = async (label: string, total: number, chunk: number, chunkSql: string) => {
    const t0 = Date.now();
    for (let from = 0; from < total; from += chunk) {
      await q(chunkSql, [from, Math.min(total, from + chunk)]);
      const done = Math.min(total, from + chunk);
      if (progress && total > chunk) process.stdout.write(`\r         ${label}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`);
    }
    if (progress && total > chunk) process.stdout.write('\n');
    say(`${label}: ${total.toLocaleString('en')} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  };

  // The network around the demo: organisations, one location each, services, workers.
  const existing = Number((await q(`SELECT count(*) FROM organisations`)).rows[0].count);
  const newOrganisations = Math.max(0, size.organisations - existing);
  const passwordHash = await hashPassword('brug-demo-2026');
  await q(`CREATE TEMP TABLE b_new_org AS
    SELECT i, gen_random_uuid() AS id,
           (${sqlArray(ORG_KINDS)})[1 + i % ${ORG_KINDS.length}] || ' ' || (${sqlArray(CITIES.map((c) => c[0]))})[1 + (i / ${ORG_KINDS.length}) % ${CITIES.length}] || ' ' || (i + 1) AS name,
           (${sqlArray(CITIES.map((c) => c[0]))})[1 + (i / ${ORG_KINDS.length}) % ${CITIES.length}] AS city,
           (${sqlArray(CITIES.map((c) => c[1]))})[1 + (i / ${ORG_KINDS.length}) % ${CITIES.length}] AS country,
           (${sqlArray(CITIES.map((c) => c[2]))})[1 + (i / ${ORG_KINDS.length}) % ${CITIES.length}] AS region
      FROM generate_series(0, ${newOrganisations - 1}) i`);
  await q(
    `INSERT INTO organisations (id, name, description, country, city) SELECT id, name, 'Fictieve organisatie (benchmark) in ' || city, country, city FROM b_new_org`,
  );
  await q(`INSERT INTO locations (organisation_id, name, address_line, postal_code, city, region, country, latitude, longitude)
           SELECT id, name, 'Voorbeeldstraat ' || (i + 1), lpad(((i * 37) % 9000 + 1000)::text, 4, '0'), city, region, country, 50 + (i % 300) / 100.0, 4 + (i % 200) / 100.0 FROM b_new_org`);
  await q(`INSERT INTO services (organisation_id, name, description, categories, target_groups, languages, service_areas, capacity_status, waiting_days, anonymous_access)
           SELECT o.id, (${sqlArray(SERVICES.map((s) => s[0]))})[1 + (o.i * 3 + k) % ${SERVICES.length}],
                  (${sqlArray(SERVICES.map((s) => s[0]))})[1 + (o.i * 3 + k) % ${SERVICES.length}] || ' in ' || o.city || ': fictieve dienst voor de benchmark.',
                  ARRAY[(${sqlArray(SERVICES.map((s) => s[1]))})[1 + (o.i * 3 + k) % ${SERVICES.length}]],
                  CASE WHEN k % 2 = 0 THEN '{EVERYONE}' ELSE '{MALE_SEX_WORKERS,TRANS_SEX_WORKERS,FEMALE_SEX_WORKERS}' END::text[],
                  CASE o.country WHEN 'BE' THEN '{nl,fr,en}' ELSE '{nl,en}' END::text[], ARRAY[o.region],
                  (ARRAY['AVAILABLE','AVAILABLE','WAITLIST','FULL'])[1 + (o.i + k) % 4], (o.i + k) % 30, k % 3 = 0
             FROM b_new_org o CROSS JOIN generate_series(0, ${size.servicesPerOrganisation - 1}) k`);
  await q(
    `INSERT INTO service_locations (service_id, location_id) SELECT s.id, l.id FROM b_new_org o JOIN services s ON s.organisation_id = o.id JOIN locations l ON l.organisation_id = o.id`,
  );
  await q(`CREATE TEMP TABLE b_new_user AS SELECT o.id AS organisation_id, gen_random_uuid() AS id, 'bench-' || o.i || '-' || k || '@bench.test' AS email,
             (${sqlArray(NAMES)})[1 + (o.i + k) % ${NAMES.length}] || ' (bench ' || o.i || ')' AS name, k FROM b_new_org o CROSS JOIN generate_series(0, ${size.usersPerOrganisation - 1}) k`);
  await q(`INSERT INTO users (id, email, display_name, password_hash) SELECT id, email, name, $1 FROM b_new_user`, [passwordHash]);
  await q(
    `INSERT INTO memberships (user_id, organisation_id, role) SELECT id, organisation_id, CASE WHEN k = 0 THEN 'ORG_ADMIN' ELSE 'WORKER' END FROM b_new_user`,
  );
  say(
    `${newOrganisations} organisations, ${newOrganisations * size.servicesPerOrganisation} services and ${newOrganisations * size.usersPerOrganisation} workers added`,
  );

  // Every active organisation with services takes its share, the demo's included.
  await q(`CREATE TEMP TABLE b_org AS
    SELECT (row_number() OVER (ORDER BY o.created_at, o.id) - 1)::int AS idx, o.id,
           (SELECT array_agg(s.id ORDER BY s.id) FROM services s WHERE s.organisation_id = o.id AND s.status = 'ACTIVE') AS services,
           (SELECT array_agg(u.id ORDER BY u.id) FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = o.id) AS users,
           (SELECT array_agg(u.display_name ORDER BY u.id) FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = o.id) AS user_names,
           o.name
      FROM organisations o
     WHERE o.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM services s WHERE s.organisation_id = o.id AND s.status = 'ACTIVE')`);
  await q(`CREATE UNIQUE INDEX ON b_org (idx)`);
  const orgs = Number((await q(`SELECT count(*) FROM b_org`)).rows[0].count);
  const actorId = (org: string, pick: string) => `${org}.users[1 + (${pick}) % greatest(1, cardinality(${org}.users))]`;
  // Client c's k-th consent goes to this organisation (never the owner, three different ones).
  const grantee = (c: string, k: string) => `(${c}.org_idx + 1 + ${k} + 3 * ((${c}.idx / ${orgs}) % 5)) % ${orgs}`;
  // Consents 0 and 1 are live; consent 2 expired (idx % 4 = 0), revoked (1) or live.
  const live = (c: string, k: string) => `(${k} < 2 OR ${c}.idx % 4 >= 2)`;

  await q(`CREATE TEMP TABLE b_client (idx int PRIMARY KEY, id uuid NOT NULL, org_idx int NOT NULL)`);
  await q(`INSERT INTO b_client SELECT i, gen_random_uuid(), i % ${orgs} FROM generate_series(0, ${size.clients - 1}) i`);
  await fill(
    'clients',
    size.clients,
    50_000,
    `
    INSERT INTO clients (id, pseudonym, owner_organisation_id, created_at, updated_at, last_activity_at)
    SELECT c.id, (${sqlArray(NAMES)})[1 + c.idx % ${NAMES.length}] || ' ' || chr(65 + (c.idx / ${NAMES.length}) % 26) || '.' || (c.idx / ${NAMES.length * 26}),
           o.id, now() - (c.idx % 1500) * interval '1 day', now() - (c.idx % 400) * interval '1 day', now() - (c.idx % 400) * interval '1 day'
      FROM b_client c JOIN b_org o ON o.idx = c.org_idx WHERE c.idx >= $1 AND c.idx < $2`,
  );
  await fill(
    'client sections',
    size.clients * 2,
    100_000,
    `
    INSERT INTO client_sections (client_id, owner_organisation_id, scope, data, updated_at, updated_by_name, updated_by_organisation_name)
    SELECT c.id, o.id, s.scope,
           CASE s.scope WHEN 'PROFILE' THEN jsonb_build_object('ageRange', (ARRAY['AGE_18_24','AGE_25_34','AGE_35_44','AGE_45_54'])[1 + c.idx % 4], 'languages', '["nl","fr"]'::jsonb)
                        ELSE jsonb_build_object('text', 'Opvolging loopt; afspraak gemaakt.') END,
           now() - (c.idx % 300) * interval '1 day', ${actor('o', 'c.idx')}, o.name
      FROM b_client c JOIN b_org o ON o.idx = c.org_idx CROSS JOIN (VALUES ('PROFILE'), ('NOTES')) s(scope)
     WHERE c.idx >= $1 / 2 AND c.idx < $2 / 2`,
  );
  await fill(
    'consents',
    size.clients * 3,
    150_000,
    `
    INSERT INTO consents (client_id, owner_organisation_id, grantee_organisation_id, scopes, purpose, method, valid_from, valid_until, recorded_by_name, recorded_at, revoked_at, revoked_by_name, revocation_reason)
    SELECT c.id, o.id, g.id, (ARRAY['{PROFILE,LIFE_DOMAINS,NOTES}','{PROFILE,LIFE_DOMAINS}','{PROFILE}'])[1 + k]::text[], 'Opvolging en doorverwijzing',
           (ARRAY['VERBAL','WRITTEN','APP'])[1 + (c.idx + k) % 3], now() - interval '100 days',
           CASE WHEN k = 2 AND c.idx % 4 = 0 THEN now() - interval '5 days' ELSE now() + interval '265 days' END,
           ${actor('o', 'c.idx')}, now() - interval '100 days',
           CASE WHEN k = 2 AND c.idx % 4 = 1 THEN now() - interval '3 days' END,
           CASE WHEN k = 2 AND c.idx % 4 = 1 THEN ${actor('o', 'c.idx')} END,
           CASE WHEN k = 2 AND c.idx % 4 = 1 THEN 'client withdrew' END
      FROM b_client c CROSS JOIN generate_series(0, 2) k JOIN b_org o ON o.idx = c.org_idx JOIN b_org g ON g.idx = ${grantee('c', 'k')}
     WHERE c.idx >= $1 / 3 AND c.idx < $2 / 3`,
  );

  // Referrals: from the owner to the organisation of one of its consents, in every status.
  await q(`CREATE TEMP TABLE b_ref (idx int PRIMARY KEY, id uuid NOT NULL)`);
  await q(`INSERT INTO b_ref SELECT i, gen_random_uuid() FROM generate_series(0, ${size.referrals - 1}) i`);
  const status = `(CASE WHEN NOT ${live('c', `((r.idx / ${size.clients}) % 3)`)} AND h.v < 50 THEN 'CANCELLED'
                        WHEN h.v < 8 THEN 'SENT' WHEN h.v < 50 THEN 'ACCEPTED' WHEN h.v < 80 THEN 'COMPLETED' WHEN h.v < 90 THEN 'DECLINED' WHEN h.v < 96 THEN 'CANCELLED' ELSE 'EXPIRED' END)`;
  await fill(
    'referrals',
    size.referrals,
    100_000,
    `
    INSERT INTO referrals (id, client_id, owner_organisation_id, sender_organisation_id, receiving_organisation_id, service_id, status, urgency, reason, client_wishes,
                           shared_scopes, intro_client_will_call, sent_by_user_id, sent_by_name, accepted_by_name, sent_at, due_at, expires_at, decline_reason, cancel_reason,
                           outcome, status_changed_at, created_at, updated_at)
    SELECT r.id, c.id, o.id, o.id, g.id, g.services[1 + r.idx % cardinality(g.services)], x.status, (ARRAY['ROUTINE','ROUTINE','SOON','URGENT'])[1 + r.idx % 4],
           'Wil hulp bij ' || (ARRAY['wonen','schulden','gezondheid','papieren','werk'])[1 + r.idx % 5], 'Liefst een vrouwelijke hulpverlener', '{PROFILE}', true,
           ${actorId('o', 'r.idx')}, ${actor('o', 'r.idx')}, CASE WHEN x.status IN ('ACCEPTED','COMPLETED') THEN ${actor('g', 'r.idx')} END,
           x.sent_at, x.sent_at + interval '10 days', x.sent_at + interval '15 days',
           CASE WHEN x.status = 'DECLINED' THEN 'NO_CAPACITY' END, CASE WHEN x.status = 'CANCELLED' THEN 'CONSENT_WITHDRAWN' END,
           CASE WHEN x.status = 'COMPLETED' THEN 'SERVICE_STARTED' END, x.sent_at + interval '1 day', x.sent_at - interval '1 hour', x.sent_at + interval '1 day'
      FROM b_ref r JOIN b_client c ON c.idx = r.idx % ${size.clients}
      JOIN b_org o ON o.idx = c.org_idx JOIN b_org g ON g.idx = ${grantee('c', `((r.idx / ${size.clients}) % 3)`)}
      CROSS JOIN LATERAL (SELECT (r.idx * 7919 + 13) % 100 AS v) h
      CROSS JOIN LATERAL (SELECT ${status} AS status) s
      CROSS JOIN LATERAL (SELECT s.status, CASE WHEN s.status = 'SENT' THEN now() - (r.idx % 72) * interval '1 hour' ELSE now() - (20 + (r.idx * 37) % 700) * interval '1 day' END AS sent_at) x
     WHERE r.idx >= $1 AND r.idx < $2`,
  );
  await fill(
    'referral events',
    size.referrals,
    100_000,
    `
    INSERT INTO referral_events (referral_id, sender_organisation_id, receiving_organisation_id, from_status, to_status, actor_user_id, actor_name, organisation_id, organisation_name, at, reason)
    SELECT r.id, r.sender_organisation_id, r.receiving_organisation_id, e.from_status, e.to_status, r.sent_by_user_id, coalesce(r.sent_by_name, 'Medewerker'),
           CASE WHEN e.to_status IN ('SENT','CANCELLED') THEN r.sender_organisation_id ELSE r.receiving_organisation_id END, NULL, e.at, NULL
      FROM b_ref b JOIN referrals r ON r.id = b.id
      CROSS JOIN LATERAL (VALUES (NULL, 'SENT', r.sent_at), ('SENT', r.status, r.status_changed_at)) e(from_status, to_status, at)
     WHERE b.idx >= $1 AND b.idx < $2 AND (e.from_status IS NULL OR r.status <> 'SENT')`,
  );
  await fill(
    'referral messages',
    size.referrals,
    100_000,
    `
    INSERT INTO referral_messages (referral_id, client_id, sender_organisation_id, receiving_organisation_id, author_user_id, author_name, organisation_id, body, at)
    SELECT r.id, r.client_id, r.sender_organisation_id, r.receiving_organisation_id, r.sent_by_user_id, coalesce(r.sent_by_name, 'Medewerker'), r.sender_organisation_id,
           'Kunnen jullie deze week een eerste afspraak plannen?', r.sent_at + interval '2 hours'
      FROM b_ref b JOIN referrals r ON r.id = b.id WHERE b.idx >= $1 AND b.idx < $2`,
  );

  // The follow-up: timeline entries of the owner and two consented organisations, notes, plans.
  await fill(
    'timeline entries',
    size.timelineEntries,
    200_000,
    `
    INSERT INTO client_events (client_id, owner_organisation_id, organisation_id, organisation_name, actor_name, kind, scope, occurred_at, summary)
    SELECT c.id, o.id, w.id, w.name, ${actor('w', 'i')},
           (ARRAY['NOTE_ADDED','GOAL_ADDED','REFERRAL_SENT','SECTION_UPDATED','ACTION_ADDED'])[1 + i % 5],
           (ARRAY['NOTES','LIFE_DOMAINS',NULL,'PROFILE','LIFE_DOMAINS'])[1 + i % 5],
           now() - (i % 20000) * interval '53 minutes', jsonb_build_object('text', 'Gesprek gehad, volgende stap gepland (' || i || ')')
      FROM generate_series($1::int, $2::int - 1) i JOIN b_client c ON c.idx = i % ${size.clients} JOIN b_org o ON o.idx = c.org_idx
      JOIN b_org w ON w.idx = CASE (i / ${size.clients}) % 3 WHEN 0 THEN c.org_idx ELSE ${grantee('c', `((i / ${size.clients}) % 3 - 1)`)} END`,
  );
  await fill(
    'contact notes',
    size.notes,
    100_000,
    `
    INSERT INTO contact_notes (client_id, owner_organisation_id, organisation_id, organisation_name, author_name, contact_at, contact_type, text)
    SELECT c.id, o.id, w.id, w.name, ${actor('w', 'i')}, now() - (i % 5000) * interval '7 hours',
           (ARRAY['OUTREACH_CONTACT','OFFICE_VISIT','PHONE','ONLINE','ACCOMPANIMENT'])[1 + i % 5], 'Contact gehad; gaat beter met wonen.'
      FROM generate_series($1::int, $2::int - 1) i JOIN b_client c ON c.idx = i % ${size.clients} JOIN b_org o ON o.idx = c.org_idx
      JOIN b_org w ON w.idx = CASE (i / ${size.clients}) % 2 WHEN 0 THEN c.org_idx ELSE ${grantee('c', '0')} END`,
  );
  const plans = Math.min(size.clients, size.goals);
  await fill(
    'care plans',
    plans,
    100_000,
    `
    INSERT INTO care_plans (client_id, owner_organisation_id, lead_organisation_id, lead_since)
    SELECT c.id, o.id, o.id, now() - interval '90 days' FROM b_client c JOIN b_org o ON o.idx = c.org_idx WHERE c.idx >= $1 AND c.idx < $2`,
  );
  await q(`CREATE TEMP TABLE b_goal (idx int PRIMARY KEY, id uuid NOT NULL)`);
  await q(`INSERT INTO b_goal SELECT i, gen_random_uuid() FROM generate_series(0, ${size.goals - 1}) i`);
  await fill(
    'goals',
    size.goals,
    100_000,
    `
    INSERT INTO care_goals (id, client_id, owner_organisation_id, life_domain, text, status, created_by_organisation_id, created_by_organisation_name, created_by_name)
    SELECT g.id, c.id, o.id, (ARRAY['HOUSING','HEALTH','INCOME_AND_DEBTS','DAILY_RHYTHM','WORK_AND_EDUCATION','SAFETY','LEGAL_STATUS'])[1 + g.idx % 7],
           'Een eigen plek om te wonen', (ARRAY['OPEN','IN_PROGRESS','ACHIEVED'])[1 + g.idx % 3], o.id, o.name, ${actor('o', 'g.idx')}
      FROM b_goal g JOIN b_client c ON c.idx = g.idx % ${plans} JOIN b_org o ON o.idx = c.org_idx WHERE g.idx >= $1 AND g.idx < $2`,
  );
  await fill(
    'plan actions',
    size.goals,
    100_000,
    `
    INSERT INTO care_plan_actions (goal_id, client_id, owner_organisation_id, organisation_id, description, due_on, status, created_by_name)
    SELECT g.id, c.id, o.id, w.id, 'Afspraak maken bij de woningdienst', (now() + ((g.idx % 60) - 20) * interval '1 day')::date,
           (ARRAY['OPEN','OPEN','DONE'])[1 + g.idx % 3], ${actor('o', 'g.idx')}
      FROM b_goal g JOIN b_client c ON c.idx = g.idx % ${plans} JOIN b_org o ON o.idx = c.org_idx
      JOIN b_org w ON w.idx = CASE g.idx % 2 WHEN 0 THEN c.org_idx ELSE ${grantee('c', '0')} END
     WHERE g.idx >= $1 AND g.idx < $2`,
  );

  // Five years of audit trail: reads by the owner and the consented organisations, in monthly partitions.
  await q(`SELECT brug_audit_partitions(3, now() - interval '5 years 1 month')`);
  await fill(
    'audit entries',
    size.auditEntries,
    500_000,
    `
    INSERT INTO audit_entries (at, request_id, actor_user_id, actor_name, actor_organisation_id, actor_organisation_name, client_id, scopes, operation, action)
    SELECT now() - (i % 43800) * interval '1 hour' - (i % 3600) * interval '1 second', 'bench-' || i, ${actorId('w', 'i')}, ${actor('w', 'i')}, w.id, w.name, c.id,
           '{PROFILE}', 'READ', (ARRAY['client','clients','clientTimeline','referral'])[1 + i % 4]
      FROM generate_series($1::int, $2::int - 1) i JOIN b_client c ON c.idx = (i * 7) % ${size.clients} JOIN b_org o ON o.idx = c.org_idx
      JOIN b_org w ON w.idx = CASE i % 3 WHEN 0 THEN c.org_idx ELSE ${grantee('c', '(i % 3 - 1)')} END`,
  );

  await seedOutreachAndFollowUp(q, fill, size, orgs);
  await seedBenchFixtures(q);
  await q(`SET session_replication_role = origin`);
  // The load ran without triggers: compute the services' search text now.
  await q(`UPDATE services SET search_text = ''`);
}

type Fill = (label: string, total: number, chunk: number, chunkSql: string) => Promise<void>;

const MATERIALS = ['Condooms', 'Glijmiddel', 'Spuiten', 'Folders'];
const PLACE_KINDS = ['ZONE', 'VENUE', 'ONLINE'];
const TOPICS = ['SAFER_SEX', 'STI_HIV_TESTING', 'PREP_PEP', 'HOUSING', 'HEALTH', 'SAFETY', 'WORKING_SAFELY', 'LEGAL_STATUS'];
const CATEGORIES = ['STI_HIV_TESTING', 'SOCIAL_SERVICES', 'HOUSING_SHELTER', 'LEGAL_AID', 'MENTAL_HEALTH', 'HARM_REDUCTION'];

/**
 * What the figures count beside referrals and clients: outreach (three places and four kinds of
 * material per organisation, sessions over the last three years), the life domains assessed over
 * time (a client's ratings every few months) and referrals outside the network.
 */
async function seedOutreachAndFollowUp(q: (sql: string, params?: unknown[]) => Promise<unknown>, fill: Fill, size: Size, orgs: number) {
  await q(`INSERT INTO outreach_places (organisation_id, name, kind, region)
           SELECT o.id, 'Ronde ' || (k + 1), (${sqlArray(PLACE_KINDS)})[1 + k], COALESCE((SELECT min(l.region) FROM locations l WHERE l.organisation_id = o.id), o.country || '-BRU')
             FROM b_org b JOIN organisations o ON o.id = b.id CROSS JOIN generate_series(0, 2) k ON CONFLICT DO NOTHING`);
  await q(
    `INSERT INTO outreach_material_kinds (organisation_id, name) SELECT b.id, m FROM b_org b CROSS JOIN unnest(${sqlArray(MATERIALS)}) m ON CONFLICT DO NOTHING`,
  );
  await q(`CREATE TEMP TABLE b_place AS SELECT b.idx, array_agg(p.id ORDER BY p.name) AS places, (SELECT array_agg(k.id ORDER BY k.name) FROM outreach_material_kinds k WHERE k.organisation_id = b.id) AS kinds
             FROM b_org b JOIN outreach_places p ON p.organisation_id = b.id GROUP BY b.idx, b.id`);
  await q(`CREATE UNIQUE INDEX ON b_place (idx)`);
  await q(`CREATE TEMP TABLE b_session (idx int PRIMARY KEY, id uuid NOT NULL, org_idx int NOT NULL)`);
  await q(`INSERT INTO b_session SELECT i, gen_random_uuid(), (i * 13) % ${orgs} FROM generate_series(0, ${size.outreachSessions - 1}) i`);
  await fill(
    'outreach sessions',
    size.outreachSessions,
    50_000,
    `
    INSERT INTO outreach_sessions (id, organisation_id, place_id, starts_at, ends_at, peer_workers, contacts_total, contacts_new, languages, topics, created_by_user_id, created_at, updated_at)
    SELECT s.id, b.id, p.places[1 + s.idx % 3], t.at, t.at + interval '3 hours', s.idx % 2, 4 + (s.idx * 7) % 30, (s.idx * 3) % 5,
           '{nl,en}', ARRAY[(${sqlArray(TOPICS)})[1 + s.idx % ${TOPICS.length}], (${sqlArray(TOPICS)})[1 + (s.idx / 3) % ${TOPICS.length}]], b.users[1], t.at, t.at
      FROM b_session s JOIN b_org b ON b.idx = s.org_idx JOIN b_place p ON p.idx = s.org_idx
      CROSS JOIN LATERAL (SELECT now() - (s.idx % 1095) * interval '1 day' - (s.idx % 5) * interval '1 hour' AS at) t
     WHERE s.idx >= $1 AND s.idx < $2`,
  );
  await fill(
    'outreach materials',
    size.outreachSessions * 3,
    150_000,
    `
    INSERT INTO outreach_session_materials (session_id, material_kind_id, count)
    SELECT s.id, p.kinds[1 + (s.idx + k) % 4], 5 + (s.idx * 11 + k) % 60
      FROM b_session s JOIN b_place p ON p.idx = s.org_idx CROSS JOIN generate_series(0, 2) k WHERE s.idx >= $1 / 3 AND s.idx < $2 / 3`,
  );
  await fill(
    'referrals on the spot',
    size.outreachSessions,
    100_000,
    `
    INSERT INTO outreach_session_referrals (session_id, category, count)
    SELECT s.id, (${sqlArray(CATEGORIES)})[1 + s.idx % ${CATEGORIES.length}], 1 + s.idx % 3 FROM b_session s WHERE s.idx >= $1 AND s.idx < $2 AND s.idx % 2 = 0`,
  );
  // Four assessments per client for the first quarter of the clients, about three months apart, ratings drifting up or down.
  await fill(
    'life-domain assessments',
    size.assessments,
    100_000,
    `
    INSERT INTO life_domain_assessments (client_id, owner_organisation_id, organisation_id, organisation_name, assessed_by_name, assessed_on, ratings, created_at)
    SELECT c.id, o.id, o.id, o.name, ${actor('o', 'i')}, (now() - ((3 - i % 4) * 90 + (i / 4) % 60) * interval '1 day')::date,
           (SELECT jsonb_agg(jsonb_build_object('domain', d, 'rating', 1 + (i / 4 + n + (i % 4) * ((i / 4 + n) % 3 - 1) + 10) % 5) ORDER BY n)
              FROM unnest(ARRAY['HOUSING','HEALTH','INCOME_AND_DEBTS','SAFETY','LEGAL_STATUS']) WITH ORDINALITY AS x(d, n)),
           now() - ((3 - i % 4) * 90 + (i / 4) % 60) * interval '1 day'
      FROM generate_series($1::int, $2::int - 1) i JOIN b_client c ON c.idx = (i / 4) % ${size.clients} JOIN b_org o ON o.idx = c.org_idx`,
  );
  await fill(
    'referrals outside the network',
    size.externalReferrals,
    50_000,
    `
    INSERT INTO external_referrals (client_id, owner_organisation_id, sender_organisation_id, sender_organisation_name, sent_by_name, service_name, category, city, urgency, reason, follow_up_on, created_at)
    SELECT c.id, o.id, o.id, o.name, ${actor('o', 'i')}, 'Dienst buiten het netwerk ' || (i % 97), (${sqlArray(CATEGORIES)})[1 + (i * 7) % ${CATEGORIES.length}], 'Antwerpen',
           'ROUTINE', 'Geen dienst op de kaart', (now() + interval '14 days')::date, now() - (i % 700) * interval '1 day'
      FROM generate_series($1::int, $2::int - 1) i JOIN b_client c ON c.idx = (i * 3) % ${size.clients} JOIN b_org o ON o.idx = c.org_idx`,
  );
}

/** What the benchmark reads the same way at every scale: a Boysproject client shared with NextStep with 500 timeline entries. */
async function seedBenchFixtures(q: (sql: string, params?: unknown[]) => Promise<unknown>) {
  await q(`WITH o AS (SELECT (SELECT id FROM organisations WHERE name = 'Boysproject') AS boys, (SELECT id FROM organisations WHERE name = 'NextStep') AS next, (SELECT id FROM organisations WHERE name = 'Moviera') AS mov),
    c AS (INSERT INTO clients (pseudonym, owner_organisation_id) SELECT 'Bench Timeline', boys FROM o RETURNING id, owner_organisation_id),
    k AS (INSERT INTO consents (client_id, owner_organisation_id, grantee_organisation_id, scopes, purpose, method, valid_from, valid_until, recorded_by_name, recorded_at)
          SELECT c.id, o.boys, o.next, '{PROFILE,LIFE_DOMAINS,NOTES}', 'benchmark', 'VERBAL', now() - interval '1 day', now() + interval '300 days', 'Sam (demo)', now() FROM c, o)
    INSERT INTO client_events (client_id, owner_organisation_id, organisation_id, organisation_name, actor_name, kind, scope, occurred_at, summary)
    SELECT c.id, o.boys, (ARRAY[o.boys, o.next, o.mov])[1 + i % 3], (ARRAY['Boysproject', 'NextStep', 'Moviera'])[1 + i % 3], 'bench',
           (ARRAY['NOTE_ADDED','GOAL_ADDED','REFERRAL_SENT','SECTION_UPDATED','ACTION_ADDED'])[1 + i % 5],
           (ARRAY['NOTES','LIFE_DOMAINS',NULL,'HEALTH','LIFE_DOMAINS'])[1 + i % 5], now() - interval '1 hour' * i, jsonb_build_object('text', 'entry ' || i)
      FROM c, o, generate_series(1, 500) i`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
