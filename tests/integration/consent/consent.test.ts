import { consentRevokedHandlers } from '../../../api/src/modules/consent';
import { createFullClient, organisationIds, recordConsent, signInAt } from '../../support/clients';
import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';

const SEE = `query($id: ID!) { client(id: $id) { id sharedScopes consentUsed { id } profile { ageRange } notes { text } } }`;
const RECORD = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id scopes purpose method validFrom validUntil status revokedAt granteeOrganisation { name } } }`;
const REVOKE = `mutation($id: ID!, $reason: String) { revokeConsent(id: $id, reason: $reason) { id status revokedAt revokedByName revocationReason } }`;
const MONTH = 30 * 86_400_000;

describe('consent', () => {
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

  const consentInput = (clientId: string, extra: Record<string, unknown> = {}) => ({
    input: { clientId, granteeOrganisationId: org.NextStep, scopes: ['PROFILE'], purpose: 'Warme overdracht', method: 'WRITTEN', ...extra },
  });

  it('is valid for 12 months by default and opens exactly the named sections', async () => {
    const clientId = await createFullClient(sam, 'Consent standaard');
    const { recordConsent: consent } = await sam.ok(RECORD, consentInput(clientId, { scopes: ['NOTES', 'PROFILE', 'PROFILE'] }));
    expect(consent).toMatchObject({
      scopes: ['PROFILE', 'NOTES'],
      status: 'LIVE',
      revokedAt: null,
      granteeOrganisation: { name: 'NextStep' },
      method: 'WRITTEN',
    });
    const months = (Date.parse(consent.validUntil) - Date.parse(consent.validFrom)) / MONTH;
    expect(months).toBeGreaterThan(12 * 0.98);
    expect(months).toBeLessThan(12.4);
    const { client } = await lotte.ok(SEE, { id: clientId });
    expect(client).toMatchObject({ consentUsed: { id: consent.id }, profile: { ageRange: 'AGE_25_34' }, notes: { text: expect.any(String) } });
    expect(client.sharedScopes.sort()).toEqual(['NOTES', 'PROFILE']);
  });

  it('a revocation takes effect on the very next request', async () => {
    const clientId = await createFullClient(sam, 'Consent intrekken');
    const consent = await recordConsent(sam, { clientId, granteeOrganisationId: org.NextStep, scopes: ['PROFILE'] });
    expect((await lotte.ok(SEE, { id: clientId })).client.id).toBe(clientId);
    const { revokeConsent } = await sam.ok(REVOKE, { id: consent.id, reason: '  De cliënt wil het niet meer  ' });
    expect(revokeConsent).toMatchObject({ status: 'REVOKED', revokedByName: 'Sam (demo)', revocationReason: 'De cliënt wil het niet meer' });
    expect((await lotte.fails(SEE, { id: clientId })).code).toBe('NOT_FOUND');
    const { clients } = await lotte.ok(`query { clients(relation: SHARED, first: 100) { nodes { id } } }`);
    expect(clients.nodes.map((n: { id: string }) => n.id)).not.toContain(clientId);
  });

  it('revoking an already revoked consent answers it unchanged, without an error', async () => {
    const clientId = await createFullClient(sam, 'Consent twee keer');
    const consent = await recordConsent(sam, { clientId, granteeOrganisationId: org.NextStep, scopes: ['PROFILE'] });
    const first = (await sam.ok(REVOKE, { id: consent.id, reason: 'eerste' })).revokeConsent;
    const again = (await sam.ok(REVOKE, { id: consent.id, reason: 'tweede' })).revokeConsent;
    expect(again).toEqual(first);
    const events = await api.dataSource.query(`SELECT count(*)::int AS n FROM client_events WHERE client_id = $1 AND kind = 'CONSENT_WITHDRAWN'`, [clientId]);
    expect(events).toEqual([{ n: 1 }]);
  });

  it('an expired consent grants nothing, judged at the moment of the request', async () => {
    const clientId = await createFullClient(sam, 'Consent verlopen');
    const validUntil = new Date(Date.now() + 2 * 3600_000);
    await recordConsent(sam, { clientId, granteeOrganisationId: org.NextStep, scopes: ['PROFILE'], validUntil: validUntil.toISOString() });
    const before = await signInAt(api, 'lotte@nextstep.test', new Date(validUntil.getTime() - 60_000));
    expect((await before.ok(SEE, { id: clientId })).client.profile).not.toBeNull();
    const after = await signInAt(api, 'lotte@nextstep.test', new Date(validUntil.getTime() + 60_000));
    expect((await after.fails(SEE, { id: clientId })).code).toBe('NOT_FOUND');
    expect((await after.ok(`query { clients(search: "Consent verlopen") { totalCount } }`)).clients.totalCount).toBe(0);
    const ownerLater = await signInAt(api, 'sam@boysproject.test', new Date(validUntil.getTime() + 60_000));
    const { client } = await ownerLater.ok(`query($id: ID!) { client(id: $id) { consents { status } } }`, { id: clientId });
    expect(client.consents).toEqual([{ status: 'EXPIRED' }]);
  });

  it('recording a consent for an organisation that already holds a live one replaces it', async () => {
    const clientId = await createFullClient(sam, 'Consent vervangen');
    const old = await recordConsent(sam, { clientId, granteeOrganisationId: org.NextStep, scopes: ['PROFILE', 'NOTES'] });
    const { recordConsent: replacement } = await sam.ok(RECORD, consentInput(clientId, { scopes: ['PROFILE'] }));
    const { client } = await sam.ok(`query($id: ID!) { client(id: $id) { consents { id status revocationReason scopes } } }`, { id: clientId });
    expect(client.consents).toEqual(
      expect.arrayContaining([
        { id: replacement.id, status: 'LIVE', revocationReason: null, scopes: ['PROFILE'] },
        { id: old.id, status: 'REVOKED', revocationReason: 'replaced', scopes: ['PROFILE', 'NOTES'] },
      ]),
    );
    expect((await lotte.ok(SEE, { id: clientId })).client).toMatchObject({ sharedScopes: ['PROFILE'], notes: null, consentUsed: { id: replacement.id } });
  });

  it('refuses a period that is too long, already over, or ends before it starts, and the own organisation or an unknown one', async () => {
    const clientId = await createFullClient(sam, 'Consent grenzen');
    const now = Date.now();
    const failures = [
      [{ validUntil: new Date(now + 25 * MONTH).toISOString() }, 'validUntil'],
      [{ validUntil: new Date(now - 60_000).toISOString() }, 'validUntil'],
      [{ validFrom: new Date(now + 2 * MONTH).toISOString(), validUntil: new Date(now + MONTH).toISOString() }, 'validUntil'],
      [{ granteeOrganisationId: org.Boysproject }, 'granteeOrganisationId'],
      [{ granteeOrganisationId: '00000000-0000-4000-8000-000000000000' }, 'granteeOrganisationId'],
      [{ scopes: [] }, 'scopes'],
      [{ purpose: '   ' }, 'purpose'],
    ] as const;
    for (const [extra, field] of failures) {
      const error = await sam.fails(RECORD, consentInput(clientId, extra));
      expect({ code: error.code, field: error.extensions.field }).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    const longest = await sam.ok(RECORD, consentInput(clientId, { validUntil: new Date(now + 23 * MONTH).toISOString() }));
    expect(longest.recordConsent.status).toBe('LIVE');
  });

  it('only the owning organisation records or revokes; the grantee sees its own consent but may not touch it', async () => {
    const clientId = await createFullClient(sam, 'Consent eigenaar');
    const consent = await recordConsent(sam, { clientId, granteeOrganisationId: org.NextStep, scopes: ['PROFILE'] });
    expect((await lotte.fails(REVOKE, { id: consent.id })).code).toBe('FORBIDDEN');
    expect((await lotte.fails(RECORD, { input: { ...consentInput(clientId).input, granteeOrganisationId: org.Moviera } })).code).toBe('FORBIDDEN');
    const { client } = await lotte.ok(`query($id: ID!) { client(id: $id) { consents { id status } } }`, { id: clientId });
    expect(client.consents).toEqual([{ id: consent.id, status: 'LIVE' }]);
  });

  it('a consent for a section not filled in yet opens it once it is added', async () => {
    const { createClient } = await sam.ok(`mutation { createClient(input: { pseudonym: "Later" }) { id } }`);
    await recordConsent(sam, { clientId: createClient.id, granteeOrganisationId: org.NextStep, scopes: ['NOTES'] });
    expect((await lotte.ok(SEE, { id: createClient.id })).client.notes).toBeNull();
    await sam.ok(`mutation($id: ID!) { updateClient(id: $id, input: { notes: { text: "Nu wel" } }) { id } }`, { id: createClient.id });
    expect((await lotte.ok(SEE, { id: createClient.id })).client.notes).toEqual({ text: 'Nu wel' });
  });

  it('each consent change is audited and written on the client timeline', async () => {
    const clientId = await createFullClient(sam, 'Consent spoor');
    const first = await recordConsent(sam, { clientId, granteeOrganisationId: org.NextStep, scopes: ['PROFILE'] });
    const second = await recordConsent(sam, { clientId, granteeOrganisationId: org.NextStep, scopes: ['NOTES'] });
    await sam.ok(REVOKE, { id: second.id });
    const audit = await api.dataSource.query(
      `SELECT operation, action, scopes, consent_id FROM audit_entries WHERE client_id = $1 AND operation LIKE 'CONSENT_%' ORDER BY id`,
      [clientId],
    );
    expect(audit).toEqual([
      { operation: 'CONSENT_GRANTED', action: 'recordConsent', scopes: ['PROFILE'], consent_id: first.id },
      { operation: 'CONSENT_REVOKED', action: 'recordConsent', scopes: ['PROFILE'], consent_id: first.id },
      { operation: 'CONSENT_GRANTED', action: 'recordConsent', scopes: ['NOTES'], consent_id: second.id },
      { operation: 'CONSENT_REVOKED', action: 'revokeConsent', scopes: ['NOTES'], consent_id: second.id },
    ]);
    const events = await api.dataSource.query(
      `SELECT kind, scope, summary, subject_id FROM client_events WHERE client_id = $1 AND kind LIKE 'CONSENT_%' ORDER BY id`,
      [clientId],
    );
    expect(events).toEqual([
      { kind: 'CONSENT_GIVEN', scope: null, summary: { granteeOrganisationName: 'NextStep', scopes: ['PROFILE'] }, subject_id: first.id },
      { kind: 'CONSENT_GIVEN', scope: null, summary: { granteeOrganisationName: 'NextStep', scopes: ['NOTES'] }, subject_id: second.id },
      { kind: 'CONSENT_WITHDRAWN', scope: null, summary: { granteeOrganisationName: 'NextStep', scopes: ['NOTES'] }, subject_id: second.id },
    ]);
  });

  it('revocation handlers run in the same transaction: one that fails undoes the revocation', async () => {
    const clientId = await createFullClient(sam, 'Consent haken');
    const consent = await recordConsent(sam, { clientId, granteeOrganisationId: org.NextStep, scopes: ['PROFILE'] });
    const seen: string[] = [];
    const failing = () => Promise.reject(new Error('referrals could not be cancelled'));
    consentRevokedHandlers.push(failing);
    try {
      expect((await sam.fails(REVOKE, { id: consent.id })).code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      consentRevokedHandlers.splice(consentRevokedHandlers.indexOf(failing), 1);
    }
    expect((await lotte.ok(SEE, { id: clientId })).client.id).toBe(clientId);
    const recording = (_ctx: unknown, revoked: { id: string; revokedAt: Date | null }) => {
      seen.push(`${revoked.id}:${revoked.revokedAt ? 'revoked' : 'live'}`);
      return Promise.resolve();
    };
    consentRevokedHandlers.push(recording);
    try {
      await sam.ok(REVOKE, { id: consent.id });
    } finally {
      consentRevokedHandlers.splice(consentRevokedHandlers.indexOf(recording), 1);
    }
    expect(seen).toEqual([`${consent.id}:revoked`]);
  });

  it('two workers recording a consent for the same organisation at once leave exactly one live consent', async () => {
    const clientId = await createFullClient(sam, 'Consent tegelijk');
    const admin = await api.as('admin@boysproject.test');
    const results = await Promise.all([
      sam.request(RECORD, consentInput(clientId, { scopes: ['PROFILE'] })),
      admin.request(RECORD, consentInput(clientId, { scopes: ['NOTES'] })),
      sam.request(RECORD, consentInput(clientId, { scopes: ['SAFETY'] })),
    ]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    const live = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM consents WHERE client_id = $1 AND grantee_organisation_id = $2 AND revoked_at IS NULL`,
      [clientId, org.NextStep],
    );
    expect(live).toEqual([{ n: 1 }]);
  });
});
