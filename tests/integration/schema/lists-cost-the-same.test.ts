import {
  getNamedType,
  GraphQLField,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isEnumType,
  GraphQLOutputType,
} from 'graphql';
import { Client as PgClient } from 'pg';
import { sizeOf, seedNetwork } from '../../../api/scripts/bench-seed';
import { buildApiSchema } from '../../../api/src/schema';
import { startTestApi, TestApi } from '../../support/test-api';

/**
 * No N+1, for every list of the API: each list reachable from Query (a connection with `first`,
 * or a list with `first`) is asked at page sizes 1 and 50 with everything under it selected
 * (its fields, and the fields of the objects and lists right under it), on the demo network plus a generated one around
 * it, and must cost the same number of SQL statements. A new list field fails here until it is
 * given a viewer and arguments below.
 */
type Viewer = 'sam@boysproject.test' | 'lotte@nextstep.test' | 'coordinator@brug.test';
interface Case {
  viewer: Viewer;
  args?: (ids: Ids) => Record<string, unknown>;
}
interface Ids {
  timelineClient: string;
  samClient: string;
}

const CASES: Partial<Record<string, Case>> = {
  auditTrail: { viewer: 'sam@boysproject.test', args: (ids) => ({ clientId: ids.samClient, grouped: false }) },
  clientTimeline: { viewer: 'lotte@nextstep.test', args: (ids) => ({ clientId: ids.timelineClient }) },
  clients: { viewer: 'sam@boysproject.test' },
  clientsDueForReview: { viewer: 'sam@boysproject.test' },
  clientsWithChangesSinceMyLastVisit: { viewer: 'sam@boysproject.test' },
  myActionsDueThisWeek: { viewer: 'sam@boysproject.test' },
  notes: { viewer: 'sam@boysproject.test', args: (ids) => ({ clientId: ids.samClient }) },
  notifications: { viewer: 'sam@boysproject.test' },
  outreachSessions: { viewer: 'sam@boysproject.test' },
  organisations: { viewer: 'sam@boysproject.test' },
  referralInbox: { viewer: 'lotte@nextstep.test' },
  referralsSent: { viewer: 'sam@boysproject.test' },
  services: { viewer: 'sam@boysproject.test' },
  staleListings: { viewer: 'coordinator@brug.test' },
};

/**
 * Objects under each row. Deeper, the same loader is reached at two levels and a page of 1 finds
 * the second key already cached where a page of 50 cannot: a difference that does not grow.
 */
const DEPTH = 1;

/** A page of 50 must hold at least this many rows, or the comparison proves little. */
const MIN_ROWS = 10;

function isConnection(type: GraphQLNamedType): type is GraphQLObjectType {
  return isObjectType(type) && ('nodes' in type.getFields() || 'edges' in type.getFields());
}

const isList = (type: GraphQLOutputType): boolean => isListType(isNonNullType(type) ? type.ofType : type);

/** Lists of Query that take a page size: the ones whose length a viewer's data decides. */
function sizedLists(schema: GraphQLSchema): GraphQLField<unknown, unknown>[] {
  return Object.values(schema.getQueryType()!.getFields()).filter(
    (field) => field.args.some((a) => a.name === 'first') && (isList(field.type) || isConnection(getNamedType(field.type))),
  );
}

/** Every field without required arguments, objects `depth` levels down (the nodes of a connection count as one). */
function selection(type: GraphQLNamedType, depth: number): string {
  if (!isObjectType(type)) return '';
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isScalarType(named) || isEnumType(named)) parts.push(field.name);
    else if (depth > 0 && isObjectType(named)) {
      const inner = selection(named, isConnection(type) && (field.name === 'nodes' || field.name === 'edges' || field.name === 'node') ? depth : depth - 1);
      if (inner) parts.push(`${field.name} { ${inner} }`);
    }
  }
  return parts.join(' ');
}

function rowsOf(data: unknown): number {
  if (Array.isArray(data)) return data.length;
  const page = data as { nodes?: unknown[]; edges?: unknown[] };
  return (page.nodes ?? page.edges ?? []).length;
}

