import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';
import { ADD_NOTE, giveConsent, organisationIds, registerClient, WORKERS } from './fixtures';

const NOTES = `query($clientId: ID!, $first: Int, $after: String) { notes(clientId: $clientId, first: $first, after: $after) {
  totalCount nodes { id text contactType contactAt organisationName authorName } pageInfo { hasNextPage endCursor } } }`;

describe('contact notes', () => {
  let api: TestApi;
  let org: Record<string, string>;
  let sam: GraphQLClient;
  let lotte: GraphQLClient;
  let noor: GraphQLClient;
  let ines: GraphQLClient;
  let clientId: string;

  beforeAll(async () => {
    api = await startTestApi();
    org = await organisationIds(api);
    [sam, lotte, noor, ines] = await Promise.all([api.as(WORKERS.owner), api.as(WORKERS.nextStep), api.as(WORKERS.moviera), api.as(WORKERS.rups)]);
    clientId = await registerClient(sam, 'notities');
    await giveConsent(sam, clientId, org.NextStep, ['PROFILE', 'NOTES']);
    await giveConsent(sam, clientId, org.Moviera, ['PROFILE', 'LIFE_DOMAINS']);
    const at = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();
    await sam.ok(ADD_NOTE, { input: { clientId, contactType: 'OUTREACH_CONTACT', contactAt: at(3), text: 'Eerste gesprek op straat' } });
    await lotte.ok(ADD_NOTE, { input: { clientId, contactType: 'PHONE', contactAt: at(1), text: 'Telefonisch contact' } });
    await sam.ok(ADD_NOTE, { input: { clientId, contactType: 'ACCOMPANIMENT', contactAt: at(2), text: 'Mee naar de dokter' } });
  });
  afterAll(() => api.close());

  it('are read by the owner and organisations whose consent includes NOTES, latest contact first', async () => {
    for (const viewer of [sam, lotte]) {
      const { notes } = await viewer.ok(NOTES, { clientId });
      expect(notes.nodes.map((n: { text: string; organisationName: string }) => [n.text, n.organisationName])).toEqual([
        ['Telefonisch contact', 'NextStep'],
        ['Mee naar de dokter', 'Boysproject'],
        ['Eerste gesprek op straat', 'Boysproject'],
      ]);
      expect(notes.totalCount).toBe(3);
    }
  });

  it('stay hidden from an organisation whose consent lacks NOTES, which may not write any either', async () => {
    expect((await noor.ok(NOTES, { clientId })).notes).toMatchObject({ totalCount: 0, nodes: [] });
    expect((await noor.fails(ADD_NOTE, { input: { clientId, contactType: 'PHONE', text: 'Mag niet' } })).code).toBe('FORBIDDEN');
    expect((await ines.fails(NOTES, { clientId })).code).toBe('NOT_FOUND');
  });

  it('page one at a time, each exactly once, at the same statement cost per page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    const costs = new Set<number | undefined>();
    do {
      const response: any = await sam.request(NOTES, { clientId, first: 1, after });
      costs.add(response.extensions?.sqlStatements);
      seen.push(...response.data.notes.nodes.map((n: { text: string }) => n.text));
      after = response.data.notes.pageInfo.hasNextPage ? response.data.notes.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['Telefonisch contact', 'Mee naar de dokter', 'Eerste gesprek op straat']);
    costs.add((await sam.request(NOTES, { clientId, first: 50 })).extensions?.sqlStatements);
    expect(costs.size).toBe(1);
    expect([...costs][0]).toBeGreaterThan(0);
  });

  it('refuses an empty note, one over 2000 characters and one dated in the future', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    for (const input of [
      { clientId, contactType: 'PHONE', text: '   ' },
      { clientId, contactType: 'PHONE', text: 'x'.repeat(2001) },
      { clientId, contactType: 'PHONE', text: 'Morgen', contactAt: tomorrow },
    ]) {
      expect((await sam.fails(ADD_NOTE, { input })).code).toBe('BAD_USER_INPUT');
    }
    expect((await sam.ok(NOTES, { clientId })).notes.totalCount).toBe(3);
  });
});
