import { startTestApi, type TestApi } from '../../support/test-api';
import type { GraphQLClient } from '../../support/graphql-client';

const CREATE_PLACE = `mutation($input: OutreachPlaceInput!) { createOutreachPlace(input: $input) { id name kind region archived canEdit } }`;
const UPDATE_PLACE = `mutation($id: ID!, $input: OutreachPlaceInput!) { updateOutreachPlace(id: $id, input: $input) { id name archived } }`;
const CREATE_KIND = `mutation($input: OutreachMaterialKindInput!) { createOutreachMaterialKind(input: $input) { id name archived } }`;
const UPDATE_KIND = `mutation($id: ID!, $input: OutreachMaterialKindInput!) { updateOutreachMaterialKind(id: $id, input: $input) { id name archived } }`;

/** The organisation's admin keeps its own outreach places and material kinds; its workers pick from them. */
describe("an organisation's outreach lists", () => {
  let api: TestApi;
  let admin: GraphQLClient;
  let sam: GraphQLClient;
  let otherAdmin: GraphQLClient;

  beforeAll(async () => {
    api = await startTestApi();
    [admin, sam, otherAdmin] = await Promise.all(['admin@boysproject.test', 'sam@boysproject.test', 'admin@moviera.test'].map((e) => api.as(e)));
  });
  afterAll(() => api.close());

  it('the admin adds a place; its workers see it in the form list, other organisations do not', async () => {
    const { createOutreachPlace: place } = await admin.ok(CREATE_PLACE, { input: { name: 'Park Spoor Noord', kind: 'ZONE', region: 'BE-VAN' } });
    expect(place).toMatchObject({ name: 'Park Spoor Noord', kind: 'ZONE', archived: false, canEdit: true });
    const own = await sam.ok(`{ outreachPlaces { id canEdit } }`);
    expect(own.outreachPlaces).toContainEqual({ id: place.id, canEdit: false });
    const other = await otherAdmin.ok(`{ outreachPlaces { id } }`);
    expect(other.outreachPlaces.map((p: { id: string }) => p.id)).not.toContain(place.id);
  });

  it('an archived place leaves the form list but stays in the full list', async () => {
    const { createOutreachPlace: place } = await admin.ok(CREATE_PLACE, { input: { name: 'Oude parking', kind: 'ZONE', region: 'BE-VAN' } });
    await admin.ok(UPDATE_PLACE, { id: place.id, input: { name: 'Oude parking', kind: 'ZONE', region: 'BE-VAN', archived: true } });
    const { outreachPlaces: active } = await sam.ok(`{ outreachPlaces { id } }`);
    const { outreachPlaces: all } = await sam.ok(`{ outreachPlaces(includeArchived: true) { id archived } }`);
    expect(active.map((p: { id: string }) => p.id)).not.toContain(place.id);
    expect(all).toContainEqual({ id: place.id, archived: true });
  });

  it('the admin keeps the material kinds; a second kind with the same name is a CONFLICT', async () => {
    const { createOutreachMaterialKind: kind } = await admin.ok(CREATE_KIND, { input: { name: 'Femidoms' } });
    const renamed = await admin.ok(UPDATE_KIND, { id: kind.id, input: { name: 'Vrouwencondooms' } });
    expect(renamed.updateOutreachMaterialKind).toMatchObject({ id: kind.id, name: 'Vrouwencondooms' });
    expect((await admin.fails(CREATE_KIND, { input: { name: 'Vrouwencondooms' } })).code).toBe('CONFLICT');
    const { outreachMaterialKinds } = await sam.ok(`{ outreachMaterialKinds { name } }`);
    expect(outreachMaterialKinds).toContainEqual({ name: 'Vrouwencondooms' });
  });

  it('a worker, another organisation’s admin and the coordinator cannot change the lists', async () => {
    const { outreachPlaces } = await admin.ok(`{ outreachPlaces { id } }`);
    const input = { name: 'Elders', kind: 'VENUE', region: 'BE-VAN' };
    expect((await sam.fails(CREATE_PLACE, { input })).code).toBe('FORBIDDEN');
    expect((await sam.fails(UPDATE_PLACE, { id: outreachPlaces[0].id, input })).code).toBe('FORBIDDEN');
    expect((await otherAdmin.fails(UPDATE_PLACE, { id: outreachPlaces[0].id, input })).code).toBe('NOT_FOUND');
    const coordinator = await api.as('coordinator@brug.test');
    expect((await coordinator.fails(CREATE_KIND, { input: { name: 'X' } })).code).toBe('FORBIDDEN');
  });

  it('row-level security keeps another organisation’s lists out of reach even without the API’s own checks', async () => {
    const [moviera] = await api.dataSource.query(`SELECT id FROM organisations WHERE name = 'Moviera'`);
    const seen = await api.appDataSource.transaction(async (em) => {
      await em.query(`SELECT set_config('brug.organisation_id', $1, true)`, [moviera.id]);
      return em.query(
        `SELECT (SELECT count(*)::int FROM outreach_places) AS places, (SELECT count(*)::int FROM outreach_sessions) AS sessions, (SELECT count(*)::int FROM outreach_session_materials) AS materials`,
      );
    });
    expect(seen).toEqual([{ places: 0, sessions: 0, materials: 0 }]);
  });
});
