import { getMetadataArgsStorage } from 'typeorm';
import { outreachModule } from '../../../api/src/modules/outreach';
import { startTestApi, type TestApi } from '../../support/test-api';

/**
 * No client identity, ever: read from the database catalogue and the entity metadata, no
 * outreach table has a column about a client or a foreign key to anything that leads to one.
 */
describe('outreach holds no client identity', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ demo: false });
  });
  afterAll(() => api.close());

  const tables = () => outreachModule.entities.map((e) => getMetadataArgsStorage().tables.find((t) => t.target === e)!.name!);

  it('every outreach entity is a table named outreach_*, and the catalogue lists no other outreach table', async () => {
    expect(tables().every((t) => t.startsWith('outreach_'))).toBe(true);
    const inCatalogue: { table_name: string }[] = await api.dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'outreach%' ORDER BY 1`,
    );
    expect(inCatalogue.map((t) => t.table_name)).toEqual([...tables()].sort());
  });

  it('no outreach column names a client, a person, a pseudonym, a phone or a contact detail', async () => {
    const columns: { table_name: string; column_name: string }[] = await api.dataSource.query(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ANY($1)`,
      [tables()],
    );
    expect(columns.length).toBeGreaterThan(20);
    const identifying = columns.filter(
      (c) =>
        /client|pseudonym|person|nickname|phone|email|birth|national|address|first_name|last_name|^name$/.test(c.column_name) &&
        !(c.column_name === 'name' && c.table_name !== 'outreach_sessions'),
    );
    expect(identifying).toEqual([]);
  });

  it('foreign keys from outreach tables lead only to organisations, users (workers) and other outreach tables, never to a client', async () => {
    const keys: { from_table: string; to_table: string }[] = await api.dataSource.query(
      `SELECT DISTINCT c.conrelid::regclass::text AS from_table, c.confrelid::regclass::text AS to_table
         FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid::regclass::text = ANY($1)`,
      [tables()],
    );
    expect(keys.length).toBeGreaterThan(0);
    const allowed = new Set(['organisations', 'users', ...tables()]);
    expect(keys.filter((k) => !allowed.has(k.to_table))).toEqual([]);
    // And no entity declares a relation to a client-side entity.
    const entities: readonly unknown[] = outreachModule.entities;
    const relations = getMetadataArgsStorage().relations.filter((r) => entities.includes(r.target));
    const targets = relations.map((r) => (typeof r.type === 'string' ? r.type : (r.type as () => { name: string })().name));
    expect(targets.filter((t) => !['Organisation', 'OutreachPlace', 'OutreachMaterialKind', 'OutreachSession'].includes(t))).toEqual([]);
  });

  it('the uuid columns of a session hold its own id, its organisation, its place and workers: nothing that could be a client id', async () => {
    const uuids: { column_name: string }[] = await api.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ANY($1) AND (data_type = 'uuid' OR udt_name = '_uuid') ORDER BY 1`,
      [tables()],
    );
    expect([...new Set(uuids.map((u) => u.column_name))].sort()).toEqual(
      ['colleague_user_ids', 'created_by_user_id', 'id', 'material_kind_id', 'organisation_id', 'place_id', 'session_id', 'updated_by_user_id'].sort(),
    );
  });
});
