import type { DataSource } from 'typeorm';

/** A small deterministic random source (mulberry32), so a seeded network is the same every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOMAINS = [
  'HOUSING',
  'HEALTH',
  'INCOME_AND_DEBTS',
  'DAILY_RHYTHM',
  'WORK_AND_EDUCATION',
  'RELATIONSHIPS_AND_SEXUALITY',
  'FAMILY_AND_FRIENDS',
  'SAFETY',
  'LEGAL_STATUS',
  'SELF_ESTEEM_AND_SOCIAL_ACCEPTANCE',
];
const STATUSES: [string, number][] = [
  ['SENT', 0.12],
  ['ACCEPTED', 0.2],
  ['DECLINED', 0.2],
  ['EXPIRED', 0.1],
  ['COMPLETED', 0.28],
  ['CANCELLED', 0.1],
];
const REASONS = ['NO_CAPACITY', 'NO_CAPACITY', 'NOT_ELIGIBLE', 'OUTSIDE_AREA', 'CLIENT_NOT_REACHABLE', 'OTHER'];
const OUTCOMES = ['SERVICE_STARTED', 'SERVICE_STARTED', 'CLIENT_DID_NOT_COME', 'CLIENT_WITHDREW', 'REFERRED_ON'];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)];
}

function weighted(next: () => number, items: readonly [string, number][]): string {
  let x = next();
  for (const [item, weight] of items) if ((x -= weight) < 0) return item;
  return items[items.length - 1][0];
}

/** A moment in the month `offset` months before the running one (0 = the running month), mid-day so Brussels agrees on the month. */
export function inMonth(offset: number, day: number, now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - offset, Math.min(day, 28), 10, 0, 0));
}

export interface SeedOptions {
  clients: number;
  referrals: number;
  /** Months back from the running month (the running month gets a few too, which must not count). */
  months: number;
  seed?: number;
  /** Only services of these many organisations receive referrals (concentrates the network like a region). */
  serviceLimit?: number;
}

/**
 * Seeds a network of clients (life domains, consents) and referrals in every status over the
 * last months, straight into the database as its owner, the way years of use would leave it.
 * Skewed on purpose: some services and months get many referrals, others one or two.
 */
