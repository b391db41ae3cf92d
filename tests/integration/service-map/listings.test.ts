import { startTestApi, TestApi } from '../../support/test-api';

const CREATE = `mutation($input: ServiceInput!) { createService(input: $input) {
  id name description categories languages serviceAreas minimumAge maximumAge capacityStatus waitingDays status lastConfirmedAt isStale canEdit
  organisation { name } locations { name }
} }`;
const UPDATE = `mutation($id: ID!, $input: UpdateServiceInput!) { updateService(id: $id, input: $input) { id name alternateName description waitingDays lastConfirmedAt isStale locations { name } } }`;

describe('keeping listings up to date', () => {
  let api: TestApi;
  let boysprojectId: string;
  let movieraId: string;
  beforeAll(async () => {
    api = await startTestApi();
    [{ id: boysprojectId }] = await api.dataSource.query(`SELECT id FROM organisations WHERE name = 'Boysproject'`);
    [{ id: movieraId }] = await api.dataSource.query(`SELECT id FROM organisations WHERE name = 'Moviera'`);
  });
  afterAll(() => api.close());

  it('an admin adds a service at their location, and it is found on the map', async () => {
    const admin = await api.as('admin@boysproject.test');
    const [{ id: locationId }] = await api.dataSource.query(`SELECT id FROM locations WHERE organisation_id = $1`, [boysprojectId]);
    const { createService } = await admin.ok(CREATE, {
      input: {
        organisationId: boysprojectId,
        name: '  Juridische permanentie  ',
        description: 'Vragen over verblijf en werk.',
        categories: ['LEGAL_AID', 'LEGAL_AID'],
        languages: ['nl', 'fr'],
        serviceAreas: ['BE-VAN'],
        minimumAge: 18,
        maximumAge: 99,
        capacityStatus: 'WAITLIST',
        waitingDays: 10,
        locationIds: [locationId],
      },
    });
    expect(createService).toMatchObject({
      name: 'Juridische permanentie',
      categories: ['LEGAL_AID'],
      status: 'ACTIVE',
      isStale: false,
      canEdit: true,
      organisation: { name: 'Boysproject' },
      locations: [{ name: 'Boysproject Antwerpen' }],
    });
    const sam = await api.as('sam@boysproject.test');
    const { services } = await sam.ok(`{ services(filter: { text: "juridische permanentie anvers", categories: [LEGAL_AID] }) { nodes { id } } }`);
    expect(services.nodes).toEqual([{ id: createService.id }]);
  });

  it('saving a stale listing confirms it; confirming alone does too', async () => {
    const coordinator = await api.as('coordinator@brug.test');
    const stale = (await coordinator.ok(`{ staleListings(first: 100) { nodes { id name } } }`)).staleListings.nodes;
    expect(stale.length).toBeGreaterThanOrEqual(2);
    const { updateService } = await coordinator.ok(UPDATE, { id: stale[0].id, input: { waitingDays: 3, alternateName: '' } });
    expect(updateService).toMatchObject({ name: stale[0].name, waitingDays: 3, alternateName: null, isStale: false });
    const { confirmService } = await coordinator.ok(`mutation($id: ID!) { confirmService(id: $id) { isStale lastConfirmedAt } }`, { id: stale[1].id });
    expect(confirmService.isStale).toBe(false);
    expect(Date.now() - new Date(confirmService.lastConfirmedAt).getTime()).toBeLessThan(60_000);
    const after = (await coordinator.ok(`{ staleListings(first: 100) { nodes { id } } }`)).staleListings.nodes.map((n: { id: string }) => n.id);
    expect(after).not.toContain(stale[0].id);
    expect(after).not.toContain(stale[1].id);
    expect(after.length).toBe(stale.length - 2);
  });

  it('a listing becomes stale six months after its last confirmation', async () => {
    const sam = await api.as('sam@boysproject.test');
    const { services } = await sam.ok(`{ services(filter: { text: "Straathoekwerk en outreach" }) { nodes { id isStale } } }`);
    expect(services.nodes[0].isStale).toBe(false);
    const id = services.nodes[0].id;
    const confirmedMonthsAgo = async (months: number, extraDays: number) => {
      await api.dataSource.query(`UPDATE services SET last_confirmed_at = now() - make_interval(months => $2, days => $3) WHERE id = $1`, [
        id,
        months,
        extraDays,
      ]);
      return (await sam.ok(`query($id: ID!) { service(id: $id) { isStale } }`, { id })).service.isStale;
    };
    expect(await confirmedMonthsAgo(6, -1)).toBe(false);
    expect(await confirmedMonthsAgo(6, 1)).toBe(true);
  });

  it('a worker changes the capacity of their own service; the listing shows it at once', async () => {
    const sam = await api.as('sam@boysproject.test');
    const { services } = await sam.ok(`{ services(filter: { text: "Psychosociale begeleiding" }) { nodes { id capacityStatus } } }`);
    const { setServiceCapacity } = await sam.ok(
      `mutation($id: ID!) { setServiceCapacity(id: $id, capacityStatus: FULL, waitingDays: 40) { capacityStatus waitingDays } }`,
      { id: services.nodes[0].id },
    );
    expect(setServiceCapacity).toEqual({ capacityStatus: 'FULL', waitingDays: 40 });
    const notAccepting = await sam.ok(`{ services(filter: { acceptingNow: false, organisationId: "${boysprojectId}" }) { nodes { id } } }`);
    expect(notAccepting.services.nodes.map((n: { id: string }) => n.id)).toContain(services.nodes[0].id);
  });

  it('an archived service leaves the map, cannot be archived twice, and can be restored', async () => {
    const admin = await api.as('admin@boysproject.test');
    const sam = await api.as('sam@boysproject.test');
    const { createService } = await admin.ok(CREATE, { input: { organisationId: boysprojectId, name: 'Tijdelijke dienst' } });
    const id = createService.id;
    expect((await admin.ok(`mutation($id: ID!) { archiveService(id: $id) { status } }`, { id })).archiveService.status).toBe('ARCHIVED');
    expect((await admin.fails(`mutation($id: ID!) { archiveService(id: $id) { status } }`, { id })).code).toBe('CONFLICT');
    expect((await sam.fails(`query($id: ID!) { service(id: $id) { id } }`, { id })).code).toBe('NOT_FOUND');
    expect((await sam.ok(`{ services(filter: { text: "Tijdelijke dienst" }) { totalCount } }`)).services.totalCount).toBe(0);
    const { organisation } = await admin.ok(
      `query($org: ID!) { organisation(id: $org) { all: services(includeArchived: true) { id } active: services { id } } }`,
      { org: boysprojectId },
    );
    expect(organisation.all.map((s: { id: string }) => s.id)).toContain(id);
    expect(organisation.active.map((s: { id: string }) => s.id)).not.toContain(id);
    expect((await admin.ok(`mutation($id: ID!) { restoreService(id: $id) { status } }`, { id })).restoreService.status).toBe('ACTIVE');
    expect((await sam.ok(`query($id: ID!) { service(id: $id) { name } }`, { id })).service.name).toBe('Tijdelijke dienst');
  });

  it("an admin edits the organisation's profile", async () => {
    const admin = await api.as('admin@boysproject.test');
    const { updateOrganisation } = await admin.ok(
      `mutation($id: ID!) { updateOrganisation(id: $id, input: { phone: "+32 3 000 00 00", website: "https://boysproject.example" }) { name phone website canEdit } }`,
      { id: boysprojectId },
    );
    expect(updateOrganisation).toEqual({ name: 'Boysproject', phone: '+32 3 000 00 00', website: 'https://boysproject.example', canEdit: true });
  });

  const badServices: [string, Record<string, unknown>, string][] = [
    ['an empty name', { name: '' }, 'name'],
    ['a name of spaces', { name: '   ' }, 'name'],
    ['a name over 200 characters', { name: 'x'.repeat(201) }, 'name'],
    ['a description over 5000 characters', { description: 'x'.repeat(5001) }, 'description'],
    ['an unknown language', { languages: ['nl', 'xx'] }, 'languages'],
    ['an unknown region', { serviceAreas: ['BE-XX'] }, 'serviceAreas'],
    ['a contact e-mail that is not one', { contactEmail: 'nobody' }, 'contactEmail'],
    ['a website that is not a web address', { website: 'javascript:alert(1)' }, 'website'],
    ['a minimum age above the maximum', { minimumAge: 30, maximumAge: 18 }, 'maximumAge'],
    ['a waiting time over a year', { waitingDays: 400 }, 'waitingDays'],
    ['a negative waiting time', { waitingDays: -1 }, 'waitingDays'],
    ['an organisation id that is not one', { organisationId: 'abc' }, 'organisationId'],
  ];
  it.each(badServices)('a service with %s is refused with BAD_USER_INPUT naming the field', async (_what, override, field) => {
    const admin = await api.as('admin@boysproject.test');
    const error = await admin.fails(CREATE, { input: { organisationId: boysprojectId, name: 'Goede naam', ...override } });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.field).toBe(field);
    expect(error.message).toContain(field);
  });

  it('a service cannot be placed at another organisation’s location', async () => {
    const admin = await api.as('admin@boysproject.test');
    const [{ id: movieraLocation }] = await api.dataSource.query(`SELECT id FROM locations WHERE organisation_id = $1`, [movieraId]);
    const error = await admin.fails(CREATE, { input: { organisationId: boysprojectId, name: 'Ergens anders', locationIds: [movieraLocation] } });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'locationIds' } });
    expect((await api.dataSource.query(`SELECT 1 FROM services WHERE name = 'Ergens anders'`)).length).toBe(0);
  });

  it('updates check the same rules, also against the stored values', async () => {
    const admin = await api.as('admin@boysproject.test');
    const { createService } = await admin.ok(CREATE, { input: { organisationId: boysprojectId, name: 'Leeftijdsgrens', minimumAge: 16 } });
    const error = await admin.fails(UPDATE, { id: createService.id, input: { maximumAge: 12 } });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'maximumAge' } });
    expect((await admin.fails(UPDATE, { id: createService.id, input: { name: null } })).extensions.field).toBe('name');
    expect(
      (await admin.fails(`mutation($id: ID!) { setServiceCapacity(id: $id, capacityStatus: WAITLIST, waitingDays: 366) { id } }`, { id: createService.id }))
        .extensions.field,
    ).toBe('waitingDays');
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ country: 'FR' }, 'country'],
    [{ firstAdmin: { email: 'no-address', displayName: 'X' } }, 'firstAdmin.email'],
  ])('a new organisation with %j is refused naming %s', async (override, field) => {
    const coordinator = await api.as('coordinator@brug.test');
    const error = await coordinator.fails(`mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }`, {
      input: { name: 'Nieuwe organisatie', country: 'NL', firstAdmin: { email: 'a@example.test', displayName: 'A' }, ...override },
    });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field } });
  });

  it('a location with an unknown region is refused naming the field', async () => {
    const admin = await api.as('admin@boysproject.test');
    const error = await admin.fails(`mutation($input: LocationInput!) { createLocation(input: $input) { id } }`, {
      input: { organisationId: boysprojectId, name: 'X', city: 'Antwerpen', region: 'BE' },
    });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'region' } });
  });
});
