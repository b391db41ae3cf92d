import { createHash, randomBytes } from 'node:crypto';
import { getMetadataStorage } from 'type-graphql';
import { InvitationResolver } from '../../../api/src/modules/identity/membership.resolver';
import { LocationResolver } from '../../../api/src/modules/service-map/location.resolver';
import { OrganisationResolver } from '../../../api/src/modules/service-map/organisation.resolver';
import { ServiceResolver } from '../../../api/src/modules/service-map/service.resolver';
import { buildApiSchema } from '../../../api/src/schema';
import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';

/**
 * Who may do what on the service map, as data: every operation against Boysproject's listings
 * and members, by someone signed out, a Boysproject worker, Boysproject's admin, the admin of
 * another organisation (Moviera) and the network coordinator.
 */
type Actor = 'anonymous' | 'worker' | 'ownAdmin' | 'otherAdmin' | 'coordinator';
type Outcome = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
const ACTORS: Actor[] = ['anonymous', 'worker', 'ownAdmin', 'otherAdmin', 'coordinator'];

const READ: Record<Actor, Outcome> = { anonymous: 'UNAUTHENTICATED', worker: 'allowed', ownAdmin: 'allowed', otherAdmin: 'allowed', coordinator: 'allowed' };
const COORDINATOR_ONLY: Record<Actor, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  worker: 'FORBIDDEN',
  ownAdmin: 'FORBIDDEN',
  otherAdmin: 'FORBIDDEN',
  coordinator: 'allowed',
};
const EDIT: Record<Actor, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  worker: 'FORBIDDEN',
  ownAdmin: 'allowed',
  otherAdmin: 'FORBIDDEN',
  coordinator: 'allowed',
};
/** Memberships and archived listings are invisible to those who may not manage them. */
const MANAGE_HIDDEN: Record<Actor, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  worker: 'NOT_FOUND',
  ownAdmin: 'allowed',
  otherAdmin: 'NOT_FOUND',
  coordinator: 'allowed',
};
const ANY_MEMBER_OF_OWN: Record<Actor, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  worker: 'allowed',
  ownAdmin: 'allowed',
  otherAdmin: 'FORBIDDEN',
  coordinator: 'allowed',
};
const EVERYONE: Record<Actor, Outcome> = { anonymous: 'allowed', worker: 'allowed', ownAdmin: 'allowed', otherAdmin: 'allowed', coordinator: 'allowed' };

interface Fixtures {
  organisationId: string;
  serviceId: () => Promise<string>;
  archivedServiceId: () => Promise<string>;
  locationId: string;
  membershipId: () => Promise<string>;
  invitation: (email?: string) => Promise<{ id: string; code: string }>;
}

interface Operation {
  name: string;
  query: string;
  variables: (f: Fixtures) => Record<string, unknown> | Promise<Record<string, unknown>>;
  outcomes: Record<Actor, Outcome>;
}

const unique = () => randomBytes(4).toString('hex');

