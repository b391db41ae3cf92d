import { startTestApi, TestApi } from '../../support/test-api';

const SHELTER = 'Beschermde opvang mensenhandel';
const SERVICE_LOCATIONS = `query($text: String) { services(filter: { text: $text }) { nodes { name locations { name city region visibility address postalCode } } } }`;
const ORGANISATION_LOCATIONS = `query($id: ID!) { organisation(id: $id) { locations { name visibility address postalCode city } } }`;

describe('location addresses and their visibility', () => {
  let api: TestApi;
  let movieraId: string;
  beforeAll(async () => {
    api = await startTestApi();
    [{ id: movieraId }] = await api.dataSource.query(`SELECT id FROM organisations WHERE name = 'Moviera'`);
  });
  afterAll(() => api.close());

  async function shelterLocation(email: string) {
    const client = await api.as(email);
    const { services } = await client.ok(SERVICE_LOCATIONS, { text: 'beschermde opvang' });
    return services.nodes.find((n: { name: string }) => n.name === SHELTER).locations[0];
  }

  it("a shelter's HIDDEN address is shown to its own organisation's members only", async () => {
    expect(await shelterLocation('noor@moviera.test')).toMatchObject({ visibility: 'HIDDEN', address: 'Geheimlaan 7', postalCode: '6822', city: 'Arnhem' });
    expect(await shelterLocation('admin@moviera.test')).toMatchObject({ address: 'Geheimlaan 7' });
    for (const outsider of ['sam@boysproject.test', 'admin@boysproject.test', 'lotte@nextstep.test', 'coordinator@brug.test']) {
      // The city and region stay, so the map can still be searched by place.
      expect(await shelterLocation(outsider)).toEqual({
        name: 'Moviera beschermde opvang',
        visibility: 'HIDDEN',
        city: 'Arnhem',
        region: 'NL-GE',
        address: null,
        postalCode: null,
      });
    }
  });

  it("the organisation's own location list hides it the same way", async () => {
    const sam = await api.as('sam@boysproject.test');
    const { organisation } = await sam.ok(ORGANISATION_LOCATIONS, { id: movieraId });
    const hidden = organisation.locations.find((l: { visibility: string }) => l.visibility === 'HIDDEN');
    expect(hidden).toMatchObject({ address: null, postalCode: null, city: 'Arnhem' });
    const network = organisation.locations.find((l: { visibility: string }) => l.visibility === 'NETWORK');
    expect(network.address).toBe('Voorbeeldweg 3');
  });

  it('a NETWORK address is shown to every signed-in member, a PUBLIC one too', async () => {
    const jules = await api.as('jules@alias.test');
    const { services } = await jules.ok(SERVICE_LOCATIONS, { text: 'zorgcoördinatie' });
    expect(services.nodes[0].locations[0]).toMatchObject({ visibility: 'NETWORK', address: 'Voorbeeldweg 3', postalCode: '6811' });
    const publicOne = await jules.ok(SERVICE_LOCATIONS, { text: 'Scheldezicht' });
    expect(publicOne.services.nodes[0].locations[0]).toMatchObject({ visibility: 'PUBLIC', address: 'Voorbeeldkaai 2' });
  });

  it('searching for a hidden street finds nothing', async () => {
    const sam = await api.as('sam@boysproject.test');
    expect((await sam.ok(`{ services(filter: { text: "Geheimlaan" }) { totalCount } }`)).services.totalCount).toBe(0);
  });

  it('signed out, nothing of the map is shown', async () => {
    expect((await api.anonymous.fails(SERVICE_LOCATIONS, { text: 'opvang' })).code).toBe('UNAUTHENTICATED');
  });

  it('a coordinator can replace a hidden address without being shown it', async () => {
    const coordinator = await api.as('coordinator@brug.test');
    const [{ id }] = await api.dataSource.query(`SELECT id FROM locations WHERE name = 'Moviera beschermde opvang'`);
    const { updateLocation } = await coordinator.ok(
      `mutation($id: ID!) { updateLocation(id: $id, input: { address: "Nieuwe Geheimlaan 8" }) { address visibility } }`,
      { id },
    );
    expect(updateLocation).toEqual({ address: null, visibility: 'HIDDEN' });
    expect(await shelterLocation('noor@moviera.test')).toMatchObject({ address: 'Nieuwe Geheimlaan 8' });
  });

  it('an admin makes a new location HIDDEN and only their organisation sees its address', async () => {
    const admin = await api.as('admin@boysproject.test');
    const [{ id: orgId }] = await api.dataSource.query(`SELECT id FROM organisations WHERE name = 'Boysproject'`);
    const { createLocation } = await admin.ok(
      `mutation($input: LocationInput!) { createLocation(input: $input) { id address postalCode country visibility canEdit } }`,
      {
        input: {
          organisationId: orgId,
          name: 'Safe house',
          address: 'Stille straat 1',
          postalCode: '2000',
          city: 'Antwerpen',
          region: 'BE-VAN',
          visibility: 'HIDDEN',
        },
      },
    );
    expect(createLocation).toMatchObject({ address: 'Stille straat 1', postalCode: '2000', country: 'BE', visibility: 'HIDDEN', canEdit: true });
    const noor = await api.as('noor@moviera.test');
    const { organisation } = await noor.ok(ORGANISATION_LOCATIONS, { id: orgId });
    expect(organisation.locations.find((l: { name: string }) => l.name === 'Safe house')).toMatchObject({ address: null, postalCode: null });
  });
});
