import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';
import { ADD_GOAL, ADD_NOTE, giveConsent, organisationIds, registerClient, revokeConsent, TIMELINE, WORKERS } from './fixtures';

/**
 * Whose timeline entries a viewer sees: the owner all; a consented organisation the entries
 * without a section and those of the sections its live consent names; every organisation its
 * own entries; nobody else anything (the client answers NOT_FOUND).
 */
describe('the timeline shows each organisation only what the client agreed to share', () => {
  let api: TestApi;
  let org: Record<string, string>;
  let as: Record<keyof typeof WORKERS, GraphQLClient>;
  let clientId: string;

  const kindsSeenBy = async (viewer: GraphQLClient) => {
    const data = await viewer.ok(TIMELINE, { clientId, first: 100 });
    return data.clientTimeline.edges.map((e: { node: { kind: string; organisationName: string } }) => `${e.node.kind}:${e.node.organisationName}`).sort();
  };
  /** Consent entries carry no section content: everyone who sees the client sees them. */
  const contentSeenBy = async (viewer: GraphQLClient) => (await kindsSeenBy(viewer)).filter((k: string) => !k.startsWith('CONSENT_'));

  beforeAll(async () => {
    api = await startTestApi();
    org = await organisationIds(api);
    as = Object.fromEntries(await Promise.all(Object.entries(WORKERS).map(async ([k, email]) => [k, await api.as(email)]))) as never;
    clientId = await registerClient(as.owner, 'tl-zichtbaarheid');
    await giveConsent(as.owner, clientId, org.NextStep, ['PROFILE', 'LIFE_DOMAINS', 'NOTES']);
    await giveConsent(as.owner, clientId, org.Moviera, ['PROFILE', 'LIFE_DOMAINS']);
    await giveConsent(as.owner, clientId, org['RUPS Den Bosch'], ['PROFILE']);
    await as.owner.ok(ADD_GOAL, { input: { clientId, lifeDomain: 'HOUSING', text: 'Een eigen plek' } });
    await as.owner.ok(ADD_NOTE, { input: { clientId, contactType: 'OUTREACH_CONTACT', text: 'Gesproken in de bar' } });
    await as.nextStep.ok(ADD_NOTE, { input: { clientId, contactType: 'PHONE', text: 'Gebeld over de afspraak' } });
    await as.moviera.ok(ADD_GOAL, { input: { clientId, lifeDomain: 'SAFETY', text: 'Niet meer bang zijn op straat' } });
    // A section update of another module: HEALTH, shared with nobody.
    await api.dataSource.query(
      `INSERT INTO client_events (client_id, owner_organisation_id, organisation_id, organisation_name, actor_name, kind, scope, occurred_at, summary)
       VALUES ($1, $2, $2, 'Boysproject', 'Sam (demo)', 'SECTION_UPDATED', 'HEALTH', now(), '{"scope":"HEALTH"}')`,
      [clientId, org.Boysproject],
    );
  });
  afterAll(() => api.close());

  it('the owning organisation sees every entry of every organisation', async () => {
    expect(await contentSeenBy(as.owner)).toEqual([
      'GOAL_ADDED:Boysproject',
      'GOAL_ADDED:Moviera',
      'NOTE_ADDED:Boysproject',
      'NOTE_ADDED:NextStep',
      'SECTION_UPDATED:Boysproject',
    ]);
  });

  it('an organisation whose consent includes notes and the plan sees both, but no other section', async () => {
    expect(await contentSeenBy(as.nextStep)).toEqual(['GOAL_ADDED:Boysproject', 'GOAL_ADDED:Moviera', 'NOTE_ADDED:Boysproject', 'NOTE_ADDED:NextStep']);
  });

  it('an organisation whose consent lacks NOTES sees no note of anyone', async () => {
    expect(await contentSeenBy(as.moviera)).toEqual(['GOAL_ADDED:Boysproject', 'GOAL_ADDED:Moviera']);
  });

  it('an organisation with only the profile sees who was given consent, and nothing of the plan or the notes', async () => {
    expect(await kindsSeenBy(as.rups)).toEqual(['CONSENT_GIVEN:Boysproject', 'CONSENT_GIVEN:Boysproject', 'CONSENT_GIVEN:Boysproject']);
    expect(await contentSeenBy(as.rups)).toEqual([]);
  });

  it('entries of other organisations name their organisation and carry their text', async () => {
    const data = await as.nextStep.ok(TIMELINE, { clientId, kinds: ['GOAL_ADDED'] });
    const goals = data.clientTimeline.edges.map((e: { node: unknown }) => e.node);
    expect(goals).toEqual([
      expect.objectContaining({ organisationName: 'Moviera', fromOtherOrganisation: true, scope: 'LIFE_DOMAINS', text: 'Niet meer bang zijn op straat' }),
      expect.objectContaining({
        organisationName: 'Boysproject',
        fromOtherOrganisation: true,
        text: 'Een eigen plek',
        summary: expect.objectContaining({ lifeDomain: 'HOUSING' }),
      }),
    ]);
    const own = await as.nextStep.ok(TIMELINE, { clientId, kinds: ['NOTE_ADDED'], organisationId: org.NextStep });
    expect(own.clientTimeline.edges.map((e: { node: unknown }) => e.node)).toEqual([
      expect.objectContaining({ fromOtherOrganisation: false, text: 'Gebeld over de afspraak' }),
    ]);
  });

  it('organisations without consent, and coordinators, are told the client does not exist', async () => {
    for (const viewer of [as.alias, as.coordinator]) {
      expect((await viewer.fails(TIMELINE, { clientId })).code).toBe('NOT_FOUND');
    }
    expect((await api.anonymous.fails(TIMELINE, { clientId })).code).toBe('UNAUTHENTICATED');
  });

  it('every timeline read is audited with the sections it showed', async () => {
    await as.moviera.ok(TIMELINE, { clientId });
    const [entry] = await api.dataSource.query(
      `SELECT scopes, consent_id FROM audit_entries WHERE client_id = $1 AND action = 'clientTimeline' AND actor_organisation_id = $2 ORDER BY at DESC LIMIT 1`,
      [clientId, org.Moviera],
    );
    expect(entry.scopes).toEqual(['LIFE_DOMAINS']);
    // The consent it rests on is Moviera's own, not any consent of this client.
    const [consent] = await api.dataSource.query(`SELECT grantee_organisation_id FROM consents WHERE id = $1`, [entry.consent_id]);
    expect(consent.grantee_organisation_id).toBe(org.Moviera);
  });

  it('when consent narrows, an organisation keeps seeing its own entries and loses the others; withdrawn, it sees nothing', async () => {
    const other = await registerClient(as.owner, 'tl-ingetrokken');
    await giveConsent(as.owner, other, org.NextStep, ['PROFILE', 'LIFE_DOMAINS', 'NOTES']);
    await as.owner.ok(ADD_NOTE, { input: { clientId: other, contactType: 'OFFICE_VISIT', text: 'Op kantoor geweest' } });
    await as.nextStep.ok(ADD_NOTE, { input: { clientId: other, contactType: 'PHONE', text: 'Eigen notitie' } });
    await as.nextStep.ok(ADD_GOAL, { input: { clientId: other, lifeDomain: 'HEALTH', text: 'Gezond blijven' } });

    const narrowed = await giveConsent(as.owner, other, org.NextStep, ['PROFILE']);
    const data = await as.nextStep.ok(TIMELINE, { clientId: other, first: 50 });
    const seen = data.clientTimeline.edges.map((e: { node: { kind: string; organisationName: string; text: string | null } }) => [
      e.node.kind,
      e.node.organisationName,
      e.node.text,
    ]);
    expect(seen.filter(([kind]: string[]) => !kind.startsWith('CONSENT_'))).toEqual([
      ['GOAL_ADDED', 'NextStep', 'Gezond blijven'],
      ['NOTE_ADDED', 'NextStep', 'Eigen notitie'],
    ]);

    await revokeConsent(as.owner, narrowed);
    expect((await as.nextStep.fails(TIMELINE, { clientId: other })).code).toBe('NOT_FOUND');
  });

  it('the database itself hides notes from an organisation whose consent lacks NOTES', async () => {
    const notesSeenBy = (organisationId: string) =>
      api.appDataSource.transaction(async (em) => {
        await em.query(`SELECT set_config('brug.organisation_id', $1, true)`, [organisationId]);
        return (await em.query(`SELECT text FROM contact_notes WHERE client_id = $1 ORDER BY text`, [clientId])).map((r: { text: string }) => r.text);
      });
    expect(await notesSeenBy(org.Moviera)).toEqual([]);
    expect(await notesSeenBy(org.NextStep)).toEqual(['Gebeld over de afspraak', 'Gesproken in de bar']);
  });
});
