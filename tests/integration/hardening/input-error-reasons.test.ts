import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, type TestApi } from '../../support/test-api';
import { network, type Network } from '../referrals/fixtures';

/**
 * BAD_USER_INPUT says which field and what is wrong as machine keys (`field`, `reason`,
 * `params`), so the web can word it in nl, fr or en; the English message stays for others.
 */
let api: TestApi;
let net: Network;
let sam: GraphQLClient;

beforeAll(async () => {
  api = await startTestApi();
  net = await network(api);
  sam = await api.as('sam@boysproject.test');
});
afterAll(() => api.close());

const firstError = async (query: string, variables: Record<string, unknown>) => {
  const answer = await sam.request(query, variables);
  expect(answer.errors?.length).toBeGreaterThan(0);
  return answer.errors![0] as { message: string; extensions: Record<string, unknown> };
};
const CREATE_CLIENT = `mutation($input: CreateClientInput!) { createClient(input: $input) { id } }`;
const RECORD_CONSENT = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`;

describe('input errors carry a field and a reason', () => {
  it('an empty pseudonym: REQUIRED on pseudonym, with the human message beside it', async () => {
    const error = await firstError(CREATE_CLIENT, { input: { pseudonym: '   ' } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pseudonym', reason: 'REQUIRED' });
    expect(error.message).toBe('pseudonym: must not be empty.');
  });

  it('a text over the limit: TOO_LONG with the limit as a figure', async () => {
    const error = await firstError(CREATE_CLIENT, { input: { pseudonym: 'x'.repeat(10_001) } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pseudonym', reason: 'TOO_LONG', params: { max: 10_000 } });
  });

  it('a consent that ends in the past, or too far ahead: NOT_IN_FUTURE and TOO_FAR (with the months)', async () => {
    const clientId = await net.newClient('Boysproject');
    const input = { clientId, granteeOrganisationId: net.org('NextStep'), scopes: ['PROFILE'], purpose: 'Overdracht', method: 'VERBAL' };
    const past = await firstError(RECORD_CONSENT, { input: { ...input, validUntil: new Date(Date.now() - 86_400_000).toISOString() } });
    expect(past.extensions).toMatchObject({ field: 'validUntil', reason: 'NOT_IN_FUTURE' });
    const far = await firstError(RECORD_CONSENT, { input: { ...input, validUntil: new Date(Date.now() + 30 * 31 * 86_400_000).toISOString() } });
    expect(far.extensions).toMatchObject({ field: 'validUntil', reason: 'TOO_FAR', params: { months: 24 } });
  });

  it('a malformed cursor: INVALID_CURSOR on after', async () => {
    const error = await firstError(`query { clients(first: 5, after: "nonsense") { totalCount } }`, {});
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' });
  });

  it('argument validation names the field and, where it can be worded without a figure, the reason', async () => {
    const clientId = await net.newClient('Boysproject');
    const input = {
      clientId,
      granteeOrganisationId: net.org('NextStep'),
      scopes: [],
      purpose: 'Overdracht',
      method: 'VERBAL',
      validUntil: new Date(Date.now() + 86_400_000).toISOString(),
    };
    const error = await firstError(RECORD_CONSENT, { input });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scopes', reason: 'REQUIRED' });
    const long = await firstError(RECORD_CONSENT, { input: { ...input, scopes: ['PROFILE'], purpose: 'x'.repeat(501) } });
    expect(long.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'purpose', reason: 'INVALID' });
    expect(long.message).toMatch(/purpose/);
  });
});
