import type { DataSource } from 'typeorm';
import { inMonth, random } from './seed';

const CATEGORIES = ['STI_HIV_TESTING', 'HOUSING_SHELTER', 'LEGAL_AID', 'MENTAL_HEALTH', 'HARM_REDUCTION'];
const TOPICS = ['SAFER_SEX', 'PREP_PEP', 'HOUSING', 'HEALTH', 'SAFETY'];
const DOMAINS = ['HOUSING', 'HEALTH', 'SAFETY', 'LEGAL_STATUS'];

export interface MoreOptions {
  sessions: number;
  external: number;
  /** Clients assessed more than once. */
  assessed: number;
  months: number;
  seed?: number;
}

/**
 * Beside seedNetwork: outreach sessions (two places and two kinds of material per organisation
 * with clients, contacts from 1 to 40, referrals on the spot), referrals outside the network and
 * repeated life-domain assessments, over the last months, skewed like the rest.
 */
export async function seedOutreachAndProgress(db: DataSource, options: MoreOptions): Promise<void> {
  const next = random(options.seed ?? 13);
  const orgs: { id: string }[] = await db.query(
    // By name, not id: ids are new on every run, and the random draws below follow this order.
    `SELECT o.id FROM organisations o WHERE EXISTS (SELECT 1 FROM clients c WHERE c.owner_organisation_id = o.id AND c.pseudonym LIKE 'Seed %') ORDER BY o.name`,
  );
  await db.query(
    `INSERT INTO outreach_places (organisation_id, name, kind, region)
     SELECT o, 'Seed place ' || k, 'ZONE', (ARRAY['BE-VAN', 'BE-BRU'])[k] FROM unnest($1::uuid[]) o CROSS JOIN generate_series(1, 2) k ON CONFLICT DO NOTHING`,
    [orgs.map((o) => o.id)],
  );
  await db.query(
    `INSERT INTO outreach_material_kinds (organisation_id, name) SELECT o, k FROM unnest($1::uuid[]) o CROSS JOIN unnest(ARRAY['Condooms', 'Folders']) k ON CONFLICT DO NOTHING`,
    [orgs.map((o) => o.id)],
  );
  const places: { id: string; organisation_id: string }[] = await db.query(`SELECT id, organisation_id FROM outreach_places WHERE name LIKE 'Seed place %'`);
  const kinds: { id: string; organisation_id: string }[] = await db.query(
    `SELECT id, organisation_id FROM outreach_material_kinds WHERE name IN ('Condooms', 'Folders') AND organisation_id = ANY($1::uuid[])`,
    [orgs.map((o) => o.id)],
  );
  const sessions: { id: string; org: string; place: string; at: Date; total: number; fresh: number; topics: string[] }[] = [];
  const materials: [string, string, number][] = [];
  const spot: [string, string, number][] = [];
  for (let i = 0; i < options.sessions; i++) {
    const org = orgs[Math.floor(Math.pow(next(), 1.5) * orgs.length)].id;
    const own = places.filter((p) => p.organisation_id === org);
    const total = 1 + Math.floor(Math.pow(next(), 2) * 40);
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    sessions.push({
      id,
      org,
      place: own[Math.floor(next() * own.length)].id,
      at: inMonth(Math.floor(next() * (options.months + 1)), 1 + Math.floor(next() * 28)),
      total,
      fresh: Math.floor(next() * (total + 1)),
      topics: TOPICS.filter(() => next() < 0.4),
    });
    for (const k of kinds.filter((x) => x.organisation_id === org)) if (next() < 0.7) materials.push([id, k.id, 1 + Math.floor(next() * 80)]);
    for (const c of CATEGORIES) if (next() < 0.2) spot.push([id, c, 1 + Math.floor(next() * 3)]);
  }
  await db.query(
    `INSERT INTO outreach_sessions (id, organisation_id, place_id, starts_at, ends_at, contacts_total, contacts_new, topics, created_at, updated_at)
     SELECT id, o, p, t, t + interval '2 hours', n, f, string_to_array(tp, ',')::text[], t, t
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::int[], $6::int[], $7::text[]) AS x(id, o, p, t, n, f, tp)`,
    [
      sessions.map((s) => s.id),
      sessions.map((s) => s.org),
      sessions.map((s) => s.place),
      sessions.map((s) => s.at),
      sessions.map((s) => s.total),
      sessions.map((s) => s.fresh),
      sessions.map((s) => s.topics.join(',')),
    ],
  );
  await db.query(`INSERT INTO outreach_session_materials (session_id, material_kind_id, count) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[])`, [
    materials.map((m) => m[0]),
    materials.map((m) => m[1]),
    materials.map((m) => m[2]),
  ]);
  await db.query(`INSERT INTO outreach_session_referrals (session_id, category, count) SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[])`, [
    spot.map((m) => m[0]),
    spot.map((m) => m[1]),
    spot.map((m) => m[2]),
  ]);

  const clients: { id: string; owner: string }[] = await db.query(
    `SELECT id, owner_organisation_id AS owner FROM clients WHERE pseudonym LIKE 'Seed %' ORDER BY pseudonym`,
  );
  const external: [string, string, string, Date][] = [];
  for (let i = 0; i < options.external; i++) {
    const c = clients[Math.floor(Math.pow(next(), 1.3) * clients.length)];
    external.push([
      c.id,
      c.owner,
      CATEGORIES[Math.floor(Math.pow(next(), 2) * CATEGORIES.length)],
      inMonth(Math.floor(next() * (options.months + 1)), 1 + Math.floor(next() * 28)),
    ]);
  }
  await db.query(
    `INSERT INTO external_referrals (client_id, owner_organisation_id, sender_organisation_id, sender_organisation_name, sent_by_name, service_name, category, city, urgency, reason, follow_up_on, created_at)
     SELECT c, o, o, 'Seed', 'Seed', 'Elders', k, 'Antwerpen', 'ROUTINE', 'Seed', now()::date, t FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[]) AS x(c, o, k, t)`,
    [external.map((x) => x[0]), external.map((x) => x[1]), external.map((x) => x[2]), external.map((x) => x[3])],
  );

  const assessments: [string, string, string, string][] = [];
  for (const c of clients.slice(0, options.assessed)) {
    const times = 2 + Math.floor(next() * 3);
    for (let k = 0; k < times; k++) {
      const day = inMonth(Math.floor(next() * (options.months + 1)), 1 + Math.floor(next() * 28));
      const ratings = DOMAINS.filter(() => next() < 0.7).map((domain) => ({ domain, rating: 1 + Math.floor(next() * 5) }));
      assessments.push([c.id, c.owner, day.toISOString().slice(0, 10), JSON.stringify(ratings)]);
    }
  }
  await db.query(
    `INSERT INTO life_domain_assessments (client_id, owner_organisation_id, organisation_id, assessed_on, ratings)
     SELECT c, o, o, d::date, r::jsonb FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS x(c, o, d, r)`,
    [assessments.map((a) => a[0]), assessments.map((a) => a[1]), assessments.map((a) => a[2]), assessments.map((a) => a[3])],
  );
}
