import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';
import { seedNetwork } from './seed';
import { seedOutreachAndProgress } from './seed-more';

const FIGURES = `query($s: FiguresScope!, $p: String, $r: String, $c: String) {
  figures(scope: $s, period: $p, region: $r, category: $c) { scope period region category periods regions minimumCount medianAnswerHours
    tables { name rowKind columns rows { key label values } total { key values } } } }`;

const table = (figures: any, name: string) => figures.tables.find((t: any) => t.name === name);

describe('figures: who may ask what, and what it costs', () => {
  let api: TestApi;
  let coordinator: GraphQLClient;
  let sam: GraphQLClient;
  let coldNetworkStatements: number;

  beforeAll(async () => {
    api = await startTestApi();
    coordinator = await api.as('coordinator@brug.test');
    sam = await api.as('sam@boysproject.test');
    // The demo network alone (nothing in complete months yet), built cold, for a member of another
    // organisation (built figures are kept a few minutes per scope and organisation).
    const lotte = await api.as('lotte@nextstep.test');
    coldNetworkStatements = (await lotte.request(FIGURES, { s: 'NETWORK' })).extensions!.sqlStatements!;
    // 26 months back always hold the whole last year, whatever today's month: tests read that year.
    await seedNetwork(api.dataSource, { clients: 600, referrals: 2500, months: 26, serviceLimit: 10, seed: 11 });
    await seedOutreachAndProgress(api.dataSource, { sessions: 500, external: 500, assessed: 300, months: 26, seed: 3 });
  }, 120_000);

  afterAll(() => api.close());

  it('coordinators see the network figures, never an organisation’s own; members see both; no one signed out', async () => {
    const { figures } = await coordinator.ok(FIGURES, { s: 'NETWORK' });
    expect(figures.scope).toBe('NETWORK');
    expect((await coordinator.fails(FIGURES, { s: 'ORGANISATION' })).code).toBe('FORBIDDEN');
    expect((await sam.ok(FIGURES, { s: 'ORGANISATION' })).figures.scope).toBe('ORGANISATION');
    expect((await sam.ok(FIGURES, { s: 'NETWORK' })).figures.scope).toBe('NETWORK');
    expect((await api.anonymous.fails(FIGURES, { s: 'NETWORK' })).code).toBe('UNAUTHENTICATED');
  });

  it('figures never name a client: no pseudonym, no client id, only services and organisations of the map', async () => {
    const [{ figures: network }, { figures: own }] = [await sam.ok(FIGURES, { s: 'NETWORK' }), await sam.ok(FIGURES, { s: 'ORGANISATION' })];
    const text = JSON.stringify([network, own]);
    const clients: { id: string; pseudonym: string }[] = await api.dataSource.query(`SELECT id, pseudonym FROM clients`);
    for (const c of clients) {
      expect(text).not.toContain(c.id);
      expect(text).not.toContain(c.pseudonym);
    }
    const mapIds = new Set((await api.dataSource.query(`SELECT id FROM services UNION ALL SELECT id FROM organisations`)).map((r: { id: string }) => r.id));
    for (const t of [...network.tables, ...own.tables]) for (const r of t.rows) if (/^[0-9a-f-]{36}$/.test(r.key)) expect(mapIds.has(r.key)).toBe(true);
  });

  it('an organisation’s figures count other organisations’ clients only as network totals, which row-level security would not let it read', async () => {
    const { figures } = await sam.ok(FIGURES, { s: 'NETWORK', p: `${new Date().getUTCFullYear() - 1}` });
    const registered = table(figures, 'clientsByMonth').total.values[0];
    const own = (await sam.ok(FIGURES, { s: 'ORGANISATION', p: figures.period })).figures;
    expect(registered).toBeGreaterThan(table(own, 'clientsByMonth').total.values[0] ?? 0);
    // As the API's database role, acting for Boysproject, the other organisations' clients of that year are out of sight.
    const runner = api.appDataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      const [{ id }] = await api.dataSource.query(`SELECT id FROM organisations WHERE name = 'Boysproject'`);
      await runner.query(`SELECT set_config('brug.organisation_id', $1, true)`, [id]);
      const [{ n }] = await runner.query(`SELECT count(*)::int AS n FROM clients WHERE extract(year FROM created_at) = $1`, [Number(figures.period)]);
      expect(n).toBeLessThan(registered);
      // The figure functions answer the app role with aggregates only; the rows behind them stay closed.
      await expect(runner.query(`SELECT * FROM brug_figures_referral_rows(false)`)).rejects.toThrow(/permission denied/);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('outreach, referrals outside the network and progress are counted like the rest: per month and region, people under 5 hidden, materials and topics as they are', async () => {
    const year = `${new Date().getUTCFullYear() - 1}`;
    const { figures } = await coordinator.ok(FIGURES, { s: 'NETWORK', p: year });
    const contacts = table(figures, 'outreachContacts');
    expect(contacts.columns).toEqual(['CONTACTS', 'NEW_CONTACTS']);
    expect(contacts.rows.map((r: any) => r.key)).toEqual(Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`));
    const [truth] = await api.dataSource.query(
      `SELECT sum(contacts_total)::int AS total, sum(contacts_new)::int AS fresh FROM outreach_sessions WHERE to_char(starts_at AT TIME ZONE 'Europe/Brussels', 'YYYY') = $1`,
      [year],
    );
    expect(contacts.total.values).toEqual([truth.total, truth.fresh]);
    // Materials are items, not people: every count shown, under the kind's name.
    const materials = table(figures, 'outreachMaterials');
    expect(materials.rows.map((r: any) => r.label).sort()).toEqual(expect.arrayContaining(['Condooms', 'Folders']));
    const [condoms] = await api.dataSource.query(
      `SELECT sum(m.count)::int AS n FROM outreach_session_materials m JOIN outreach_material_kinds k ON k.id = m.material_kind_id JOIN outreach_sessions s ON s.id = m.session_id
        WHERE lower(k.name) = 'condooms' AND to_char(s.starts_at AT TIME ZONE 'Europe/Brussels', 'YYYY') = $1`,
      [year],
    );
    expect(materials.rows.find((r: any) => r.label === 'Condooms').values).toEqual([condoms.n]);
    const topics = table(figures, 'outreachTopics').rows;
    expect(topics.length).toBeGreaterThan(0);
    expect(topics.every((r: any) => r.values[0] !== null)).toBe(true);
    // People are: a category referred on the spot or outside the network to fewer than 5 is hidden, and never alone.
    for (const name of ['outreachReferrals', 'outsideNetworkReferrals']) {
      const t = table(figures, name);
      expect(t.rows.length).toBeGreaterThan(1);
      const values = t.rows.map((r: any) => r.values[0]);
      for (const v of values) if (v !== null) expect(v === 0 || v >= 5).toBe(true);
      expect(values.filter((v: number | null) => v === null).length).not.toBe(1);
    }
    const outside = table(figures, 'outsideNetworkReferrals');
    const [sent] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM external_referrals WHERE to_char(created_at AT TIME ZONE 'Europe/Brussels', 'YYYY') = $1`,
      [year],
    );
    expect(outside.total.values).toEqual([sent.n]);
    // Progress: the people rated twice are those who improved, stayed or worsened.
    const progress = table(figures, 'lifeDomainProgress');
    expect(progress.columns).toEqual(['RATED_TWICE', 'IMPROVED', 'UNCHANGED', 'WORSENED']);
    const housing: (number | null)[] = progress.rows.find((r: any) => r.key === 'HOUSING').values;
    expect(housing[0]).toBeGreaterThanOrEqual(5);
    const [, up, same, down] = housing;
    if (up !== null && same !== null && down !== null) expect(up + same + down).toBe(housing[0]);
    // A category filter narrows the referral figures of outreach and outside the network to it.
    const filtered = (await coordinator.ok(FIGURES, { s: 'NETWORK', p: year, c: 'LEGAL_AID' })).figures;
    for (const name of ['outreachReferrals', 'outsideNetworkReferrals']) for (const r of table(filtered, name).rows) expect(r.key).toBe('LEGAL_AID');
    // An organisation's own outreach is its own sessions only.
    const own = (await sam.ok(FIGURES, { s: 'ORGANISATION', p: year })).figures;
    const [mine] = await api.dataSource.query(
      `SELECT COALESCE(sum(contacts_total), 0)::int AS total FROM outreach_sessions s JOIN organisations o ON o.id = s.organisation_id
        WHERE o.name = 'Boysproject' AND to_char(starts_at AT TIME ZONE 'Europe/Brussels', 'YYYY') = $1`,
      [year],
    );
    const shownOwn = table(own, 'outreachContacts').total.values[0];
    if (shownOwn !== null) expect(shownOwn).toBe(mine.total);
    else expect(mine.total).toBeGreaterThan(0);
  });

  it('filters are checked: only a complete period, a region code and a known category', async () => {
    const running = new Date().toISOString().slice(0, 7);
    expect((await sam.fails(FIGURES, { s: 'NETWORK', p: running })).code).toBe('BAD_USER_INPUT');
    expect((await sam.fails(FIGURES, { s: 'NETWORK', p: 'last week' })).code).toBe('BAD_USER_INPUT');
    expect((await sam.fails(FIGURES, { s: 'NETWORK', r: "BE'; --" })).code).toBe('BAD_USER_INPUT');
    expect((await sam.fails(FIGURES, { s: 'NETWORK', c: 'EVERYTHING' })).code).toBe('BAD_USER_INPUT');
    const { figures } = await sam.ok(FIGURES, { s: 'NETWORK', r: 'BE-VAN', c: 'STI_HIV_TESTING' });
    expect(figures).toMatchObject({ region: 'BE-VAN', category: 'STI_HIV_TESTING' });
    for (const r of table(figures, 'referralsByCategory').rows) expect(r.key).toBe('STI_HIV_TESTING');
    for (const r of table(figures, 'referralsByRegion').rows) expect(r.key).toBe('BE-VAN');
  });

  it('the whole network’s figures cost the same few statements however big the network is (aggregates in SQL, no row loaded)', async () => {
    // A first, uncached build of the seeded network's figures, for a member of a third organisation.
    const noor = await api.as('noor@moviera.test');
    const result = await noor.request(FIGURES, { s: 'NETWORK' });
    expect(result.errors).toBeUndefined();
    expect(result.extensions!.sqlStatements).toBe(coldNetworkStatements);
    expect(coldNetworkStatements).toBeLessThanOrEqual(15);
    // Twenty filters in one request pick from the same built figures.
    const fields = Array.from(
      { length: 20 },
      (_, i) => `f${i}: figures(scope: NETWORK, region: ${i % 2 ? '"BE-VAN"' : 'null'}) { period tables { name rows { key values } } }`,
    );
    const many = await sam.request(`{ ${fields.join(' ')} }`);
    expect(many.errors).toBeUndefined();
    expect(many.extensions!.sqlStatements).toBeLessThanOrEqual(coldNetworkStatements + 2 * 19);
  });

  it('the default period is the last complete quarter, and its months, statuses and totals add up where nothing is suppressed', async () => {
    const { figures } = await coordinator.ok(FIGURES, { s: 'NETWORK' });
    expect(figures.period).toMatch(/^\d{4}-Q[1-4]$/);
    expect(figures.periods[0] > figures.period || figures.periods.includes(figures.period)).toBe(true);
    const byMonth = table(figures, 'referralsByMonth');
    expect(byMonth.rows).toHaveLength(3);
    const sent = byMonth.columns.indexOf('ALL');
    const monthValues = byMonth.rows.map((r: any) => r.values[sent]);
    if (monthValues.every((v: number | null) => v !== null) && byMonth.total.values[sent] !== null) {
      expect(monthValues.reduce((a: number, b: number) => a + b, 0)).toBe(byMonth.total.values[sent]);
    }
    expect(table(figures, 'referralsByStatus').total.values[0]).toBe(byMonth.total.values[sent]);
    expect(figures.minimumCount).toBe(5);
  });
});
