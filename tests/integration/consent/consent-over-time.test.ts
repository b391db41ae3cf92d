import { remindEndingConsentsAsSystem } from '../../../api/src/modules/consent/consent-reminders';
import { createFullClient, organisationIds, recordConsent } from '../../support/clients';
import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';

const DAY = 86_400_000;
const ENDING = `query { consentsEndingSoon { id validUntil granteeOrganisation { name } client { id pseudonym } } }`;
const RENEW = `mutation($id: ID!, $method: ConsentMethod!) { renewConsent(id: $id, method: $method) { id status scopes purpose method validFrom validUntil granteeOrganisation { name } } }`;
const CONSENTS = `query($id: ID!) { client(id: $id) { consents { id status scopes purpose method validFrom validUntil revokedAt revocationReason revokedByClient } } }`;
const NOTICES = `query { notifications(first: 100) { nodes { kind text consentId consentEndsAt consentOrganisationName consentClientId referralId } } }`;

describe('consent over time', () => {
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

  const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

  it("a consent that ends within 30 days is on the owner's home screen, soonest first; later, withdrawn or other organisations' ones are not", async () => {
    const clientId = await createFullClient(sam, 'Loopt af');
    const soon = await recordConsent(sam, { clientId, granteeOrganisationId: org.NextStep, scopes: ['PROFILE'], validUntil: inDays(20) });
    const sooner = await recordConsent(sam, { clientId, granteeOrganisationId: org.Moviera, scopes: ['PROFILE'], validUntil: inDays(3) });
    await recordConsent(sam, { clientId, granteeOrganisationId: org.Lumens, scopes: ['PROFILE'], validUntil: inDays(60) });
    const withdrawn = await recordConsent(sam, { clientId, granteeOrganisationId: org.Alias, scopes: ['PROFILE'], validUntil: inDays(10) });
    await sam.ok(`mutation($id: ID!) { revokeConsent(id: $id) { id } }`, { id: withdrawn.id });
    const mine = (await sam.ok(ENDING)).consentsEndingSoon.filter((k: { client: { id: string } }) => k.client.id === clientId);
    expect(mine.map((k: { id: string }) => k.id)).toEqual([sooner.id, soon.id]);
    expect(mine[1]).toMatchObject({ granteeOrganisation: { name: 'NextStep' }, client: { pseudonym: 'Loopt af' } });
    // The receiving organisation does not get the owner's list.
    expect((await lotte.ok(ENDING)).consentsEndingSoon.map((k: { id: string }) => k.id)).not.toContain(soon.id);
  });

  it('renewing keeps the organisation, sections and purpose, records the method, starts a new period, and access never lapses', async () => {
    const clientId = await createFullClient(sam, 'Verlengen');
    const old = await recordConsent(sam, {
      clientId,
      granteeOrganisationId: org.NextStep,
      scopes: ['PROFILE', 'NOTES'],
      validUntil: inDays(5),
      purpose: 'Uitstapprogramma',
    });
    expect((await lotte.fails(RENEW, { id: old.id, method: 'VERBAL' })).code).toBe('FORBIDDEN');
    const { renewConsent } = await sam.ok(RENEW, { id: old.id, method: 'WRITTEN' });
    expect(renewConsent).toMatchObject({
      status: 'LIVE',
      scopes: ['PROFILE', 'NOTES'],
      purpose: 'Uitstapprogramma',
      method: 'WRITTEN',
      granteeOrganisation: { name: 'NextStep' },
    });
    const months = (Date.parse(renewConsent.validUntil) - Date.parse(renewConsent.validFrom)) / (30 * DAY);
    expect(months).toBeGreaterThan(11.5);
    const { client } = await sam.ok(CONSENTS, { id: clientId });
    expect(client.consents.find((k: { id: string }) => k.id === old.id)).toMatchObject({
      status: 'REVOKED',
      revocationReason: 'renewed',
      revokedByClient: false,
    });
    expect((await lotte.ok(`query($id: ID!) { client(id: $id) { sharedScopes consentUsed { id } } }`, { id: clientId })).client).toMatchObject({
      consentUsed: { id: renewConsent.id },
    });
    expect((await sam.ok(ENDING)).consentsEndingSoon.map((k: { id: string }) => k.id)).not.toContain(renewConsent.id);
    // A withdrawn consent is the client's decision: it is not renewed, it is asked again.
    await sam.ok(`mutation($id: ID!) { revokeConsent(id: $id) { id } }`, { id: renewConsent.id });
    expect((await sam.fails(RENEW, { id: renewConsent.id, method: 'VERBAL' })).code).toBe('CONFLICT');
    const audit = await api.dataSource.query(
      `SELECT operation FROM audit_entries WHERE client_id = $1 AND action = 'renewConsent' AND operation LIKE 'CONSENT%' ORDER BY id`,
      [clientId],
    );
    expect(audit.map((a: { operation: string }) => a.operation)).toEqual(['CONSENT_REVOKED', 'CONSENT_GRANTED']);
  });

  it('both organisations are told once, by organisation and date only, when a consent comes within 30 days of its end', async () => {
    const clientId = await createFullClient(sam, 'Melding einde');
    const consent = await recordConsent(sam, { clientId, granteeOrganisationId: org.NextStep, scopes: ['PROFILE'], validUntil: inDays(40) });
    await remindEndingConsentsAsSystem(api.appDataSource);
    const about = async (who: GraphQLClient) => (await who.ok(NOTICES)).notifications.nodes.filter((n: { consentId: string }) => n.consentId === consent.id);
    expect(await about(sam)).toEqual([]);

    // Eleven days later it ends within 30 days.
    await remindEndingConsentsAsSystem(api.appDataSource, new Date(Date.now() + 11 * DAY));
    await remindEndingConsentsAsSystem(api.appDataSource, new Date(Date.now() + 12 * DAY));
    const forSam = await about(sam);
    expect(forSam).toEqual([
      expect.objectContaining({
        kind: 'CONSENT_ENDING',
        consentOrganisationName: 'NextStep',
        consentClientId: clientId,
        referralId: null,
        consentEndsAt: expect.any(String),
      }),
    ]);
    const forLotte = await about(lotte);
    expect(forLotte).toEqual([expect.objectContaining({ kind: 'ACCESS_ENDING', consentOrganisationName: 'Boysproject', consentClientId: null })]);
    expect(JSON.stringify([...forSam, ...forLotte])).not.toContain('Melding einde');
    expect(forLotte[0].text).toMatch(/^Your access to a client record shared by Boysproject ends on \d{4}-\d{2}-\d{2}\.$/);
  });
});
