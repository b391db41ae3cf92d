import { startTestApi, TestApi } from '../../support/test-api';
import { addCoordinator, rest, tokenOf } from './hsds-fixtures';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** What the map holds, row by row (owner connection): a re-import must leave it exactly as it was. */
async function mapState(api: TestApi) {
  return {
    organisations: await api.dataSource.query(`SELECT * FROM organisations ORDER BY id`),
    services: await api.dataSource.query(`SELECT * FROM services ORDER BY id`),
    locations: await api.dataSource.query(`SELECT * FROM locations ORDER BY id`),
    placed: await api.dataSource.query(`SELECT * FROM service_locations ORDER BY service_id, location_id`),
    requirements: await api.dataSource.query(`SELECT * FROM service_requirements ORDER BY service_id, position`),
  };
}

const REQUIREMENTS = [
  { kind: 'QUESTION', text: 'Is the person 18 or older?', notEligibleWhenNo: true },
  { kind: 'QUESTION', text: 'Does the person live in Gelderland?', notEligibleWhenNo: false },
  { kind: 'DOCUMENT', text: 'Proof of residence', notEligibleWhenNo: false },
];

/** Gives NextStep's exit programme referral requirements (questions first: HSDS keeps the two kinds apart). */
async function withRequirements(api: TestApi): Promise<string> {
  const [{ id }] = await api.dataSource.query(`SELECT id FROM services WHERE name = 'Uitstapprogramma NextStep'`);
  const coordinator = await api.as('coordinator@brug.test');
  await coordinator.ok(`mutation($id: ID!, $input: UpdateServiceInput!) { updateService(id: $id, input: $input) { id } }`, {
    id,
    input: { requirements: REQUIREMENTS },
  });
  return id;
}

