import { PartitionAuditByMonth1796413010909 } from '../../../migrations/1796413010909-PartitionAuditByMonth';
import { startTestApi, TestApi } from '../../support/test-api';

/** The audit trail, partitioned by month: entries kept through the change, guards on every partition. */
describe('the audit trail by month', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const entries = async (via: { query(sql: string): Promise<unknown> } = api.dataSource) =>
    (await via.query(`SELECT id, at, client_id, operation, action, consent_id FROM audit_entries ORDER BY id`)) as { id: string }[];

  it('keeps every entry, with its id, when the table is partitioned (and when that is undone)', async () => {
    // Reads of the demo network as it stands: entries to keep.
    const sam = await api.as('sam@boysproject.test');
    await sam.ok(`{ clients(first: 20) { nodes { pseudonym profile { ageRange } } } }`);
    const before = await entries();
    expect(before.length).toBeGreaterThan(0);

    const migration = new PartitionAuditByMonth1796413010909();
    const runner = api.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await migration.down(runner);
      expect(await entries(runner)).toEqual(before);
      await migration.up(runner);
      await runner.commitTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await entries()).toEqual(before);
    // New entries carry on after the highest id, in this month's partition.
    await sam.ok(`{ clients(first: 1) { nodes { pseudonym } } }`);
    const [latest] = await api.dataSource.query(`SELECT id, tableoid::regclass::text AS partition FROM audit_entries ORDER BY id DESC LIMIT 1`);
    expect(BigInt(latest.id)).toBeGreaterThan(BigInt(before[before.length - 1].id));
    const month = new Date().toISOString().slice(0, 7).replace('-', '_');
    expect(latest.partition).toBe(`audit_entries_${month}`);
  });

  it('is partitioned by month, with the coming months made and a default for anything else', async () => {
    const [{ strategy }] = await api.dataSource.query(`SELECT partstrat AS strategy FROM pg_partitioned_table WHERE partrelid = 'audit_entries'::regclass`);
    expect(strategy).toBe('r');
    const partitions: string[] = (
      await api.dataSource.query(`SELECT inhrelid::regclass::text AS name FROM pg_inherits WHERE inhparent = 'audit_entries'::regclass`)
    ).map((r: { name: string }) => r.name);
    const next = new Date();
    next.setUTCDate(1);
    next.setUTCMonth(next.getUTCMonth() + 3);
    expect(partitions).toContain(`audit_entries_${next.toISOString().slice(0, 7).replace('-', '_')}`);
    expect(partitions).toContain('audit_entries_default');
    // Made again, nothing changes.
    expect((await api.dataSource.query(`SELECT brug_audit_partitions(3) AS made`))[0].made).toBe(0);
  });

  it('refuses changes on every partition, and the API reaches entries only through the guarded parent', async () => {
    const partitions: string[] = (
      await api.dataSource.query(`SELECT inhrelid::regclass::text AS name FROM pg_inherits WHERE inhparent = 'audit_entries'::regclass`)
    ).map((r: { name: string }) => r.name);
    for (const partition of partitions) {
      await expect(api.dataSource.query(`TRUNCATE ${partition}`)).rejects.toThrow(/append-only/);
      await expect(api.dataSource.query(`DELETE FROM ${partition}`)).rejects.toThrow(/append-only/);
      await expect(api.dataSource.query(`UPDATE ${partition} SET action = 'x'`)).rejects.toThrow(/append-only/);
      await expect(api.appDataSource.query(`SELECT count(*) FROM ${partition}`)).rejects.toThrow(/permission denied/);
    }
  });
});
