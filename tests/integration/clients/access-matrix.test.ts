import { randomBytes } from 'node:crypto';
import { ALL_SECTIONS_INPUT, createFullClient, organisationIds, recordConsent, SCOPES, SECTION_FIELDS, ScopeName, signInAt } from '../../support/clients';
import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';

/**
 * Who gets what for every operation on client data, as data: a Boysproject client with every
 * section filled, and each relation an organisation can have to it. Read a row as "when a
 * <relation> does <operation>, the answer is <outcome>".
 *
 * - allowed: the operation succeeds and returns the data
 * - hidden: it succeeds but shows nothing (section null, client not in the list)
 * - an error code: the operation fails with exactly that code
 */
type Relation =
  | 'ownerWorker'
  | 'ownerAdmin'
  | 'consentWithSection'
  | 'consentWithoutSection'
  | 'expiredConsent'
  | 'revokedConsent'
  | 'unrelated'
  | 'coordinator'
  | 'signedOut';
type Outcome = 'allowed' | 'hidden' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';
const RELATIONS: Relation[] = [
  'ownerWorker',
  'ownerAdmin',
  'consentWithSection',
  'consentWithoutSection',
  'expiredConsent',
  'revokedConsent',
  'unrelated',
  'coordinator',
  'signedOut',
];