const OPERATIONS: Operation[] = [
  { name: 'services', query: `{ services { totalCount } }`, variables: () => ({}), outcomes: READ },
  { name: 'service', query: `query($id: ID!) { service(id: $id) { id } }`, variables: async (f) => ({ id: await f.serviceId() }), outcomes: READ },
  { name: 'organisations', query: `{ organisations { totalCount } }`, variables: () => ({}), outcomes: READ },
  { name: 'organisation', query: `query($id: ID!) { organisation(id: $id) { id } }`, variables: (f) => ({ id: f.organisationId }), outcomes: READ },
  { name: 'staleListings', query: `{ staleListings { totalCount } }`, variables: () => ({}), outcomes: COORDINATOR_ONLY },
  {
    name: 'createOrganisation',
    query: `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } invitation { code } } }`,
    variables: () => ({
      input: {
        name: `Nieuwe dienst ${unique()}`,
        country: 'BE',
        city: 'Gent',
        firstAdmin: { email: `first-${unique()}@example.test`, displayName: 'First Admin' },
      },
    }),
    outcomes: COORDINATOR_ONLY,
  },
  {
    name: 'updateOrganisation',
    query: `mutation($id: ID!) { updateOrganisation(id: $id, input: { phone: "+32 3 000 99 99" }) { id } }`,
    variables: (f) => ({ id: f.organisationId }),
    outcomes: EDIT,
  },
  {
    name: 'createService',
    query: `mutation($input: ServiceInput!) { createService(input: $input) { id } }`,
    variables: (f) => ({ input: { organisationId: f.organisationId, name: `Nieuwe dienst ${unique()}` } }),
    outcomes: EDIT,
  },
  {
    name: 'updateService',
    query: `mutation($id: ID!) { updateService(id: $id, input: { waitingDays: 9 }) { id } }`,
    variables: async (f) => ({ id: await f.serviceId() }),
    outcomes: EDIT,
  },
  {
    name: 'archiveService',
    query: `mutation($id: ID!) { archiveService(id: $id) { id } }`,
    variables: async (f) => ({ id: await f.serviceId() }),
    outcomes: EDIT,
  },
  {
    name: 'restoreService',
    query: `mutation($id: ID!) { restoreService(id: $id) { id } }`,
    variables: async (f) => ({ id: await f.archivedServiceId() }),
    outcomes: MANAGE_HIDDEN,
  },
  {
    name: 'confirmService',
    query: `mutation($id: ID!) { confirmService(id: $id) { id } }`,
    variables: async (f) => ({ id: await f.serviceId() }),
    outcomes: EDIT,
  },
  {
    name: 'setServiceCapacity',
    query: `mutation($id: ID!) { setServiceCapacity(id: $id, capacityStatus: FULL, waitingDays: 30) { id } }`,
    variables: async (f) => ({ id: await f.serviceId() }),
    outcomes: ANY_MEMBER_OF_OWN,
  },
  {
    name: 'createLocation',
    query: `mutation($input: LocationInput!) { createLocation(input: $input) { id } }`,
    variables: (f) => ({ input: { organisationId: f.organisationId, name: 'Tweede locatie', city: 'Antwerpen', region: 'BE-VAN' } }),
    outcomes: EDIT,
  },
  {
    name: 'updateLocation',
    query: `mutation($id: ID!) { updateLocation(id: $id, input: { postalCode: "2060" }) { id } }`,
    variables: (f) => ({ id: f.locationId }),
    outcomes: EDIT,
  },
  {
    name: 'inviteMember',
    query: `mutation($org: ID!) { inviteMember(organisationId: $org, role: WORKER) { code } }`,
    variables: (f) => ({ org: f.organisationId }),
    outcomes: EDIT,
  },
  {
    name: 'changeMemberRole',
    query: `mutation($id: ID!) { changeMemberRole(membershipId: $id, role: ORG_ADMIN) { role } }`,
    variables: async (f) => ({ id: await f.membershipId() }),
    outcomes: MANAGE_HIDDEN,
  },
  {
    name: 'removeMember',
    query: `mutation($id: ID!) { removeMember(membershipId: $id) }`,
    variables: async (f) => ({ id: await f.membershipId() }),
    outcomes: MANAGE_HIDDEN,
  },
  {
    name: 'revokeInvitation',
    query: `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`,
    variables: async (f) => ({ id: (await f.invitation()).id }),
    outcomes: MANAGE_HIDDEN,
  },
  {
    name: 'acceptInvitation',
    query: `mutation($code: String!, $email: String!) { acceptInvitation(code: $code, email: $email, displayName: "New colleague", password: "a-long-enough-password") { token } }`,
    variables: async (f) => {
      // A new account comes only from an invitation for its own address.
      const email = `new-${unique()}@example.test`;
      return { code: (await f.invitation(email)).code, email };
    },
    outcomes: EVERYONE,
  },
];

