import { createFullClient, organisationIds, recordConsent } from '../../support/clients';
import { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';

const MAKE = `mutation($clientId: ID!, $seen: Boolean) { createClientViewCode(clientId: $clientId, phoneWarningSeen: $seen) { code record { id status redeemBy createdByName } } }`;
const CODES = `query($clientId: ID!) { clientViewCodes(clientId: $clientId) { phoneMayBeReadByOthers codes { id status redeemedAt sessionEndsAt revokedAt } } }`;
const OPEN = `mutation($code: String!) { openClientView(code: $code) { token endsAt } }`;
const VIEW = `query { myRecordAccess { ownerOrganisationName endsAt
  consents { id status scopes validUntil revokedAt revokedByClient granteeOrganisation { name } }
  whoSaw(first: 50) { nodes { actorName actorKind actorOrganisationName operation action count } } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawMyConsent(id: $id) { id status revokedAt revokedByName revokedByClient } }`;
const SEE = `query($id: ID!) { client(id: $id) { id sharedScopes } }`;

describe("the client's own view", () => {
  let api: TestApi;
  let sam: GraphQLClient;
  let lotte: GraphQLClient;
  let org: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi();
    org = await organisationIds(api);
    sam = await api.as('sam@boysproject.test');
    lotte = await api.as('lotte@nextstep.test');
  });
  afterAll(() => api.close());

  /** A client of Boysproject whose phone nobody else reads, with a consent for NextStep. */
  async function clientWithConsent(pseudonym: string) {
    const clientId = await createFullClient(sam, pseudonym);
    await sam.ok(`mutation($id: ID!, $c: ContactInput!) { updateClient(id: $id, input: { contact: $c }) { id } }`, {
      id: clientId,
      c: { phone: '+32 470 00 00 98', doNotContact: false, phoneMayBeReadByOthers: false },
    });
    const consent = await recordConsent(sam, { clientId, granteeOrganisationId: org.NextStep, scopes: ['PROFILE', 'LIFE_DOMAINS'] });
    return { clientId, consentId: consent.id };
  }

  async function openView(code: string, headers: Record<string, string> = {}): Promise<GraphQLClient> {
    const { openClientView } = await api.anonymous.ok(OPEN, { code }, headers);
    return new GraphQLClient(api.url, openClientView.token, headers);
  }

  it('shows the client which organisation sees which sections until when, and who looked; a withdrawal counts from the next request', async () => {
    const { clientId, consentId } = await clientWithConsent('Eigen blik');
    expect((await lotte.ok(SEE, { id: clientId })).client.sharedScopes.sort()).toEqual(['LIFE_DOMAINS', 'PROFILE']);
    const { createClientViewCode } = await sam.ok(MAKE, { clientId });
    expect(createClientViewCode.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(createClientViewCode.record).toMatchObject({ status: 'WAITING', createdByName: 'Sam (demo)' });

    // Typed on a phone: lower case, without the dashes.
    const client = await openView(createClientViewCode.code.toLowerCase().replace(/-/g, ' '));
    const { myRecordAccess } = await client.ok(VIEW);
    expect(myRecordAccess.ownerOrganisationName).toBe('Boysproject');
    expect(myRecordAccess.consents).toEqual([
      expect.objectContaining({
        id: consentId,
        status: 'LIVE',
        scopes: ['PROFILE', 'LIFE_DOMAINS'],
        granteeOrganisation: { name: 'NextStep' },
        revokedByClient: false,
      }),
    ]);
    const lines = myRecordAccess.whoSaw.nodes;
    expect(lines).toEqual(
      expect.arrayContaining([expect.objectContaining({ actorOrganisationName: 'NextStep', actorKind: 'WORKER', operation: 'READ', action: 'client' })]),
    );

    const { withdrawMyConsent } = await client.ok(WITHDRAW, { id: consentId });
    expect(withdrawMyConsent).toMatchObject({ status: 'REVOKED', revokedByName: 'The client', revokedByClient: true });
    expect((await lotte.fails(SEE, { id: clientId })).code).toBe('NOT_FOUND');

    // The owner sees who withdrew it, in the trail and on the consent.
    const { client: owned } = await sam.ok(`query($id: ID!) { client(id: $id) { consents { id revokedByClient revokedByName } } }`, { id: clientId });
    expect(owned.consents).toEqual([{ id: consentId, revokedByClient: true, revokedByName: 'The client' }]);
    const { auditTrail } = await sam.ok(
      `query($id: ID!) { auditTrail(clientId: $id, grouped: false, first: 50) { nodes { actorName actorKind actorOrganisationName operation action consentId } } }`,
      { id: clientId },
    );
    expect(auditTrail.nodes).toEqual(
      expect.arrayContaining([
        { actorName: 'The client', actorKind: 'CLIENT', actorOrganisationName: null, operation: 'CONSENT_REVOKED', action: 'withdrawMyConsent', consentId },
        expect.objectContaining({ actorKind: 'CLIENT', operation: 'AUDIT_READ', action: 'myRecordAccess' }),
        expect.objectContaining({ actorKind: 'CLIENT', operation: 'READ', action: 'openClientView' }),
      ]),
    );
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM client_events WHERE client_id = $1 AND kind = 'CONSENT_WITHDRAWN' AND actor_name = 'The client'`,
      [clientId],
    );
    expect(n).toBe(1);
  });

  it("withdrawing cancels the open referrals to that organisation, as a worker's revocation does", async () => {
    const { clientId, consentId } = await clientWithConsent('Eigen blik verwijzing');
    const [service] = await api.dataSource.query(`SELECT id FROM services WHERE organisation_id = $1 AND status = 'ACTIVE' LIMIT 1`, [org.NextStep]);
    const { createReferral } = await sam.ok(`mutation($input: CreateReferralInput!) { createReferral(input: $input) { id status } }`, {
      input: {
        clientId,
        serviceId: service.id,
        reason: 'Wil uitstappen',
        clientWishes: 'Rustig aan',
        urgency: 'ROUTINE',
        sharedScopes: ['PROFILE'],
        send: true,
      },
    });
    expect(createReferral.status).toBe('SENT');
    const { createClientViewCode } = await sam.ok(MAKE, { clientId });
    const client = await openView(createClientViewCode.code);
    await client.ok(WITHDRAW, { id: consentId });
    const { referral } = await sam.ok(`query($id: ID!) { referral(id: $id) { status cancelReason } }`, { id: createReferral.id });
    expect(referral).toEqual({ status: 'CANCELLED', cancelReason: 'CONSENT_WITHDRAWN' });
  });

  it('nothing of it works without the code, and the code opens nothing else', async () => {
    const { clientId, consentId } = await clientWithConsent('Eigen blik dicht');
    expect((await api.anonymous.fails(VIEW)).code).toBe('UNAUTHENTICATED');
    expect((await api.anonymous.fails(WITHDRAW, { id: consentId })).code).toBe('UNAUTHENTICATED');
    // A worker's session is not a client's.
    expect((await sam.fails(VIEW)).code).toBe('UNAUTHENTICATED');
    expect((await sam.fails(WITHDRAW, { id: consentId })).code).toBe('UNAUTHENTICATED');
    expect((await api.anonymous.fails(OPEN, { code: 'AAAA-BBBB-CCCC' })).code).toBe('UNAUTHENTICATED');

    const { createClientViewCode } = await sam.ok(MAKE, { clientId });
    const client = await openView(createClientViewCode.code);
    // No section content, no client, no list, no referral: the client session is no user.
    for (const query of [SEE, `query { clients { totalCount } }`, `query($id: ID!) { auditTrail(clientId: $id) { totalCount } }`, `query { me { id } }`]) {
      const result = await client.request(query, { id: clientId });
      if (result.errors) expect(result.errors[0].extensions?.code).toBe('UNAUTHENTICATED');
      else expect(result.data).toEqual({ me: null });
    }
    // Another client's consent is not theirs to withdraw: as if it did not exist.
    const other = await clientWithConsent('Eigen blik ander');
    expect((await client.fails(WITHDRAW, { id: other.consentId })).code).toBe('NOT_FOUND');
    expect((await lotte.ok(SEE, { id: other.clientId })).client.id).toBe(other.clientId);
    // A code works once.
    expect((await api.anonymous.fails(OPEN, { code: createClientViewCode.code })).code).toBe('UNAUTHENTICATED');
    // Only the code's hash is stored.
    const stored = JSON.stringify(await api.dataSource.query(`SELECT * FROM client_view_codes WHERE client_id = $1`, [clientId]));
    expect(stored).not.toContain(createClientViewCode.code.replace(/-/g, ''));
    expect(stored).not.toContain(client.token!);
  });

  it('the session lasts 30 minutes; the worker can close it and the code sooner', async () => {
    const { clientId } = await clientWithConsent('Eigen blik tijd');
    const now = Date.now();
    const at = (minutes: number) => ({ 'x-brug-test-now': new Date(now + minutes * 60_000).toISOString() });
    const { createClientViewCode } = await sam.ok(MAKE, { clientId });
    const client = await openView(createClientViewCode.code, at(0));
    expect((await client.ok(VIEW, {}, at(29))).myRecordAccess.consents).toHaveLength(1);
    expect((await client.request(VIEW, {}, at(31))).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const second = (await sam.ok(MAKE, { clientId })).createClientViewCode;
    const view = await openView(second.code);
    expect((await sam.ok(CODES, { clientId })).clientViewCodes.codes[0]).toMatchObject({ id: second.record.id, status: 'IN_USE' });
    await sam.ok(`mutation($id: ID!) { revokeClientViewCode(id: $id) { status } }`, { id: second.record.id });
    expect((await view.fails(VIEW)).code).toBe('UNAUTHENTICATED');

    // A new code ends an unused earlier one.
    const third = (await sam.ok(MAKE, { clientId })).createClientViewCode;
    await sam.ok(MAKE, { clientId });
    expect((await api.anonymous.fails(OPEN, { code: third.code })).code).toBe('UNAUTHENTICATED');
  });

  it('warns before a code is made for a client whose phone may be read by someone else', async () => {
    const clientId = await createFullClient(sam, 'Eigen blik gedeelde telefoon');
    expect((await sam.ok(CODES, { clientId })).clientViewCodes.phoneMayBeReadByOthers).toBe(true);
    const refused = await sam.fails(MAKE, { clientId });
    expect(refused).toMatchObject({ code: 'CONFLICT', extensions: { reason: 'PHONE_MAY_BE_READ_BY_OTHERS' } });
    expect((await sam.ok(CODES, { clientId })).clientViewCodes.codes).toEqual([]);
    const { createClientViewCode } = await sam.ok(MAKE, { clientId, seen: true });
    expect(createClientViewCode.record.status).toBe('WAITING');
  });

  it('only the organisation that registered the client makes codes', async () => {
    const { clientId } = await clientWithConsent('Eigen blik eigenaar');
    expect((await lotte.fails(MAKE, { clientId })).code).toBe('FORBIDDEN');
    expect((await lotte.fails(CODES, { clientId })).code).toBe('FORBIDDEN');
    const noor = await api.as('noor@moviera.test');
    expect((await noor.fails(MAKE, { clientId })).code).toBe('NOT_FOUND');
  });
});

describe("guessing a client's code", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({
      config: { loginThrottle: { accountMaxFailures: 3, addressMaxFailures: 10_000, windowMinutes: 15, baseLockSeconds: 60, maxLockMinutes: 60 } },
    });
  });
  afterAll(() => api.close());

  it('is throttled like sign-in: after 3 wrong codes even the right one waits', async () => {
    const sam = await api.as('sam@boysproject.test');
    const clientId = await createFullClient(sam, 'Eigen blik raden');
    const { createClientViewCode } = await sam.ok(MAKE, { clientId, seen: true });
    for (let i = 0; i < 3; i++) expect((await api.anonymous.fails(OPEN, { code: `WRNG-CODE-00${i}` })).code).toBe('UNAUTHENTICATED');
    const locked = await api.anonymous.fails(OPEN, { code: createClientViewCode.code });
    expect(locked.code).toBe('TOO_MANY_REQUESTS');
    expect(locked.message).toMatch(/Too many failed codes/);
    expect(locked.extensions.retryAfterSeconds).toBeGreaterThan(0);
    // The lock passes; the right code then works (it was not used up by the wait).
    const later = { 'x-brug-test-now': new Date(Date.now() + 2 * 60_000).toISOString() };
    expect((await api.anonymous.ok(OPEN, { code: createClientViewCode.code }, later)).openClientView.token).toMatch(/^cv_/);
  });
});
