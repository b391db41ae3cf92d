import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';

const SEARCH = `query($filter: ServiceFilter, $first: Int, $after: String) {
  services(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor }
    nodes {
      id name categories targetGroups languages serviceAreas capacityStatus waitingDays status lastConfirmedAt isStale canEdit
      organisation { name }
      locations { city region address postalCode }
    }
  }
}`;

interface ServiceNode {
  id: string;
  name: string;
  categories: string[];
  targetGroups: string[];
  languages: string[];
  serviceAreas: string[];
  capacityStatus: string;
  status: string;
  lastConfirmedAt: string;
  isStale: boolean;
  canEdit: boolean;
  organisation: { name: string };
  locations: { city: string; region: string; address: string | null }[];
}

describe('searching the service map', () => {
  let api: TestApi;
  let sam: GraphQLClient;
  beforeAll(async () => {
    api = await startTestApi();
    sam = await api.as('sam@boysproject.test');
  });
  afterAll(() => api.close());

  async function search(filter: Record<string, unknown>, client = sam, first = 100): Promise<{ totalCount: number; nodes: ServiceNode[] }> {
    return (await client.ok(SEARCH, { filter, first })).services;
  }
  const names = (nodes: ServiceNode[]) => nodes.map((n) => n.name);

  it('a worker finds the Antwerp STI test by the English, Dutch or French name of the city', async () => {
    for (const text of ['Antwerp', 'antwerpen', 'Anvers', 'ANVERS']) {
      const { nodes } = await search({ text });
      expect(names(nodes)).toContain('Anonieme soa- en hiv-test');
      expect(nodes.every((n) => n.locations.some((l) => l.region === 'BE-VAN') || n.serviceAreas.includes('BE-VAN'))).toBe(true);
      expect(names(nodes)).not.toContain('Travail de rue');
    }
  });

  it('free text needs every word, ignores accents and case, and matches organisation names', async () => {
    const { nodes } = await search({ text: 'anvers TEST' });
    expect(names(nodes)).toEqual(expect.arrayContaining(['Anonieme soa- en hiv-test', 'Soa-polikliniek: test en behandeling']));
    expect(names(nodes)).not.toContain('Straathoekwerk en outreach');

    const accented = await search({ text: 'depistage' });
    expect(names(accented.nodes)).toContain('Dépistage IST/VIH et PrEP');

    const byOrganisation = await search({ text: 'moviera' });
    expect(byOrganisation.nodes.length).toBeGreaterThan(0);
    expect(byOrganisation.nodes.every((n) => n.organisation.name === 'Moviera')).toBe(true);

    const denBosch = await search({ text: 'Den Bosch' });
    expect(names(denBosch.nodes)).toContain('RUPS uitstaptraject');
  });

  it('a LIKE wildcard typed by a user is matched literally', async () => {
    expect((await search({ text: '%' })).totalCount).toBe(0);
  });

  it('filters by category', async () => {
    const { nodes } = await search({ categories: ['STI_HIV_TESTING'] });
    expect(nodes.length).toBeGreaterThanOrEqual(4);
    expect(nodes.every((n) => n.categories.includes('STI_HIV_TESTING'))).toBe(true);
    const any = await search({ categories: ['STI_HIV_TESTING', 'LEGAL_AID'] });
    expect(any.nodes.some((n) => n.categories.includes('LEGAL_AID'))).toBe(true);
    expect(any.totalCount).toBeGreaterThan(nodes.length);
  });

  it('filters by language', async () => {
    const { nodes } = await search({ languages: ['ro'] });
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.languages.includes('ro'))).toBe(true);
    expect(names(nodes)).toContain('Zorgcoördinatie slachtoffers mensenhandel');
  });

  it('filters by region: a service serving the region, its whole country, or located there', async () => {
    const gelderland = await search({ region: 'NL-GE' });
    expect(names(gelderland.nodes)).toEqual(expect.arrayContaining(['Zorgcoördinatie slachtoffers mensenhandel', 'Uitstapprogramma NextStep']));
    // Serves the whole of the Netherlands, so Gelderland too.
    expect(names(gelderland.nodes)).toContain('Consultatie jongensprostitutie voor professionals');
    expect(gelderland.nodes.every((n) => n.serviceAreas.some((a) => a === 'NL-GE' || a === 'NL') || n.locations.some((l) => l.region === 'NL-GE'))).toBe(true);

    const belgium = await search({ region: 'BE' });
    expect(names(belgium.nodes)).toEqual(expect.arrayContaining(['Travail de rue', 'Straathoekwerk en outreach']));
    expect(belgium.nodes.every((n) => n.serviceAreas.some((a) => a.startsWith('BE')))).toBe(true);
  });

  it('filters by target group; services for everyone count for every group', async () => {
    const { nodes } = await search({ targetGroups: ['TRAFFICKING_VICTIMS'] });
    expect(nodes.every((n) => n.targetGroups.includes('TRAFFICKING_VICTIMS') || n.targetGroups.includes('EVERYONE'))).toBe(true);
    expect(names(nodes)).toEqual(expect.arrayContaining(['Categorale opvang slachtoffers mensenhandel', 'Leefloon en sociale hulp']));
    expect(names(nodes)).not.toContain('Spuitenruil en drugadvies');
  });

  it('filters on who takes referrals now', async () => {
    const accepting = await search({ acceptingNow: true });
    expect(accepting.nodes.every((n) => ['AVAILABLE', 'WAITLIST'].includes(n.capacityStatus))).toBe(true);
    const notAccepting = await search({ acceptingNow: false });
    expect(notAccepting.nodes.length).toBeGreaterThan(0);
    expect(notAccepting.nodes.every((n) => ['FULL', 'NOT_ACCEPTING'].includes(n.capacityStatus))).toBe(true);
    expect(accepting.totalCount + notAccepting.totalCount).toBe((await search({})).totalCount);
  });

  it('combines filters', async () => {
    const { nodes } = await search({ region: 'BE-VAN', categories: ['HOUSING_SHELTER'], acceptingNow: true });
    expect(names(nodes)).toEqual(['Woonbegeleiding en huisvestingsadvies']);
  });

  it('walks every active service exactly once page by page, with the total on each page', async () => {
    const [{ active }] = await api.dataSource.query(`SELECT count(*)::int AS active FROM services WHERE status = 'ACTIVE'`);
    expect(active).toBeGreaterThanOrEqual(25);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: any = (await sam.ok(SEARCH, { first: 7, after })).services;
      expect(page.totalCount).toBe(active);
      seen.push(...page.nodes.map((n: ServiceNode) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(Math.ceil(active / 7));
    expect(new Set(seen).size).toBe(active);
    expect(seen.length).toBe(active);
  });

  it('lists services by name', async () => {
    const { nodes } = await search({});
    // Byte order, as PostgreSQL sorts with the C collation the database is created with.
    const sorted = [...names(nodes)].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(names(nodes)).toEqual(sorted);
  });

  it('a page of 50 costs the same number of SQL statements as a page of 1', async () => {
    const one = await sam.request(SEARCH, { first: 1, filter: { text: 'a' } });
    const fifty = await sam.request(SEARCH, { first: 50, filter: { text: 'a' } });
    expect(one.errors).toBeUndefined();
    expect(fifty.data.services.nodes.length).toBeGreaterThan(20);
    // A count of 0 would mean the counter is not wired: equal then proves nothing.
    expect(one.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(fifty.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
  });

  it('archived services are left out, also for an organisation asking for them unless it may edit them', async () => {
    const archivedName = 'Inloopmoment op zondag (stopgezet)';
    expect(names((await search({ text: 'zondag' })).nodes)).not.toContain(archivedName);
    expect(names((await search({ text: 'zondag', includeArchived: true })).nodes)).not.toContain(archivedName);
    const admin = await api.as('admin@boysproject.test');
    const forAdmin = await search({ text: 'zondag', includeArchived: true }, admin);
    expect(forAdmin.nodes.find((n) => n.name === archivedName)).toMatchObject({ status: 'ARCHIVED', canEdit: true });
    const otherAdmin = await api.as('admin@moviera.test');
    expect(names((await search({ text: 'zondag', includeArchived: true }, otherAdmin)).nodes)).not.toContain(archivedName);
  });

  it('shows which listings were not confirmed for more than six months, and the coordinator lists them', async () => {
    const coordinator = await api.as('coordinator@brug.test');
    const { staleListings } = await coordinator.ok(`{ staleListings(first: 100) { totalCount nodes { name isStale lastConfirmedAt } } }`);
    expect(staleListings.totalCount).toBeGreaterThanOrEqual(3);
    const sixMonthsAgo = new Date();
    sixMonthsAgo.setUTCMonth(sixMonthsAgo.getUTCMonth() - 6);
    for (const listing of staleListings.nodes) {
      expect(listing.isStale).toBe(true);
      expect(new Date(listing.lastConfirmedAt).getTime()).toBeLessThan(sixMonthsAgo.getTime());
    }
    const all = await search({});
    expect(
      all.nodes
        .filter((n) => n.isStale)
        .map((n) => n.name)
        .sort(),
    ).toEqual(staleListings.nodes.map((n: ServiceNode) => n.name).sort());
    const twelve = await coordinator.ok(`{ staleListings(months: 12, first: 100) { totalCount } }`);
    expect(twelve.staleListings.totalCount).toBeLessThan(staleListings.totalCount);
  });

  it('opens one service with what it offers, for whom, where, when and how to refer', async () => {
    const { nodes } = await search({ text: 'Anonieme soa' });
    const { service } = await sam.ok(
      `query($id: ID!) { service(id: $id) { name description categories targetGroups languages serviceAreas minimumAge maximumAge eligibility fees
        applicationProcess anonymousAccess schedule contactPhone contactEmail capacityStatus waitingDays lastConfirmedAt isStale canEdit
        organisation { name city } locations { name address postalCode city region country visibility } } }`,
      { id: nodes[0].id },
    );
    expect(service).toMatchObject({
      name: 'Anonieme soa- en hiv-test',
      anonymousAccess: true,
      capacityStatus: 'AVAILABLE',
      isStale: false,
      canEdit: false,
      organisation: { name: 'Boysproject', city: 'Antwerpen' },
      locations: [{ city: 'Antwerpen', region: 'BE-VAN', country: 'BE', visibility: 'PUBLIC', address: expect.any(String), postalCode: '2060' }],
    });
    expect(service.applicationProcess.length).toBeGreaterThan(10);
  });

  it('an unknown or malformed service id answers NOT_FOUND', async () => {
    expect((await sam.fails(`{ service(id: "00000000-0000-4000-8000-000000000000") { id } }`)).code).toBe('NOT_FOUND');
    expect((await sam.fails(`{ service(id: "not-an-id") { id } }`)).code).toBe('NOT_FOUND');
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ after: 'bm90LWEtY3Vyc29y' }, 'after'],
    [{ filter: { languages: ['klingon'] } }, 'languages'],
    [{ filter: { region: 'BE-XYZ' } }, 'region'],
    [{ filter: { organisationId: 'nope' } }, 'organisationId'],
  ])('bad search input %j is answered BAD_USER_INPUT naming %s', async (variables, field) => {
    const error = await sam.fails(SEARCH, variables);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.field).toBe(field);
    expect(error.message).toContain(field);
  });

  it('lists and searches organisations, with the services they offer', async () => {
    const { organisations } = await sam.ok(`{ organisations(search: "Bruxelles", first: 50) { totalCount nodes { name city services { name } } } }`);
    expect(organisations.nodes.map((o: { name: string }) => o.name)).toContain('Alias');
    const alias = organisations.nodes.find((o: { name: string }) => o.name === 'Alias');
    expect(alias.services.map((s: { name: string }) => s.name)).toContain('Travail de rue');

    const seen: string[] = [];
    let after: string | null = null;
    let total: number;
    do {
      const page: any = (
        await sam.ok(`query($after: String) { organisations(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`, {
          after,
        })
      ).organisations;
      total = page.totalCount;
      seen.push(...page.nodes.map((n: { id: string }) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(total);
    expect(seen.length).toBe(total);
  });
});
