import { GraphQLClient } from './graphql-client';
import { DEMO_PASSWORD, TestApi } from './test-api';

/** Every section filled, as the web's forms would send them. */
export const ALL_SECTIONS_INPUT = {
  identity: { legalName: 'Proef Persoon', dateOfBirth: '1998-02-03', nationalNumber: '98.02.03-123.45' },
  contact: {
    phone: '+32 470 00 00 99',
    preferredChannel: 'SMS',
    safeTimes: 'na 18 uur',
    doNotContact: false,
    phoneMayBeReadByOthers: true,
    codeWord: 'regenboog',
  },
  profile: { ageRange: 'AGE_25_34', genderIdentity: 'non-binair', languages: ['nl', 'en'], region: 'BE-VAN' },
  lifeDomains: {
    domains: [
      { domain: 'HOUSING', rating: 2, note: 'Zoekt een kamer' },
      { domain: 'SAFETY', rating: 3 },
    ],
  },
  health: { insured: true, hasGeneralPractitioner: false, note: 'Wil testen' },
  sexWork: { contexts: ['ONLINE'], workingSince: '2022', exitWish: 'CONSIDERING' },
  safety: { riskLevel: 'MEDIUM', violence: ['FINANCIAL'], traffickingIndicators: ['DEBT_BONDAGE'] },
  notes: { text: 'Eerste gesprek in het park.' },
};

export const SECTION_FIELDS = {
  IDENTITY: 'identity',
  CONTACT: 'contact',
  PROFILE: 'profile',
  LIFE_DOMAINS: 'lifeDomains',
  HEALTH: 'health',
  SEX_WORK: 'sexWork',
  SAFETY: 'safety',
  NOTES: 'notes',
} as const;
export type ScopeName = keyof typeof SECTION_FIELDS;
export const SCOPES = Object.keys(SECTION_FIELDS) as ScopeName[];

export async function organisationIds(api: TestApi): Promise<Record<string, string>> {
  return Object.fromEntries((await api.dataSource.query(`SELECT name, id FROM organisations`)).map((r: { name: string; id: string }) => [r.name, r.id]));
}

/** Registers a client with every section filled; returns its id. */
export async function createFullClient(owner: GraphQLClient, pseudonym: string): Promise<string> {
  const { createClient } = await owner.ok(`mutation($input: CreateClientInput!) { createClient(input: $input) { id } }`, {
    input: { pseudonym, ...ALL_SECTIONS_INPUT },
  });
  return createClient.id;
}

export async function recordConsent(
  owner: GraphQLClient,
  input: { clientId: string; granteeOrganisationId: string; scopes: string[]; validUntil?: string; purpose?: string },
): Promise<{ id: string }> {
  const { recordConsent: consent } = await owner.ok(`mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
    input: { purpose: 'Warme overdracht', method: 'VERBAL', ...input },
  });
  return consent;
}

/** Signs in with the request clock set to `now` (x-brug-test-now), so the session lives at that moment. */
export async function signInAt(api: TestApi, email: string, now: Date): Promise<GraphQLClient> {
  const headers = { 'x-brug-test-now': now.toISOString() };
  const result = await api.anonymous
    .withHeaders(headers)
    .request(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: DEMO_PASSWORD });
  if (result.errors?.length) throw new Error(`Could not sign in as ${email}: ${JSON.stringify(result.errors)}`);
  return new GraphQLClient(api.url, result.data.login.token, headers);
}
