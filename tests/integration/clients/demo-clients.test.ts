import { demoClientId } from '../../../api/src/demo/demo-clients';
import { startTestApi, TestApi } from '../../support/test-api';

const SEE = `query($id: ID!) { client(id: $id) { pseudonym sharedScopes viewerIsOwner consents { status granteeOrganisation { name } revocationReason } } }`;

describe('the demo clients', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('Milan of Boysproject is followed by three organisations, each seeing its own sections', async () => {
    const id = await demoClientId(api.dataSource.manager, 'milan');
    const owner = (await (await api.as('sam@boysproject.test')).ok(SEE, { id })).client;
    expect(owner).toMatchObject({ pseudonym: 'Milan', viewerIsOwner: true });
    expect(
      owner.consents
        .filter((c: { status: string }) => c.status === 'LIVE')
        .map((c: any) => c.granteeOrganisation.name)
        .sort(),
    ).toEqual(['Moviera', 'NextStep']);
    expect((await (await api.as('lotte@nextstep.test')).ok(SEE, { id })).client.sharedScopes.sort()).toEqual(['LIFE_DOMAINS', 'NOTES', 'PROFILE']);
    expect((await (await api.as('noor@moviera.test')).ok(SEE, { id })).client.sharedScopes.sort()).toEqual(['PROFILE', 'SAFETY']);
    expect((await (await api.as('ines@rups-denbosch.test')).fails(SEE, { id })).code).toBe('NOT_FOUND');
  });

  it('show an expired and a revoked consent, which grant nothing', async () => {
    const kiki = await demoClientId(api.dataSource.manager, 'kiki');
    const r = await demoClientId(api.dataSource.manager, 'r');
    expect((await (await api.as('sam@boysproject.test')).ok(SEE, { id: kiki })).client.consents).toEqual([
      { status: 'EXPIRED', granteeOrganisation: { name: 'Alias' }, revocationReason: null },
    ]);
    expect((await (await api.as('jules@alias.test')).fails(SEE, { id: kiki })).code).toBe('NOT_FOUND');
    expect((await (await api.as('jules@alias.test')).ok(SEE, { id: r })).client.consents).toEqual([
      { status: 'REVOKED', granteeOrganisation: { name: 'Boysproject' }, revocationReason: expect.stringContaining('niet langer') },
    ]);
    expect((await (await api.as('sam@boysproject.test')).fails(SEE, { id: r })).code).toBe('NOT_FOUND');
  });

  it('are spread over several organisations, each listing its own', async () => {
    const rows = await api.dataSource.query(
      `SELECT o.name, count(*)::int AS n FROM clients c JOIN organisations o ON o.id = c.owner_organisation_id GROUP BY o.name ORDER BY o.name`,
    );
    expect(rows.map((r: { name: string }) => r.name)).toEqual(['Alias', 'Boysproject', 'Moviera', 'NextStep', 'RUPS Den Bosch']);
    const { clients } = await (await api.as('ines@rups-denbosch.test')).ok(`query { clients { nodes { pseudonym viewerIsOwner } } }`);
    expect(clients.nodes).toEqual([
      { pseudonym: 'Dani', viewerIsOwner: false },
      { pseudonym: 'Yas', viewerIsOwner: true },
    ]);
  });
});
