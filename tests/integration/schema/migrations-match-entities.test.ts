import { createDataSource } from '../../../api/src/db/data-source';
import { createTestDatabase } from '../../support/test-api';

describe('migrations', () => {
  it('bring an empty database exactly to what the entities describe (run `npm run migration:generate` when not)', async () => {
    const dataSource = createDataSource(await createTestDatabase('brug_template'), { poolSize: 2 });
    await dataSource.initialize();
    try {
      expect(await dataSource.showMigrations()).toBe(false);
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
