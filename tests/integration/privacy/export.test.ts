import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';
import { richClient, RichClient } from './fixtures';

const EXPORT = `query($id: ID!) { exportClientData(clientId: $id) }`;

describe('access request export', () => {
  let api: TestApi;
  let sam: GraphQLClient;
  let lotte: GraphQLClient;
  let rich: RichClient;
  let doc: any;

  beforeAll(async () => {
    api = await startTestApi();
    sam = await api.as('sam@boysproject.test');
    lotte = await api.as('lotte@nextstep.test');
    rich = await richClient(api, sam, lotte);
    // Someone reads the client, so "who saw my data" has an entry by another organisation.
    await lotte.ok(`query($id: ID!) { client(id: $id) { profile { genderIdentity } } }`, { id: rich.clientId });
    ({ exportClientData: doc } = await sam.ok(EXPORT, { id: rich.clientId }));
  });
  afterAll(() => api.close());

  it('is one machine-readable document with the client and its format', () => {
    expect(doc).toMatchObject({
      format: 'brug.client-export',
      version: 1,
      exportedBy: { organisationName: 'Boysproject' },
      client: { id: rich.clientId, pseudonym: rich.pseudonym, ownerOrganisation: { name: 'Boysproject' }, erasedAt: null },
    });
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('holds every personal text Brug keeps about the client, whichever organisation wrote it', () => {
    // Read with the owner's own rights (row-level security lets the owner see all of its client's
    // rows); nothing of another organisation's is left out.
    const text = JSON.stringify(doc);
    expect(Object.entries(rich.markers).filter(([, marker]) => !text.includes(marker))).toEqual([]);
  });

  it('holds every section with its content and who changed and confirmed it', () => {
    expect(doc.sections.map((s: any) => s.scope)).toEqual(['IDENTITY', 'CONTACT', 'PROFILE', 'LIFE_DOMAINS', 'HEALTH', 'SEX_WORK', 'SAFETY', 'NOTES']);
    const identity = doc.sections[0];
    expect(identity).toMatchObject({
      data: { legalName: rich.markers.legalName },
      updatedByOrganisationName: 'Boysproject',
      confirmedByOrganisationName: 'Boysproject',
    });
    expect(identity.updatedByName).toBeTruthy();
  });

  it('holds the consents, the care plan, the notes, the referrals with events and messages, the timeline', () => {
    expect(doc.consents).toEqual([
      expect.objectContaining({ granteeOrganisationName: 'NextStep', purpose: rich.markers.purpose, status: 'LIVE', revokedAt: null }),
    ]);
    expect(doc.carePlan.goals).toEqual([
      expect.objectContaining({
        text: rich.markers.goal,
        actions: [expect.objectContaining({ description: rich.markers.action, organisationName: 'NextStep' })],
      }),
    ]);
    expect(doc.contactNotes).toEqual([expect.objectContaining({ text: rich.markers.note, organisationName: 'NextStep' })]);
    // What another organisation wrote is the client's too: read as the system, for the owner's request.
    expect(doc.lifeDomainAssessments).toEqual(expect.arrayContaining([expect.objectContaining({ assessedOn: '2026-11-02', organisationName: 'NextStep' })]));
    expect(doc.externalReferrals).toEqual([expect.objectContaining({ reason: rich.markers.externalReason, senderOrganisationName: 'NextStep' })]);
    expect(doc.documents).toEqual([expect.objectContaining({ title: rich.markers.documentTitle, scope: 'PROFILE' })]);
    const sent = doc.referrals.find((r: any) => r.id === rich.referralId);
    expect(sent).toMatchObject({
      status: 'ACCEPTED',
      reason: rich.markers.reason,
      clientWishes: rich.markers.wishes,
      introPlace: rich.markers.place,
      receivingOrganisationName: 'NextStep',
    });
    expect(sent.events.map((e: any) => e.toStatus)).toEqual(['DRAFT', 'SENT', 'ACCEPTED']);
    expect(sent.messages.map((m: any) => m.body)).toEqual([rich.markers.message, rich.markers.reply]);
    expect(doc.referrals.find((r: any) => r.id === rich.draftReferralId)).toMatchObject({ status: 'DRAFT', reason: rich.markers.draftReason });
    expect(doc.timeline.map((e: any) => e.kind)).toEqual(
      expect.arrayContaining(['SECTION_UPDATED', 'CONSENT_GIVEN', 'GOAL_ADDED', 'NOTE_ADDED', 'REFERRAL_SENT', 'REFERRAL_ACCEPTED']),
    );
  });

  it('holds the audit trail: who saw the data, for which organisation, under which consent', () => {
    const byNextStep = doc.auditTrail.filter((a: any) => a.actorOrganisationName === 'NextStep' && a.operation === 'READ');
    expect(byNextStep.length).toBeGreaterThan(0);
    expect(byNextStep.every((a: any) => a.consentId === doc.consents[0].id)).toBe(true);
    expect(doc.auditTrail.some((a: any) => a.operation === 'CREATE' && a.action === 'createClient')).toBe(true);
  });

  it('is audited as EXPORT of every section, in the same request', async () => {
    const before = (await api.dataSource.query(`SELECT coalesce(max(id), 0) AS id FROM audit_entries`))[0].id;
    const response = await sam.request(EXPORT, { id: rich.clientId });
    const entries = await api.dataSource.query(`SELECT operation, action, scopes, request_id FROM audit_entries WHERE id > $1 AND client_id = $2`, [
      before,
      rich.clientId,
    ]);
    expect(entries).toEqual([
      expect.objectContaining({
        operation: 'EXPORT',
        action: 'exportClientData',
        scopes: ['CONTACT', 'HEALTH', 'IDENTITY', 'LIFE_DOMAINS', 'NOTES', 'PROFILE', 'SAFETY', 'SEX_WORK'],
      }),
    ]);
    const earlierEntries: number = doc.auditTrail.length;
    expect(response.data.exportClientData.auditTrail.length).toBe(earlierEntries + 1 /* the first export */);
  });

  it('is FORBIDDEN for an organisation holding a consent and NOT_FOUND for one that does not see the client', async () => {
    const before = (await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_entries WHERE operation = 'EXPORT'`))[0].n;
    expect((await lotte.fails(EXPORT, { id: rich.clientId })).code).toBe('FORBIDDEN');
    const jules = await api.as('jules@alias.test');
    const hidden = await jules.fails(EXPORT, { id: rich.clientId });
    const unknown = await jules.fails(EXPORT, { id: '00000000-0000-4000-8000-000000000000' });
    expect([hidden.code, hidden.message]).toEqual([unknown.code, unknown.message]);
    expect(hidden.code).toBe('NOT_FOUND');
    expect((await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_entries WHERE operation = 'EXPORT'`))[0].n).toBe(before);
  });
});