describe('importing an HSDS 3.0 file into the service map', () => {
  let api: TestApi;
  let coordinator: string;
  let file: any[];
  beforeAll(async () => {
    api = await startTestApi();
    coordinator = await tokenOf(api, 'coordinator@brug.test');
    await withRequirements(api);
    file = (await rest(api, '/hsds/export', { token: coordinator })).body;
  });
  afterAll(() => api.close());

  it("exports a service's questions as eligibility attributes and its documents as required_documents, and reads a change to them", async () => {
    const service = file.flatMap((o) => o.services).find((s: any) => s.name === 'Uitstapprogramma NextStep');
    expect(service.required_documents).toEqual([{ id: expect.any(String), service_id: service.id, document: 'Proof of residence' }]);
    const questions = service.attributes.filter((a: any) => a.link_type === 'eligibility');
    expect(questions.map((a: any) => [a.value, a.taxonomy_term.code])).toEqual([
      ['Is the person 18 or older?', 'eligibility_condition'],
      ['Does the person live in Gelderland?', 'eligibility_question'],
    ]);
    const changed = clone(file);
    const copy = changed.flatMap((o: any) => o.services).find((s: any) => s.id === service.id);
    copy.required_documents[0].document = 'Proof of residence or a letter from the municipality';
    const { body } = await rest(api, '/hsds/import', { token: coordinator, body: changed });
    expect(body.records.find((r: any) => r.id === service.id)).toMatchObject({ outcome: 'changed', changes: ['requirements'] });
    const tooLong = clone(file);
    tooLong.flatMap((o: any) => o.services).find((s: any) => s.id === service.id).required_documents[0].document = 'x'.repeat(501);
    const invalid = (await rest(api, '/hsds/import', { token: coordinator, body: tooLong })).body;
    expect(invalid.records.find((r: any) => r.id === service.id)).toMatchObject({
      outcome: 'invalid',
      errors: [{ path: '/required_documents/0/document', message: expect.stringContaining('500') }],
    });
  });

  it('a service that lists its documents before its questions reads unchanged from its own export', async () => {
    const nextStep = file.flatMap((o) => o.services).find((s: any) => s.name === 'Uitstapprogramma NextStep');
    const rows: { id: string; kind: string; text: string; not_eligible_when_no: boolean }[] = await api.dataSource.query(
      `SELECT id, kind, text, not_eligible_when_no FROM service_requirements WHERE service_id = $1 ORDER BY position`,
      [nextStep.id],
    );
    const as = (list: typeof rows) => list.map((r) => ({ id: r.id, kind: r.kind, text: r.text, notEligibleWhenNo: r.not_eligible_when_no }));
    const update = (requirements: ReturnType<typeof as>) =>
      api.as('coordinator@brug.test').then((c) =>
        c.ok(`mutation($id: ID!, $input: UpdateServiceInput!) { updateService(id: $id, input: $input) { id } }`, {
          id: nextStep.id,
          input: { requirements },
        }),
      );
    await update(as([rows[2], rows[0], rows[1]]));
    try {
      const exported = (await rest(api, '/hsds/export', { token: coordinator })).body;
      const { body } = await rest(api, '/hsds/import', { token: coordinator, body: exported });
      expect(body.records.find((r: any) => r.id === nextStep.id)).toMatchObject({ outcome: 'unchanged' });
    } finally {
      await update(as(rows));
    }
  });

  it('a requirement id used twice in the file, or belonging to another service, makes the record invalid (nothing is imported)', async () => {
    const services = file.flatMap((o) => o.services);
    const nextStep = services.find((s: any) => s.name === 'Uitstapprogramma NextStep');
    const otherId =
      services.find((s: any) => s.id !== nextStep.id && s.organization_id === nextStep.organization_id)?.id ??
      services.find((s: any) => s.id !== nextStep.id).id;
    const document = nextStep.required_documents[0];
    const twice = clone(file);
    const other = twice.flatMap((o: any) => o.services).find((s: any) => s.id === otherId);
    other.required_documents = [{ ...document, service_id: otherId }];
    const { body } = await rest(api, '/hsds/import', { token: coordinator, body: twice });
    expect(body.records.find((r: any) => r.id === otherId)).toMatchObject({ outcome: 'invalid', errors: [{ message: expect.stringContaining(document.id) }] });
    const refused = await rest(api, '/hsds/import?apply=true', { token: coordinator, body: twice });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    // Taken away from its own service in the file, the id still belongs to it in Brug.
    const moved = clone(twice);
    moved.flatMap((o: any) => o.services).find((s: any) => s.id === nextStep.id).required_documents = [];
    const again = await rest(api, '/hsds/import', { token: coordinator, body: moved });
    expect(again.body.records.find((r: any) => r.id === otherId)).toMatchObject({ outcome: 'invalid' });
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM service_requirements WHERE service_id = $1`, [otherId]);
    expect(n).toBe(0);
  });

  it('a dry run of the current map reports every record unchanged', async () => {
    const { status, body } = await rest(api, '/hsds/import', { token: coordinator, body: file });
    expect(status).toBe(200);
    expect(body.applied).toBe(false);
    expect(body.counts).toMatchObject({ new: 0, changed: 0, invalid: 0 });
    expect(body.counts.unchanged).toBe(body.records.length);
    expect(body.records.map((r: any) => r.type)).toEqual(expect.arrayContaining(['organization', 'location', 'service']));
  });

  it('importing the same file again changes nothing, not even a hidden street the coordinator cannot see', async () => {
    const before = await mapState(api);
    const { status, body } = await rest(api, '/hsds/import?apply=true', { token: coordinator, body: file });
    expect(status).toBe(200);
    expect(body).toMatchObject({ applied: true, counts: { new: 0, changed: 0, invalid: 0 } });
    expect(await mapState(api)).toEqual(before);
    const [{ address_line }] = await api.dataSource.query(`SELECT address_line FROM locations WHERE name = 'Moviera beschermde opvang'`);
    expect(address_line).toBe('Geheimlaan 7');
  });

  it('reports new, changed and invalid records with the schema error and the record id, and applies nothing while any is invalid', async () => {
    const changed = clone(file);
    const org = changed[0];
    const service = org.services[0];
    service.name = `${service.name} (nieuw)`;
    const newService = { ...clone(service), id: '1d7e9a52-4b3c-4f1e-8a2d-9c0b1e2f3a4b', name: 'Nieuwe inloop', service_at_locations: [], contacts: [] };
    const broken = { ...clone(service), id: '2e8f0b63-5c4d-4a2f-9b3e-0d1c2f3a4b5c', email: 'not an e-mail' };
    org.services.push(newService, broken);
    const before = await mapState(api);

    const { body } = await rest(api, '/hsds/import', { token: coordinator, body: changed });
    const byId = new Map(body.records.map((r: any) => [r.id, r]));
    expect(byId.get(service.id)).toMatchObject({ type: 'service', outcome: 'changed', changes: ['name'] });
    expect(byId.get(newService.id)).toMatchObject({ type: 'service', outcome: 'new', name: 'Nieuwe inloop' });
    expect(byId.get(broken.id)).toMatchObject({ type: 'service', outcome: 'invalid', errors: [{ path: '/email', message: 'must match format "email"' }] });
    expect(body.counts).toMatchObject({ new: 1, changed: 1, invalid: 1 });

    const refused = await rest(api, '/hsds/import?apply=true', { token: coordinator, body: changed });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(refused.body.errors[0].message).toMatch(/nothing was imported/);
    expect(await mapState(api)).toEqual(before);

    org.services.pop();
    const applied = await rest(api, '/hsds/import?apply=true', { token: coordinator, body: changed });
    expect(applied.body).toMatchObject({ applied: true, counts: { new: 1, changed: 1, invalid: 0 } });
    const names = (await api.dataSource.query(`SELECT name FROM services WHERE id = ANY($1)`, [[service.id, newService.id]])).map((r: any) => r.name).sort();
    expect(names).toEqual(['Nieuwe inloop', service.name].sort());
    // And once more: nothing left to do.
    expect((await rest(api, '/hsds/import', { token: coordinator, body: changed })).body.counts).toMatchObject({ new: 0, changed: 0, invalid: 0 });
  });

  it('says which Brug rule a record breaks: a region Brug does not know, a language code, a location of another organisation', async () => {
    const changed = clone(file);
    const [first, second] = changed;
    first.locations[0].addresses[0].state_province = 'Gelderland';
    first.services[0].languages.push({ id: '3f9a1c74-6d5e-4b3a-8c4f-1e2d3a4b5c6d', code: 'xx' });
    const other = first.services[1];
    other.service_at_locations.push({ id: '4a0b2d85-7e6f-4c4b-9d5a-2f3e4b5c6d7e', service_id: other.id, location_id: second.locations[0].id });
    const { body } = await rest(api, '/hsds/import', { token: coordinator, body: changed });
    const invalid = new Map(body.records.filter((r: any) => r.outcome === 'invalid').map((r: any) => [r.id, r.errors]));
    expect(invalid.get(first.locations[0].id)).toEqual([expect.objectContaining({ path: '/addresses/0/state_province' })]);
    expect(invalid.get(first.services[0].id)).toEqual([expect.objectContaining({ path: `/languages/${first.services[0].languages.length - 1}/code` })]);
    expect(invalid.get(other.id)).toEqual([
      expect.objectContaining({ path: '/service_at_locations', message: expect.stringContaining("not one of the organization's own locations") }),
    ]);
  });

  it('a file that is not HSDS JSON answers BAD_USER_INPUT', async () => {
    const notJson = await rest(api, '/hsds/import', { token: coordinator, body: '{"oops"' });
    expect(notJson.status).toBe(400);
    expect(notJson.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const wrongShape = await rest(api, '/hsds/import', { token: coordinator, body: { hello: 'world' } });
    expect(wrongShape.status).toBe(400);
  });

  it('only a network coordinator may import, signed in', async () => {
    expect((await rest(api, '/hsds/import', { body: file })).status).toBe(401);
    const admin = await tokenOf(api, 'admin@boysproject.test');
    const answer = await rest(api, '/hsds/import?apply=true', { token: admin, body: file });
    expect(answer.status).toBe(403);
    expect(answer.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('an HSDS round trip', () => {
  it('export, import into an empty network, export again: the same document', async () => {
    const source = await startTestApi();
    const empty = await startTestApi({ demo: false });
    try {
      const serviceId = await withRequirements(source);
      // Exported by a member of the organisation with the hidden shelter, so every street travels.
      const exported = (await rest(source, '/hsds/export', { token: await tokenOf(source, 'noor@moviera.test') })).body;
      const keeper = await tokenOf(empty, await addCoordinator(empty));
      const dry = (await rest(empty, '/hsds/import', { token: keeper, body: exported })).body;
      expect(dry.counts).toMatchObject({ changed: 0, unchanged: 0, invalid: 0 });
      expect(dry.counts.new).toBe(dry.records.length);
      const applied = await rest(empty, '/hsds/import?apply=true', { token: keeper, body: exported });
      expect(applied.status).toBe(200);
      // Read back as the coordinator of the new network: the shelter's street is hidden from them again.
      const [{ address_line }] = await empty.dataSource.query(`SELECT address_line FROM locations WHERE name = 'Moviera beschermde opvang'`);
      expect(address_line).toBe('Geheimlaan 7');
      const again = (await rest(empty, '/hsds/export', { token: keeper })).body;
      const expected = (await rest(source, '/hsds/export', { token: await tokenOf(source, 'coordinator@brug.test') })).body;
      expect(again).toEqual(expected);
      // The requirements came across with their ids, order and texts.
      const requirementsOf = (api: TestApi) =>
        api.dataSource.query(`SELECT id, position, kind, text, not_eligible_when_no FROM service_requirements WHERE service_id = $1 ORDER BY position`, [
          serviceId,
        ]);
      const imported = await requirementsOf(empty);
      expect(imported.map((r: any) => [r.kind, r.text, r.not_eligible_when_no])).toEqual(REQUIREMENTS.map((r) => [r.kind, r.text, r.notEligibleWhenNo]));
      expect(imported).toEqual(await requirementsOf(source));
    } finally {
      await empty.close();
      await source.close();
    }
  });
});

describe('importing from an address (another social map speaking the HSDS API)', () => {
  let source: TestApi;
  let target: TestApi;
  let keeper: string;
  beforeAll(async () => {
    source = await startTestApi();
    const host = new URL(source.url).host;
    target = await startTestApi({ demo: false, config: { hsdsImportHosts: [host] } });
    keeper = await tokenOf(target, await addCoordinator(target));
  });
  afterAll(async () => {
    await target.close();
    await source.close();
  });

  it('reads every page of the public organisations list, with their services, and imports it once', async () => {
    // Two per page, so the importer has to follow the pages; unsigned, so only public listings travel.
    const from = encodeURIComponent(`${source.url}/hsds/organizations?per_page=2`);
    const dry = await rest(target, `/hsds/import?from=${from}`, { token: keeper, method: 'POST' });
    expect(dry.status).toBe(200);
    const publicOrganisations = (await rest(source, '/hsds/organizations?per_page=100')).body.contents.length;
    expect(dry.body.records.filter((r: any) => r.type === 'organization')).toHaveLength(publicOrganisations);
    expect(dry.body.records.some((r: any) => r.type === 'service')).toBe(true);
    expect(dry.body.counts).toMatchObject({ changed: 0, unchanged: 0, invalid: 0 });

    const applied = await rest(target, `/hsds/import?from=${from}&apply=true`, { token: keeper, method: 'POST' });
    expect(applied.body).toMatchObject({ applied: true, counts: { invalid: 0 } });
    const again = await rest(target, `/hsds/import?from=${from}`, { token: keeper, method: 'POST' });
    expect(again.body.counts).toMatchObject({ new: 0, changed: 0, invalid: 0 });
    // The hidden shelter's street never left its organisation.
    expect(await target.dataSource.query(`SELECT 1 FROM locations WHERE address_line = 'Geheimlaan 7'`)).toEqual([]);
  });

  it('refuses an address the administrator did not list, before calling it, and a missing file with a clear answer', async () => {
    const elsewhere = await rest(target, `/hsds/import?from=${encodeURIComponent('http://192.0.2.1/hsds/organizations')}`, { token: keeper, method: 'POST' });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.errors[0].message).toMatch(/BRUG_HSDS_IMPORT_HOSTS/);
    const missing = await rest(target, `/hsds/import?from=${encodeURIComponent(`${source.url}/hsds/nothing-here`)}`, { token: keeper, method: 'POST' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].message).toMatch(/answered 404/);
  });

  it('lets no one but a coordinator make Brug call an address', async () => {
    const worker = await rest(source, `/hsds/import?from=${encodeURIComponent(`${target.url}/hsds/organizations`)}`, {
      token: await tokenOf(source, 'sam@boysproject.test'),
      method: 'POST',
    });
    expect(worker.status).toBe(403);
    const anonymous = await rest(target, `/hsds/import?from=${encodeURIComponent(`${source.url}/hsds/organizations`)}`, { method: 'POST' });
    expect(anonymous.status).toBe(401);
  });
});