describe('every list of the API', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  let ids: Ids;

  beforeAll(async () => {
    schema = await buildApiSchema();
    api = await startTestApi();
    const db = new PgClient({ connectionString: api.databaseUrl });
    await db.connect();
    try {
      await seedNetwork(db, sizeOf('demo'), undefined, false);
      const one = async (sql: string) => (await db.query(sql)).rows[0];
      const boys = (await one(`SELECT id FROM organisations WHERE name = 'Boysproject'`)).id;
      const sam = (await one(`SELECT id FROM users WHERE email = 'sam@boysproject.test'`)).id;
      ids = {
        timelineClient: (await one(`SELECT id FROM clients WHERE pseudonym = 'Bench Timeline'`)).id,
        samClient: (
          await one(
            `SELECT c.id FROM clients c WHERE c.owner_organisation_id = '${boys}' AND EXISTS (SELECT 1 FROM audit_entries a WHERE a.client_id = c.id) ORDER BY c.pseudonym LIMIT 1`,
          )
        ).id,
      };
      // What the generated network has too little of for some lists: long-idle clients, visits,
      // actions due this week, notes on one client, notices, listings not confirmed for a year.
      await db.query(
        `UPDATE clients SET last_activity_at = now() - interval '6 years' WHERE id IN (SELECT id FROM clients WHERE owner_organisation_id = $1 ORDER BY id LIMIT 60)`,
        [boys],
      );
      await db.query(
        `INSERT INTO client_visits (user_id, client_id, visited_at) SELECT $1, id, now() - interval '3 years' FROM clients WHERE owner_organisation_id = $2 ON CONFLICT DO NOTHING`,
        [sam, boys],
      );
      await db.query(
        `INSERT INTO care_plan_actions (goal_id, client_id, owner_organisation_id, organisation_id, description, due_on, created_by_name)
         SELECT id, client_id, owner_organisation_id, owner_organisation_id, 'Afspraak bevestigen', current_date, 'Sam (demo)' FROM care_goals WHERE owner_organisation_id = $1 LIMIT 60`,
        [boys],
      );
      await db.query(
        `INSERT INTO contact_notes (client_id, owner_organisation_id, organisation_id, organisation_name, author_name, contact_at, contact_type, text)
         SELECT $1, $2, $2, 'Boysproject', 'Sam (demo)', now() - i * interval '1 hour', 'PHONE', 'Gebeld ' || i FROM generate_series(1, 60) i`,
        [ids.samClient, boys],
      );
      await db.query(
        `INSERT INTO notifications (user_id, kind, text, created_at) SELECT $1, 'REFERRAL_RECEIVED', 'Nieuwe doorverwijzing', now() - i * interval '1 minute' FROM generate_series(1, 60) i`,
        [sam],
      );
      // Outreach rounds with their materials and on-the-spot referrals.
      await db.query(
        `INSERT INTO outreach_sessions (id, organisation_id, place_id, starts_at, ends_at, colleague_user_ids, contacts_total, contacts_new, topics, created_by_user_id, created_at, updated_at, updated_by_user_id)
         SELECT gen_random_uuid(), $1, (SELECT id FROM outreach_places WHERE organisation_id = $1 ORDER BY id LIMIT 1), now() - i * interval '1 day', now() - i * interval '1 day' + interval '2 hours',
                ARRAY[$2::uuid], 12, 3, '{SAFER_SEX}', $2, now(), now(), $2
           FROM generate_series(1, 60) i`,
        [boys, sam],
      );
      await db.query(
        `INSERT INTO outreach_session_materials (session_id, material_kind_id, count)
         SELECT s.id, k.id, 10 FROM outreach_sessions s JOIN outreach_material_kinds k ON k.organisation_id = s.organisation_id WHERE s.organisation_id = $1 ON CONFLICT DO NOTHING`,
        [boys],
      );
      await db.query(
        `INSERT INTO outreach_session_referrals (session_id, category, count) SELECT id, 'MEDICAL_CARE', 1 FROM outreach_sessions WHERE organisation_id = $1 ON CONFLICT DO NOTHING`,
        [boys],
      );
      await db.query(`UPDATE services SET last_confirmed_at = now() - interval '1 year'`);
      await db.query('ANALYZE');
    } finally {
      await db.end();
    }
  }, 120_000);
  afterAll(() => api.close());

  it('has a viewer and arguments here for every list of Query that takes a page size', () => {
    const missing = sizedLists(schema)
      .map((f) => f.name)
      .filter((name) => !CASES[name]);
    expect(missing).toEqual([]);
  });

  it('costs the same number of SQL statements for a page of 1 as for a page of 50, for each list', async () => {
    const results: { field: string; rows: number[]; one?: number; fifty?: number }[] = [];
    const clients = new Map<Viewer, Awaited<ReturnType<TestApi['as']>>>();
    for (const field of sizedLists(schema)) {
      const testCase = CASES[field.name];
      if (!testCase) continue;
      const client = clients.get(testCase.viewer) ?? (await api.as(testCase.viewer));
      clients.set(testCase.viewer, client);
      const args = { ...testCase.args?.(ids) };
      const declared = field.args.filter((a) => a.name === 'first' || a.name in args);
      const variables = declared.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const passed = declared.map((a) => `${a.name}: $${a.name}`).join(', ');
      const query = `query(${variables}) { ${field.name}(${passed}) { ${selection(getNamedType(field.type), DEPTH)} } }`;
      // Once first: work a request does once in a while (expiring overdue referrals) is not the list's.
      await client.request(query, { ...args, first: 50 });
      const one = await client.request(query, { ...args, first: 1 });
      const fifty = await client.request(query, { ...args, first: 50 });
      expect({ field: field.name, errors: one.errors ?? fifty.errors }).toEqual({ field: field.name, errors: undefined });
      const rows = rowsOf(fifty.data[field.name]);
      const counts = { one: one.extensions?.sqlStatements, fifty: fifty.extensions?.sqlStatements };
      results.push({ field: field.name, rows: [rowsOf(one.data[field.name]), rows], ...counts });
      expect({ field: field.name, enoughRows: rows >= MIN_ROWS, one: rowsOf(one.data[field.name]) }).toEqual({ field: field.name, enoughRows: true, one: 1 });
      // A count of 0 would mean the counter is not wired: equal then proves nothing.
      expect(counts.one).toBeGreaterThan(0);
    }
    // All at once, so one failure shows every list that grows.
    expect(results.filter((r) => r.one !== r.fifty)).toEqual([]);
    expect(results.length).toBe(Object.keys(CASES).length);
  }, 120_000);
});