describe('who may do what on the service map', () => {
  let api: TestApi;
  const clients = {} as Record<Actor, GraphQLClient>;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await startTestApi();
    clients.anonymous = api.anonymous;
    clients.worker = await api.as('sam@boysproject.test');
    clients.ownAdmin = await api.as('admin@boysproject.test');
    clients.otherAdmin = await api.as('admin@moviera.test');
    clients.coordinator = await api.as('coordinator@brug.test');
    const db = api.dataSource;
    const [{ id: organisationId }] = await db.query(`SELECT id FROM organisations WHERE name = 'Boysproject'`);
    const [{ id: locationId }] = await db.query(`SELECT id FROM locations WHERE organisation_id = $1 LIMIT 1`, [organisationId]);
    const newService = async (status: string) =>
      (
        await db.query(`INSERT INTO services (organisation_id, name, status) VALUES ($1, $2, $3) RETURNING id`, [
          organisationId,
          `Proefdienst ${unique()}`,
          status,
        ])
      )[0].id;
    fixtures = {
      organisationId,
      locationId,
      serviceId: () => newService('ACTIVE'),
      archivedServiceId: () => newService('ARCHIVED'),
      async membershipId() {
        const [{ id: userId }] = await db.query(`INSERT INTO users (email, display_name, password_hash) VALUES ($1, 'Proef', 'x') RETURNING id`, [
          `m-${unique()}@example.test`,
        ]);
        return (await db.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'WORKER') RETURNING id`, [userId, organisationId]))[0]
          .id;
      },
      async invitation(email?: string) {
        const code = randomBytes(10).toString('hex').toUpperCase();
        const hash = createHash('sha256').update(code).digest('hex');
        const [{ id }] = await db.query(
          `INSERT INTO invitations (organisation_id, role, code_hash, expires_at, email) VALUES ($1, 'WORKER', $2, now() + interval '1 day', $3) RETURNING id`,
          [organisationId, hash, email ?? null],
        );
        return { id, code };
      },
    };
  });
  afterAll(() => api.close());

  const cases = OPERATIONS.flatMap((op) => ACTORS.map((actor) => [op.name, actor, op.outcomes[actor], op] as const));

  it.each(cases)('%s by %s: %s', async (_name, actor, outcome, op) => {
    const result = await clients[actor].request(op.query, await op.variables(fixtures));
    if (outcome === 'allowed') {
      expect(result.errors).toBeUndefined();
    } else {
      expect(result.errors?.[0]?.extensions?.code).toBe(outcome);
    }
  });

  it('every query and mutation of the service map and membership is in the matrix', async () => {
    await buildApiSchema();
    const storage = getMetadataStorage();
    const mine: unknown[] = [ServiceResolver, OrganisationResolver, LocationResolver, InvitationResolver];
    const rootFields = [...storage.queries, ...storage.mutations].filter((f) => mine.includes(f.target)).map((f) => f.schemaName);
    expect(rootFields.length).toBeGreaterThan(15);
    expect(rootFields.filter((name) => !OPERATIONS.some((op) => op.name === name))).toEqual([]);
  });

  it("members and open invitations are listed for the organisation's admins and coordinators only", async () => {
    const query = `query($id: ID!) { organisation(id: $id) { canEdit canManageMembers members { role user { email } } pendingInvitations { id } } }`;
    for (const actor of ['ownAdmin', 'coordinator'] as const) {
      const { organisation } = await clients[actor].ok(query, { id: fixtures.organisationId });
      expect(organisation).toMatchObject({ canEdit: true, canManageMembers: true });
      expect(organisation.members.map((m: { user: { email: string } }) => m.user.email)).toEqual(
        expect.arrayContaining(['admin@boysproject.test', 'sam@boysproject.test']),
      );
    }
    for (const actor of ['worker', 'otherAdmin'] as const) {
      const { organisation } = await clients[actor].ok(query, { id: fixtures.organisationId });
      expect(organisation).toEqual({ canEdit: false, canManageMembers: false, members: [], pendingInvitations: [] });
    }
  });

  it('canEdit tells each viewer whether the edit buttons apply to them', async () => {
    const id = await fixtures.serviceId();
    const query = `query($id: ID!) { service(id: $id) { canEdit canUpdateCapacity } }`;
    expect((await clients.worker.ok(query, { id })).service).toEqual({ canEdit: false, canUpdateCapacity: true });
    expect((await clients.ownAdmin.ok(query, { id })).service).toEqual({ canEdit: true, canUpdateCapacity: true });
    expect((await clients.otherAdmin.ok(query, { id })).service).toEqual({ canEdit: false, canUpdateCapacity: false });
    expect((await clients.coordinator.ok(query, { id })).service).toEqual({ canEdit: true, canUpdateCapacity: true });
  });
});