export async function seedNetwork(db: DataSource, options: SeedOptions): Promise<void> {
  const next = random(options.seed ?? 7);
  const orgs: { id: string }[] = await db.query(`SELECT id FROM organisations WHERE status = 'ACTIVE' ORDER BY name`);
  const services: { id: string; organisation_id: string }[] = await db.query(
    `SELECT s.id, s.organisation_id FROM services s WHERE s.status = 'ACTIVE' ORDER BY s.name LIMIT $1`,
    [options.serviceLimit ?? 1000],
  );
  const fieldOrgs = [...new Set(services.map((s) => s.organisation_id))];
  const owners = orgs.filter((o) => fieldOrgs.includes(o.id)).map((o) => o.id);
  const clientRows: { id: string; owner: string; at: Date }[] = [];
  for (let i = 0; i < options.clients; i++) {
    const owner = owners[Math.floor(Math.pow(next(), 1.6) * owners.length)];
    const at = inMonth(Math.floor(next() * (options.months + 1)), 1 + Math.floor(next() * 28));
    clientRows.push({ id: '', owner, at });
  }
  const inserted: { id: string }[] = await db.query(
    `INSERT INTO clients (pseudonym, owner_organisation_id, created_at, updated_at, last_activity_at)
     SELECT 'Seed ' || n, o, t, t, t FROM unnest($1::uuid[], $2::timestamptz[]) WITH ORDINALITY AS x(o, t, n) RETURNING id`,
    [clientRows.map((c) => c.owner), clientRows.map((c) => c.at)],
  );
  inserted.forEach((row, i) => (clientRows[i].id = row.id));

  const sections: [string, string, string][] = [];
  const consents: [string, string, string, Date][] = [];
  for (const c of clientRows) {
    if (next() < 0.75) {
      const domains = DOMAINS.filter(() => next() < 0.5).map((domain) => ({ domain, rating: 1 + Math.floor(next() * 5) }));
      sections.push([c.id, c.owner, JSON.stringify({ domains })]);
    }
    if (next() < 0.55)
      consents.push([
        c.id,
        c.owner,
        pick(
          next,
          owners.filter((o) => o !== c.owner),
        ),
        c.at,
      ]);
  }
  await db.query(
    `INSERT INTO client_sections (client_id, owner_organisation_id, scope, data) SELECT c, o, 'LIFE_DOMAINS', d::jsonb FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS x(c, o, d)`,
    [sections.map((s) => s[0]), sections.map((s) => s[1]), sections.map((s) => s[2])],
  );
  await db.query(
    `INSERT INTO consents (client_id, owner_organisation_id, grantee_organisation_id, scopes, purpose, method, valid_from, valid_until, recorded_by_name, recorded_at)
     SELECT c, o, g, '{PROFILE,LIFE_DOMAINS}', 'Seed', 'VERBAL', t, now() + interval '200 days', 'Seed', t FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[]) AS x(c, o, g, t)`,
    [consents.map((k) => k[0]), consents.map((k) => k[1]), consents.map((k) => k[2]), consents.map((k) => k[3])],
  );

  const referrals: {
    client: string;
    owner: string;
    service: string;
    receiver: string;
    status: string;
    reason: string | null;
    outcome: string | null;
    sent: Date;
    answered: Date | null;
  }[] = [];
  for (let i = 0; i < options.referrals; i++) {
    const client = clientRows[Math.floor(next() * clientRows.length)];
    const candidates = services.filter((s) => s.organisation_id !== client.owner);
    const service = candidates[Math.floor(Math.pow(next(), 2) * candidates.length)];
    const status = weighted(next, STATUSES);
    const sent = inMonth(Math.floor(Math.pow(next(), 1.3) * (options.months + 1)), 1 + Math.floor(next() * 28));
    const answered = ['ACCEPTED', 'DECLINED', 'COMPLETED'].includes(status) ? new Date(sent.getTime() + (1 + next() * 120) * 3_600_000) : null;
    referrals.push({
      client: client.id,
      owner: client.owner,
      service: service.id,
      receiver: service.organisation_id,
      status,
      reason: status === 'DECLINED' ? pick(next, REASONS) : null,
      outcome: status === 'COMPLETED' ? pick(next, OUTCOMES) : null,
      sent,
      answered,
    });
  }
  const ids: { id: string }[] = await db.query(
    `INSERT INTO referrals (client_id, owner_organisation_id, sender_organisation_id, receiving_organisation_id, service_id, status, decline_reason, outcome, sent_at, status_changed_at, reason)
     SELECT c, o, o, rv, s, st, dr, oc, t, COALESCE(a, t), 'Seed'
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::timestamptz[], $9::timestamptz[]) AS x(c, o, rv, s, st, dr, oc, t, a)
     RETURNING id`,
    [
      referrals.map((r) => r.client),
      referrals.map((r) => r.owner),
      referrals.map((r) => r.receiver),
      referrals.map((r) => r.service),
      referrals.map((r) => r.status),
      referrals.map((r) => r.reason),
      referrals.map((r) => r.outcome),
      referrals.map((r) => r.sent),
      referrals.map((r) => r.answered),
    ],
  );
  const answered = referrals.map((r, i) => ({ ...r, id: ids[i].id })).filter((r) => r.answered);
  await db.query(
    `INSERT INTO referral_events (referral_id, sender_organisation_id, receiving_organisation_id, from_status, to_status, actor_name, at)
     SELECT id, o, rv, 'SENT', st, 'Seed', a FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[]) AS x(id, o, rv, st, a)`,
    [
      answered.map((r) => r.id),
      answered.map((r) => r.owner),
      answered.map((r) => r.receiver),
      answered.map((r) => (r.status === 'DECLINED' ? 'DECLINED' : 'ACCEPTED')),
      answered.map((r) => r.answered),
    ],
  );
}