const row = (o: Outcome[]): Record<Relation, Outcome> => Object.fromEntries(RELATIONS.map((r, i) => [r, o[i]])) as Record<Relation, Outcome>;
//                              ownerW     ownerA     with       without      expired      revoked      unrelated    coord        signedOut
const SEE_CLIENT = row(['allowed', 'allowed', 'allowed', 'allowed', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'UNAUTHENTICATED']);
const LIST_CLIENT = row(['allowed', 'allowed', 'allowed', 'allowed', 'hidden', 'hidden', 'hidden', 'hidden', 'UNAUTHENTICATED']);
const SEE_SECTION = row(['allowed', 'allowed', 'allowed', 'hidden', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'UNAUTHENTICATED']);
const CHANGE_SECTION = row(['allowed', 'allowed', 'allowed', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'UNAUTHENTICATED']);
const OWNER_ONLY = row(['allowed', 'allowed', 'FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'UNAUTHENTICATED']);
/** A consent given to another organisation is invisible to all but the owning organisation. */
const OWNER_ONLY_HIDDEN = row(['allowed', 'allowed', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'UNAUTHENTICATED']);
const ANY_MEMBER = row(['allowed', 'allowed', 'allowed', 'allowed', 'allowed', 'allowed', 'allowed', 'FORBIDDEN', 'UNAUTHENTICATED']);

interface Fixtures {
  /** The client this relation is about; for "without the section", one whose consent leaves `scope` out. */
  clientId(scope?: ScopeName): string;
  organisation: Record<string, string>;
  /** A live consent of the client for Lumens (an organisation without demo users). */
  lumensConsentId(): Promise<string>;
}

interface Operation {
  name: string;
  query: string;
  variables: (f: Fixtures) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Whether the data answered counts as "allowed" (true) or "hidden" (false). */
  shows?: (data: any, f: Fixtures) => boolean;
  outcomes: Record<Relation, Outcome>;
}

const unique = () => randomBytes(3).toString('hex');

const sectionOperations = SCOPES.flatMap((scope): Operation[] => {
  const field = SECTION_FIELDS[scope];
  return [
    {
      name: `Client.${field}`,
      query: `query($id: ID!) { client(id: $id) { ${field} { scope updatedAt } } }`,
      variables: (f) => ({ id: f.clientId(scope) }),
      shows: (data) => data.client[field] !== null,
      outcomes: SEE_SECTION,
    },
    {
      name: `updateClient(${field})`,
      query: `mutation($id: ID!, $input: UpdateClientInput!) { updateClient(id: $id, input: $input) { id } }`,
      variables: (f) => ({ id: f.clientId(scope), input: { [field]: ALL_SECTIONS_INPUT[field] } }),
      outcomes: CHANGE_SECTION,
    },
    {
      name: `confirmClientSection(${scope})`,
      query: `mutation($id: ID!, $scope: Scope!) { confirmClientSection(clientId: $id, scope: $scope) { id } }`,
      variables: (f) => ({ id: f.clientId(scope), scope }),
      outcomes: CHANGE_SECTION,
    },
  ];
});

const OPERATIONS: Operation[] = [
  { name: 'client', query: `query($id: ID!) { client(id: $id) { id pseudonym } }`, variables: (f) => ({ id: f.clientId() }), outcomes: SEE_CLIENT },
  {
    name: 'clients',
    query: `query { clients(first: 100) { totalCount nodes { id } } }`,
    variables: () => ({}),
    shows: (data, f) => data.clients.nodes.some((n: { id: string }) => n.id === f.clientId()),
    outcomes: LIST_CLIENT,
  },
  {
    name: 'Client.consents',
    query: `query($id: ID!) { client(id: $id) { consents { id scopes } } }`,
    variables: (f) => ({ id: f.clientId() }),
    shows: (d) => d.client.consents.length > 0,
    outcomes: SEE_CLIENT,
  },
  {
    name: 'Client.sections',
    query: `query($id: ID!) { client(id: $id) { sections { scope shared filled } } }`,
    variables: (f) => ({ id: f.clientId() }),
    outcomes: SEE_CLIENT,
  },
  ...sectionOperations,
  {
    name: 'updateClient(pseudonym)',
    query: `mutation($id: ID!, $p: String!) { updateClient(id: $id, input: { pseudonym: $p }) { id } }`,
    variables: (f) => ({ id: f.clientId(), p: 'Matrix' }),
    outcomes: OWNER_ONLY,
  },
  {
    name: 'createClient',
    query: `mutation($p: String!) { createClient(input: { pseudonym: $p }) { id } }`,
    variables: () => ({ p: `Nieuw ${unique()}` }),
    outcomes: ANY_MEMBER,
  },
  {
    name: 'recordConsent',
    query: `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
    variables: (f) => ({
      input: { clientId: f.clientId(), granteeOrganisationId: f.organisation.Lumens, scopes: ['PROFILE'], purpose: 'Advies', method: 'VERBAL' },
    }),
    outcomes: OWNER_ONLY,
  },
  {
    name: 'revokeConsent',
    query: `mutation($id: ID!) { revokeConsent(id: $id, reason: "De cliënt wil het niet meer") { id revokedAt } }`,
    variables: async (f) => ({ id: await f.lumensConsentId() }),
    outcomes: OWNER_ONLY_HIDDEN,
  },
  {
    name: 'auditTrail',
    query: `query($id: ID!) { auditTrail(clientId: $id, first: 5) { totalCount nodes { operation } } }`,
    variables: (f) => ({ id: f.clientId() }),
    outcomes: OWNER_ONLY,
  },
];

describe('who may do what with client data', () => {
  let api: TestApi;
  const as = {} as Record<Relation, GraphQLClient>;
  let fixtures: Fixtures;
  let withoutSection: (scope?: ScopeName) => string;
  const forRelation = (relation: Relation): Fixtures => (relation === 'consentWithoutSection' ? { ...fixtures, clientId: withoutSection } : fixtures);

  beforeAll(async () => {
    api = await startTestApi();
    const organisation = await organisationIds(api);
    const sam = await api.as('sam@boysproject.test');
    const base = await createFullClient(sam, 'Matrix');
    // "Without the section": Moviera holds a consent for one section only, on two clients, so
    // every section has a client whose consent leaves it out.
    const withoutNotes = await createFullClient(sam, 'Matrix zonder notities');
    const withoutProfile = await createFullClient(sam, 'Matrix zonder profiel');
    const everything = [...SCOPES];
    await recordConsent(sam, { clientId: base, granteeOrganisationId: organisation.NextStep, scopes: everything });
    await recordConsent(sam, { clientId: withoutNotes, granteeOrganisationId: organisation.Moviera, scopes: ['PROFILE'] });
    await recordConsent(sam, { clientId: withoutProfile, granteeOrganisationId: organisation.Moviera, scopes: ['NOTES'] });
    const inAnHour = new Date(Date.now() + 3600_000);
    await recordConsent(sam, { clientId: base, granteeOrganisationId: organisation['RUPS Den Bosch'], scopes: everything, validUntil: inAnHour.toISOString() });
    const alias = await recordConsent(sam, { clientId: base, granteeOrganisationId: organisation.Alias, scopes: everything });
    await sam.ok(`mutation($id: ID!) { revokeConsent(id: $id) { id } }`, { id: alias.id });

    as.ownerWorker = sam;
    as.ownerAdmin = await api.as('admin@boysproject.test');
    as.consentWithSection = await api.as('lotte@nextstep.test');
    as.consentWithoutSection = await api.as('noor@moviera.test');
    // Two hours on, the RUPS consent has expired; the session is opened at that moment too.
    as.expiredConsent = await signInAt(api, 'ines@rups-denbosch.test', new Date(inAnHour.getTime() + 3600_000));
    as.revokedConsent = await api.as('jules@alias.test');
    as.unrelated = await api.as('admin@moviera.test');
    as.coordinator = await api.as('coordinator@brug.test');
    as.signedOut = api.anonymous;

    withoutSection = (scope) => (scope === 'PROFILE' ? withoutProfile : withoutNotes);
    fixtures = {
      organisation,
      clientId: () => base,
      lumensConsentId: async () => (await recordConsent(sam, { clientId: base, granteeOrganisationId: organisation.Lumens, scopes: ['PROFILE'] })).id,
    };
  });
  afterAll(() => api.close());

  const cases = OPERATIONS.flatMap((op) => RELATIONS.map((relation) => [op.name, relation, op.outcomes[relation], op] as const));

  it.each(cases)('%s by %s: %s', async (_name, relation, expected, op) => {
    const f = forRelation(relation);
    const result = await as[relation].request(op.query, await op.variables(f));
    const code = result.errors?.[0]?.extensions?.code as Outcome | undefined;
    const outcome: Outcome = code ?? (op.shows ? (op.shows(result.data, f) ? 'allowed' : 'hidden') : 'allowed');
    expect({ outcome, errors: code && expected !== code ? result.errors : undefined }).toEqual({ outcome: expected, errors: undefined });
  });
});
