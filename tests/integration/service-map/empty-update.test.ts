import { startTestApi, TestApi } from '../../support/test-api';

describe('changing a listing with nothing to change', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('answers the location as it is, not an error (an UPDATE without columns used to be an INTERNAL_SERVER_ERROR)', async () => {
    const admin = await api.as('admin@boysproject.test');
    const [{ id }] = await api.dataSource.query(
      `SELECT l.id FROM locations l JOIN organisations o ON o.id = l.organisation_id WHERE o.name = 'Boysproject' ORDER BY l.id LIMIT 1`,
    );
    const before = await api.dataSource.query(`SELECT * FROM locations WHERE id = $1`, [id]);
    const { updateLocation } = await admin.ok(`mutation($id: ID!) { updateLocation(id: $id, input: {}) { id name } }`, { id });
    expect(updateLocation.id).toBe(id);
    expect(await api.dataSource.query(`SELECT * FROM locations WHERE id = $1`, [id])).toEqual(before);
  });

  it('answers the organisation as it is, not an error', async () => {
    const admin = await api.as('admin@boysproject.test');
    const [{ id }] = await api.dataSource.query(`SELECT id FROM organisations WHERE name = 'Boysproject'`);
    const before = await api.dataSource.query(`SELECT * FROM organisations WHERE id = $1`, [id]);
    const { updateOrganisation } = await admin.ok(`mutation($id: ID!) { updateOrganisation(id: $id, input: {}) { id name } }`, { id });
    expect(updateOrganisation).toEqual({ id, name: 'Boysproject' });
    expect(await api.dataSource.query(`SELECT * FROM organisations WHERE id = $1`, [id])).toEqual(before);
  });
});
