import { startTestApi, TestApi } from '../../support/test-api';
import { postalCodesIn, rest, schemaErrors, streetsIn, tokenOf } from './hsds-fixtures';

const HIDDEN_STREET = 'Geheimlaan 7';
const NETWORK_STREET = 'Voorbeeldweg 3';
const PUBLIC_STREET = 'Voorbeeldkaai 2';

describe('the service map as Open Referral HSDS 3.0', () => {
  let api: TestApi;
  let sam: string;
  beforeAll(async () => {
    api = await startTestApi();
    sam = await tokenOf(api, 'sam@boysproject.test');
  });
  afterAll(() => api.close());

  it('exports the whole map with every organization and service valid against the official schemas', async () => {
    const { status, body } = await rest(api, '/hsds/export', { token: sam });
    expect(status).toBe(200);
    const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM organisations WHERE status = 'ACTIVE'`);
    expect(body).toHaveLength(count);
    expect(body.flatMap((org: unknown) => schemaErrors('organization', org))).toEqual([]);
    const services = body.flatMap((o: any) => o.services);
    const [{ active }] = await api.dataSource.query(`SELECT count(*)::int AS active FROM services WHERE status = 'ACTIVE'`);
    expect(services).toHaveLength(active);
  });

  it('maps a listing onto HSDS: languages, areas, contact, schedule and the Brug facts as attributes', async () => {
    const [row] = await api.dataSource.query(
      `SELECT id, name, languages, service_areas, capacity_status, anonymous_access, categories FROM services WHERE status = 'ACTIVE' AND array_length(categories, 1) > 0 ORDER BY name LIMIT 1`,
    );
    const { body: service } = await rest(api, `/hsds/services/${row.id}`, { token: sam });
    expect(schemaErrors('service', service)).toEqual([]);
    expect(service).toMatchObject({ id: row.id, name: row.name, status: 'active' });
    expect(service.languages.map((l: any) => l.code)).toEqual(row.languages);
    expect(service.service_areas.map((a: any) => a.name)).toEqual(row.service_areas);
    const facts = Object.fromEntries(service.attributes.filter((a: any) => a.value !== undefined).map((a: any) => [a.taxonomy_term.code, a.value]));
    expect(facts).toMatchObject({ capacity_status: row.capacity_status, anonymous_access: String(row.anonymous_access) });
    const categories = service.attributes.filter((a: any) => a.taxonomy_term.taxonomy === 'brug-service-category').map((a: any) => a.taxonomy_term.code);
    expect(categories).toEqual(row.categories);
    expect(service.organization.id).toBeDefined();
  });

  it('signed out, serves active listings with PUBLIC addresses only', async () => {
    const { status, body } = await rest(api, '/hsds/export');
    expect(status).toBe(200);
    const streets = streetsIn(body);
    expect(streets).toContain(PUBLIC_STREET);
    expect(streets).not.toContain(NETWORK_STREET);
    expect(streets).not.toContain(HIDDEN_STREET);
    expect(postalCodesIn(body)).not.toContain('6822'); // the shelter's
    expect(body.flatMap((org: unknown) => schemaErrors('organization', org))).toEqual([]);
  });

  it('a signed-in member also gets NETWORK addresses, never a HIDDEN one of another organisation', async () => {
    const streets = streetsIn((await rest(api, '/hsds/export', { token: sam })).body);
    expect(streets).toEqual(expect.arrayContaining([PUBLIC_STREET, NETWORK_STREET]));
    expect(streets).not.toContain(HIDDEN_STREET);
    const coordinator = await tokenOf(api, 'coordinator@brug.test');
    expect(streetsIn((await rest(api, '/hsds/export', { token: coordinator })).body)).not.toContain(HIDDEN_STREET);
  });

  it('the HIDDEN address reaches only its own organisation', async () => {
    const noor = await tokenOf(api, 'noor@moviera.test');
    expect(streetsIn((await rest(api, '/hsds/export', { token: noor })).body)).toContain(HIDDEN_STREET);
  });

  it('pages services as the HSDS API reference says', async () => {
    const [{ active }] = await api.dataSource.query(`SELECT count(*)::int AS active FROM services WHERE status = 'ACTIVE'`);
    const first = (await rest(api, '/hsds/services?per_page=2')).body;
    expect(first).toMatchObject({
      total_items: active,
      total_pages: Math.ceil(active / 2),
      page_number: 1,
      size: 2,
      first_page: true,
      last_page: false,
      empty: false,
    });
    expect(first.contents.flatMap((s: unknown) => schemaErrors('service_list', s))).toEqual([]);
    const second = (await rest(api, '/hsds/services?per_page=2&page=2')).body;
    expect(second.page_number).toBe(2);
    expect(second.contents.map((s: any) => s.id)).not.toEqual(expect.arrayContaining(first.contents.map((s: any) => s.id)));
    const names = [...first.contents, ...second.contents].map((s: any) => s.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const bad = await rest(api, '/hsds/services?per_page=1000');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it("lists an organization's services, organizations and taxonomies", async () => {
    const [moviera] = await api.dataSource.query(`SELECT id FROM organisations WHERE name = 'Moviera'`);
    const own = (await rest(api, `/hsds/services?organization_id=${moviera.id}&per_page=100`)).body;
    expect(own.total_items).toBeGreaterThan(0);
    expect(own.contents.every((s: any) => s.organization_id === moviera.id)).toBe(true);

    const orgs = (await rest(api, '/hsds/organizations?per_page=100')).body;
    expect(orgs.contents.map((o: any) => o.id)).toContain(moviera.id);
    expect(orgs.contents.flatMap((o: unknown) => schemaErrors('organization_list', o))).toEqual([]);

    const one = await rest(api, `/hsds/organizations/${moviera.id}`);
    expect(one.status).toBe(200);
    expect(schemaErrors('organization', { ...one.body, services: undefined })).toEqual([]);
    expect(one.body.services.map((s: any) => s.id).sort()).toEqual(own.contents.map((s: any) => s.id).sort());

    const taxonomies = (await rest(api, '/hsds/taxonomies')).body;
    expect(taxonomies.contents.map((t: any) => t.name)).toEqual(expect.arrayContaining(['Brug service categories', 'Brug target groups']));
    expect(taxonomies.contents.flatMap((t: unknown) => schemaErrors('taxonomy', t))).toEqual([]);
  });

  it('an archived service is not on the open map', async () => {
    const [{ id }] = await api.dataSource.query(`SELECT id FROM services WHERE status = 'ACTIVE' ORDER BY name LIMIT 1`);
    await api.dataSource.query(`UPDATE services SET status = 'ARCHIVED' WHERE id = $1`, [id]);
    try {
      expect((await rest(api, `/hsds/services/${id}`, { token: sam })).status).toBe(404);
      const exported = (await rest(api, '/hsds/export')).body;
      expect(exported.flatMap((o: any) => o.services.map((s: any) => s.id))).not.toContain(id);
    } finally {
      await api.dataSource.query(`UPDATE services SET status = 'ACTIVE' WHERE id = $1`, [id]);
    }
  });

  it('an unknown id or API path answers 404 in JSON, never the web page', async () => {
    for (const path of [
      '/hsds/services/5b0f3c1e-8d2a-4c7e-9f10-123456789abc',
      '/hsds/services/not-an-id',
      '/hsds/organizations/5b0f3c1e-8d2a-4c7e-9f10-123456789abc',
      '/hsds/nothing-here',
      '/hsds/services/x/y',
      '/fhir/Nothing/1',
    ]) {
      const answer = await rest(api, path);
      expect({ path, status: answer.status, json: answer.type?.startsWith('application/') && answer.type.includes('json') }).toEqual({
        path,
        status: 404,
        json: true,
      });
      expect(typeof answer.body).toBe('object');
    }
  });
});
