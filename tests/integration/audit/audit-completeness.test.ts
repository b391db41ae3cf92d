import { getNamedType, GraphQLField, GraphQLNamedType, GraphQLSchema, isInputObjectType, isObjectType } from 'graphql';
import { buildApiSchema } from '../../../api/src/schema';
import { createFullClient, organisationIds, recordConsent } from '../../support/clients';
import { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';

/**
 * Every operation that touches client data writes an audit entry. The operations are read from
 * the schema (every root field whose answer or arguments reach a client, its sections, a
 * consent or the audit trail, and every field of Client), so a new one fails this test until
 * it is added to the table below, and then fails again if running it writes no entry.
 */
const CLIENT_DATA_TYPES = new Set(['Client', 'Consent', 'AuditEntry']);
const SECTION_TYPE = /Section(Status)?$/;
const CLIENT_DATA_INPUTS =
  /^(CreateClient|UpdateClient|RecordConsent|AddNote|RecordLifeDomainAssessment|CreateExternalReferral|RecordExternalReferralOutcome|ProposeTransfer|AnswerTransfer)Input$/;

interface Fixture {
  clientId: string;
  consentId: string;
  org: Record<string, string>;
  api: TestApi;
  sam?: GraphQLClient;
  internalServiceId?: string;
}

/** A goal with an open action due today on the fixture client, written as the owner (follow-up). */
async function goalWithAction(f: Fixture): Promise<{ goalId: string; actionId: string }> {
  const [{ id: goalId }] = await f.api.dataSource.query(
    `INSERT INTO care_goals (client_id, owner_organisation_id, life_domain, text) SELECT id, owner_organisation_id, 'HOUSING', 'Een kamer' FROM clients WHERE id = $1 RETURNING id`,
    [f.clientId],
  );
  const [{ id: actionId }] = await f.api.dataSource.query(
    `INSERT INTO care_plan_actions (goal_id, client_id, owner_organisation_id, organisation_id, description, due_on)
     SELECT $2, id, owner_organisation_id, owner_organisation_id, 'Bellen', current_date FROM clients WHERE id = $1 RETURNING id`,
    [f.clientId, goalId],
  );
  return { goalId, actionId };
}

/** A client of `from` with a transfer to `to` waiting for an answer, written directly (transfers). */
async function openTransfer(f: Fixture, from: string, to: string): Promise<{ id: string }> {
  const [{ id: clientId }] = await f.api.dataSource.query(`INSERT INTO clients (pseudonym, owner_organisation_id) VALUES ('Overdracht', $1) RETURNING id`, [
    from,
  ]);
  const [{ id }] = await f.api.dataSource.query(
    `INSERT INTO client_transfers (client_id, from_organisation_id, to_organisation_id, agreement_method, agreed_at, proposed_by_name) VALUES ($1, $2, $3, 'VERBAL', now(), 'Test') RETURNING id`,
    [clientId, from, to],
  );
  return { id };
}

/** A case conference on the fixture client, Boysproject as the plan's lead (follow-up). */
async function conference(f: Fixture): Promise<{ id: string }> {
  await f.api.dataSource.query(
    `INSERT INTO care_plans (client_id, owner_organisation_id, lead_organisation_id) SELECT id, owner_organisation_id, owner_organisation_id FROM clients WHERE id = $1
     ON CONFLICT (client_id) DO UPDATE SET lead_organisation_id = EXCLUDED.lead_organisation_id`,
    [f.clientId],
  );
  const [{ id }] = await f.api.dataSource.query(
    `INSERT INTO case_conferences (client_id, owner_organisation_id, organiser_organisation_id, organiser_organisation_name, planned_at, agenda, invited_organisation_ids, created_by_name)
     SELECT id, owner_organisation_id, owner_organisation_id, 'Boysproject', now(), 'Overleg', ARRAY[owner_organisation_id], 'Sam' FROM clients WHERE id = $1 RETURNING id`,
    [f.clientId],
  );
  return { id };
}

interface RootExpectation {
  query: string;
  variables: (f: Fixture) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** The operations the request must write, each under `action` = the field name. */
  operations: string[];
  /** Who runs it, when not the owner's worker (the client's own view). */
  as?: (f: Fixture) => Promise<GraphQLClient>;
}

/** The fixture client in their own view: a code from Sam, opened. */
async function asTheClient(f: Fixture): Promise<GraphQLClient> {
  const { createClientViewCode } = await f.sam!.ok(`mutation($id: ID!) { createClientViewCode(clientId: $id, phoneWarningSeen: true) { code } }`, {
    id: f.clientId,
  });
  const { openClientView } = await f.api.anonymous.ok(`mutation($c: String!) { openClientView(code: $c) { token } }`, { c: createClientViewCode.code });
  return new GraphQLClient(f.api.url, openClientView.token);
}

const ROOT_FIELDS: Record<string, RootExpectation> = {
  client: { query: `query($id: ID!) { client(id: $id) { id } }`, variables: (f) => ({ id: f.clientId }), operations: ['READ'] },
  clients: { query: `query { clients(search: "Volledig") { nodes { id } } }`, variables: () => ({}), operations: ['READ'] },
  auditTrail: { query: `query($id: ID!) { auditTrail(clientId: $id) { totalCount } }`, variables: (f) => ({ id: f.clientId }), operations: ['AUDIT_READ'] },
  createClient: {
    query: `mutation { createClient(input: { pseudonym: "Volledig nieuw", notes: { text: "x" } }) { id } }`,
    variables: () => ({}),
    operations: ['CREATE', 'READ'],
  },
  updateClient: {
    query: `mutation($id: ID!) { updateClient(id: $id, input: { notes: { text: "bijgewerkt" } }) { id } }`,
    variables: (f) => ({ id: f.clientId }),
    operations: ['UPDATE', 'READ'],
  },
  confirmClientSection: {
    query: `mutation($id: ID!) { confirmClientSection(clientId: $id, scope: NOTES) { id } }`,
    variables: (f) => ({ id: f.clientId }),
    operations: ['UPDATE', 'READ'],
  },
  recordConsent: {
    query: `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
    variables: (f) => ({ input: { clientId: f.clientId, granteeOrganisationId: f.org.Lumens, scopes: ['PROFILE'], purpose: 'Advies', method: 'APP' } }),
    operations: ['CONSENT_GRANTED'],
  },
  revokeConsent: { query: `mutation($id: ID!) { revokeConsent(id: $id) { id } }`, variables: (f) => ({ id: f.consentId }), operations: ['CONSENT_REVOKED'] },
  renewConsent: {
    query: `mutation($id: ID!) { renewConsent(id: $id, method: WRITTEN) { id } }`,
    variables: async (f) => ({
      id: (await recordConsent(f.sam!, { clientId: f.clientId, granteeOrganisationId: f.org['RUPS Den Bosch'], scopes: ['PROFILE'] })).id,
    }),
    operations: ['CONSENT_REVOKED', 'CONSENT_GRANTED'],
  },
  consentsEndingSoon: {
    query: `query { consentsEndingSoon { id } }`,
    variables: async (f) => {
      await recordConsent(f.sam!, {
        clientId: f.clientId,
        granteeOrganisationId: f.org.Moviera,
        scopes: ['PROFILE'],
        validUntil: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      });
      return {};
    },
    operations: ['READ'],
  },
  // Follow-up (care plan, notes, timeline, home screen).
  carePlan: { query: `query($id: ID!) { carePlan(clientId: $id) { clientId } }`, variables: (f) => ({ id: f.clientId }), operations: ['READ'] },
  setCarePlanLead: {
    query: `mutation($id: ID!, $org: ID!) { setCarePlanLead(clientId: $id, organisationId: $org) { clientId } }`,
    variables: (f) => ({ id: f.clientId, org: f.org.Boysproject }),
    operations: ['UPDATE'],
  },
  addGoal: {
    query: `mutation($id: ID!) { addGoal(input: { clientId: $id, lifeDomain: HEALTH, text: "Gezond" }) { id } }`,
    variables: (f) => ({ id: f.clientId }),
    operations: ['CREATE'],
  },
  updateGoal: {
    query: `mutation($id: ID!) { updateGoal(id: $id, input: { status: ACHIEVED }) { id } }`,
    variables: async (f) => ({ id: (await goalWithAction(f)).goalId }),
    operations: ['UPDATE'],
  },
  addAction: {
    query: `mutation($id: ID!) { addAction(input: { goalId: $id, description: "Afspraak", dueOn: "2030-01-01" }) { id } }`,
    variables: async (f) => ({ id: (await goalWithAction(f)).goalId }),
    operations: ['CREATE'],
  },
  completeAction: {
    query: `mutation($id: ID!) { completeAction(input: { actionId: $id, done: true }) { id } }`,
    variables: async (f) => ({ id: (await goalWithAction(f)).actionId }),
    operations: ['UPDATE'],
  },
  addNote: {
    query: `mutation($id: ID!) { addNote(input: { clientId: $id, contactType: PHONE, text: "Gebeld" }) { id } }`,
    variables: (f) => ({ id: f.clientId }),
    operations: ['CREATE'],
  },
  notes: { query: `query($id: ID!) { notes(clientId: $id) { totalCount } }`, variables: (f) => ({ id: f.clientId }), operations: ['READ'] },
  recordLifeDomainAssessment: {
    query: `mutation($id: ID!) { recordLifeDomainAssessment(input: { clientId: $id, ratings: [{ domain: HOUSING, rating: 2 }] }) { id } }`,
    variables: (f) => ({ id: f.clientId }),
    operations: ['CREATE'],
  },
  createExternalReferral: {
    query: `mutation($id: ID!) { createExternalReferral(input: { clientId: $id, serviceName: "Buurthuis", category: SOCIAL_SERVICES, city: "Lier", urgency: SOON, reason: "Dagbesteding" }) { id } }`,
    variables: (f) => ({ id: f.clientId }),
    operations: ['CREATE'],
  },
  recordExternalReferralOutcome: {
    query: `mutation($id: ID!) { recordExternalReferralOutcome(input: { id: $id, outcome: SERVICE_STARTED }) { id } }`,
    variables: async (f) => {
      const [{ id }] = await f.api.dataSource.query(
        `INSERT INTO external_referrals (client_id, owner_organisation_id, sender_organisation_id, sender_organisation_name, sent_by_name, service_name, category, city, urgency, reason, follow_up_on)
         SELECT id, owner_organisation_id, owner_organisation_id, 'Boysproject', 'Sam', 'Buurthuis', 'SOCIAL_SERVICES', 'Lier', 'SOON', 'Dagbesteding', current_date FROM clients WHERE id = $1 RETURNING id`,
        [f.clientId],
      );
      return { id };
    },
    operations: ['UPDATE'],
  },
  proposeTransfer: {
    query: `mutation($input: ProposeTransferInput!) { proposeTransfer(input: $input) { id } }`,
    variables: async (f) => {
      const { createClient } = await f.sam!.ok(`mutation { createClient(input: { pseudonym: "Over te dragen" }) { id } }`);
      return { input: { clientId: createClient.id, toOrganisationId: f.org.NextStep, agreement: { agreed: true, method: 'VERBAL' } } };
    },
    operations: ['UPDATE'],
  },
  acceptTransfer: {
    query: `mutation($id: ID!) { acceptTransfer(input: { id: $id }) { id } }`,
    variables: (f) => openTransfer(f, f.org.NextStep, f.org.Boysproject),
    operations: ['TRANSFER'],
  },
  declineTransfer: {
    query: `mutation($id: ID!) { declineTransfer(input: { id: $id }) { id } }`,
    variables: (f) => openTransfer(f, f.org.NextStep, f.org.Boysproject),
    operations: ['UPDATE'],
  },
  cancelTransfer: {
    query: `mutation($id: ID!) { cancelTransfer(input: { id: $id }) { id } }`,
    variables: (f) => openTransfer(f, f.org.Boysproject, f.org.NextStep),
    operations: ['UPDATE'],
  },
  clientTransfers: { query: `query { clientTransfers { client { pseudonym } } }`, variables: () => ({}), operations: ['READ'] },
  caseConferences: { query: `query($id: ID!) { caseConferences(clientId: $id) { id } }`, variables: (f) => ({ id: f.clientId }), operations: ['READ'] },
  planCaseConference: {
    query: `mutation($input: PlanCaseConferenceInput!) { planCaseConference(input: $input) { id } }`,
    variables: async (f) => {
      await conference(f);
      return { input: { clientId: f.clientId, plannedAt: new Date().toISOString(), agenda: 'Overleg', invitedOrganisationIds: [f.org.Boysproject] } };
    },
    operations: ['CREATE'],
  },
  recordCaseConference: {
    query: `mutation($id: ID!) { recordCaseConference(input: { id: $id, attendedOrganisationIds: [] }) { id } }`,
    variables: (f) => conference(f),
    operations: ['UPDATE'],
  },
  addConferenceDecision: {
    query: `mutation($id: ID!, $org: ID!) { addConferenceDecision(input: { conferenceId: $id, lifeDomain: HOUSING, goalText: "Kamer", description: "Bellen", organisationId: $org, dueOn: "2030-01-01" }) { id } }`,
    variables: async (f) => ({ ...(await conference(f)), org: f.org.Boysproject }),
    operations: ['CREATE'],
  },
  externalReferrals: { query: `query($id: ID!) { externalReferrals(clientId: $id) { id } }`, variables: (f) => ({ id: f.clientId }), operations: ['READ'] },
  clientTimeline: { query: `query($id: ID!) { clientTimeline(clientId: $id) { nodes { id } } }`, variables: (f) => ({ id: f.clientId }), operations: ['READ'] },
  markClientVisited: { query: `mutation($id: ID!) { markClientVisited(clientId: $id) }`, variables: (f) => ({ id: f.clientId }), operations: ['READ'] },
  myActionsDueThisWeek: {
    query: `query { myActionsDueThisWeek { id client { pseudonym } } }`,
    variables: async (f) => (await goalWithAction(f), {}),
    operations: ['READ'],
  },
  clientsWithChangesSinceMyLastVisit: {
    query: `query { clientsWithChangesSinceMyLastVisit { changeCount client { id } } }`,
    // Sam last opened Milan two months ago; the other organisations have written since.
    variables: async (f) => {
      await f.api.dataSource.query(
        `INSERT INTO client_visits (user_id, client_id, visited_at)
         SELECT u.id, c.id, now() - interval '60 days' FROM users u, clients c WHERE u.email = 'sam@boysproject.test' AND c.pseudonym = 'Milan'
         ON CONFLICT (user_id, client_id) DO UPDATE SET visited_at = EXCLUDED.visited_at`,
      );
      return {};
    },
    operations: ['READ'],
  },
  // Privacy (GDPR): the access request export, erasure on request, the retention review.
  exportClientData: { query: `query($id: ID!) { exportClientData(clientId: $id) }`, variables: (f) => ({ id: f.clientId }), operations: ['EXPORT'] },
  clientsDueForReview: {
    query: `query { clientsDueForReview(first: 100) { nodes { id } } }`,
    variables: async (f) => (await f.api.dataSource.query(`UPDATE clients SET last_activity_at = now() - interval '6 years' WHERE id = $1`, [f.clientId]), {}),
    operations: ['READ'],
  },
  eraseClient: {
    query: `mutation($id: ID!, $p: String!) { eraseClient(clientId: $id, reason: "verzoek", confirmPseudonym: $p) { clientId } }`,
    // Its own client: the others still need the fixture client's record.
    variables: async (f) => {
      const { createClient } = await f.sam!.ok(`mutation { createClient(input: { pseudonym: "Te wissen", notes: { text: "x" } }) { id } }`);
      return { id: createClient.id, p: 'Te wissen' };
    },
    operations: ['ERASE'],
  },
  // The client's own view: the worker's codes (reading the phone rule of CONTACT), and the client's session.
  clientViewCodes: {
    query: `query($id: ID!) { clientViewCodes(clientId: $id) { phoneMayBeReadByOthers } }`,
    variables: (f) => ({ id: f.clientId }),
    operations: ['READ'],
  },
  createClientViewCode: {
    query: `mutation($id: ID!) { createClientViewCode(clientId: $id, phoneWarningSeen: true) { code } }`,
    variables: (f) => ({ id: f.clientId }),
    operations: ['READ'],
  },
  myRecordAccess: {
    query: `query { myRecordAccess { consents { id } whoSaw { totalCount } } }`,
    variables: () => ({}),
    operations: ['READ', 'AUDIT_READ'],
    as: asTheClient,
  },
  withdrawMyConsent: {
    query: `mutation($id: ID!) { withdrawMyConsent(id: $id) { id } }`,
    variables: async (f) => ({ id: (await recordConsent(f.sam!, { clientId: f.clientId, granteeOrganisationId: f.org.Lumens, scopes: ['PROFILE'] })).id }),
    operations: ['CONSENT_REVOKED'],
    as: asTheClient,
  },
  // Referrals (owned by referrals): an internal referral, so Boysproject is both sides; a
  // referral reveals its client only through Referral.client (audited as a read).
  ...referralRootFields(),
};

function referralRootFields(): Record<string, RootExpectation> {
  const internal = async (f: Fixture, steps: string[] = []) => {
    const { createReferral } = await f.sam!.ok(`mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, {
      input: { clientId: f.clientId, serviceId: f.internalServiceId!, send: steps.length > 0 },
    });
    for (const step of steps.slice(1)) await f.sam!.ok(`mutation($id: ID!) { ${step} }`, { id: createReferral.id });
    return { id: createReferral.id };
  };
  const READ = ['READ'];
  return {
    referral: { query: `query($id: ID!) { referral(id: $id) { client { id } } }`, variables: (f) => internal(f, ['send']), operations: READ },
    referralInbox: {
      query: `query { referralInbox(first: 100) { nodes { client { id } } } }`,
      variables: async (f) => (await internal(f, ['send']), {}),
      operations: READ,
    },
    referralsSent: {
      query: `query { referralsSent(first: 100) { nodes { client { id } } } }`,
      variables: async (f) => (await internal(f), {}),
      operations: READ,
    },
    createReferral: {
      query: `mutation($input: CreateReferralInput!) { createReferral(input: $input) { client { id } } }`,
      variables: (f) => ({ input: { clientId: f.clientId, serviceId: f.internalServiceId! } }),
      operations: ['REFERRAL', 'READ'],
    },
    updateReferralDraft: {
      query: `mutation($id: ID!) { updateReferralDraft(id: $id, input: { urgency: SOON }) { client { id } } }`,
      variables: (f) => internal(f),
      operations: READ,
    },
    sendReferral: { query: `mutation($id: ID!) { sendReferral(id: $id) { client { id } } }`, variables: (f) => internal(f), operations: ['REFERRAL', 'READ'] },
    acceptReferral: { query: `mutation($id: ID!) { acceptReferral(id: $id) { client { id } } }`, variables: (f) => internal(f, ['send']), operations: READ },
    declineReferral: {
      query: `mutation($id: ID!) { declineReferral(id: $id, input: { reason: OTHER, note: "Past niet" }) { client { id } } }`,
      variables: (f) => internal(f, ['send']),
      operations: READ,
    },
    cancelReferral: {
      query: `mutation($id: ID!) { cancelReferral(id: $id, input: { reason: NO_LONGER_NEEDED }) { client { id } } }`,
      variables: (f) => internal(f, ['send']),
      operations: READ,
    },
    completeReferral: {
      query: `mutation($id: ID!) { completeReferral(id: $id, input: { outcome: SERVICE_STARTED }) { client { id } } }`,
      variables: (f) => internal(f, ['send', 'acceptReferral(id: $id) { id }']),
      operations: READ,
    },
    referAgain: {
      query: `mutation($id: ID!) { referAgain(referralId: $id) { client { id } } }`,
      variables: async (f) => {
        const declined = await internal(f, [
          'send',
          `declineReferral(id: $id, input: { reason: OTHER, note: "Elders beter", suggestedServiceId: "${f.internalServiceId}" }) { id }`,
        ]);
        return declined;
      },
      operations: ['REFERRAL', 'READ'],
    },
  };
}

/** Each field of Client and the sections its read must name in the entry. */
const CLIENT_FIELDS: Record<string, string[]> = {
  id: [],
  pseudonym: [],
  createdAt: [],
  updatedAt: [],
  lastActivityAt: [],
  ownerOrganisation: [],
  viewerIsOwner: [],
  sharedScopes: [],
  consentUsed: [],
  consents: [],
  sections: [],
  identity: ['IDENTITY'],
  contact: ['CONTACT'],
  profile: ['PROFILE'],
  lifeDomains: ['LIFE_DOMAINS'],
  health: ['HEALTH'],
  sexWork: ['SEX_WORK'],
  safety: ['SAFETY'],
  notes: ['NOTES'],
  dueForRetentionReview: [],
  erasedAt: [],
  documents: [],
};

function reaches(type: GraphQLNamedType, seen = new Set<string>()): boolean {
  if (CLIENT_DATA_TYPES.has(type.name) || SECTION_TYPE.test(type.name)) return true;
  if (!isObjectType(type) || seen.has(type.name)) return false;
  seen.add(type.name);
  return Object.values(type.getFields()).some((f) => reaches(getNamedType(f.type), seen));
}

function touchesClientData(field: GraphQLField<unknown, unknown>): boolean {
  return (
    reaches(getNamedType(field.type)) ||
    field.args.some((a) => a.name === 'clientId' || (isInputObjectType(getNamedType(a.type)) && CLIENT_DATA_INPUTS.test(getNamedType(a.type).name)))
  );
}

describe('audit completeness', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  let sam: GraphQLClient;
  let fixture: Fixture;

  beforeAll(async () => {
    api = await startTestApi();
    schema = await buildApiSchema();
    sam = await api.as('sam@boysproject.test');
    const org = await organisationIds(api);
    const clientId = await createFullClient(sam, 'Volledig');
    const [{ id: internalServiceId }] = await api.dataSource.query(`SELECT id FROM services WHERE name = 'Psychosociale begeleiding'`);
    fixture = { clientId, org, consentId: '', api, sam, internalServiceId };
  });
  afterAll(() => api.close());

  const lastEntryId = async () => (await api.dataSource.query(`SELECT coalesce(max(id), 0)::bigint AS id FROM audit_entries`))[0].id as string;
  const entriesSince = async (id: string): Promise<{ operation: string; action: string; scopes: string[]; client_id: string }[]> =>
    api.dataSource.query(`SELECT operation, action, scopes, client_id FROM audit_entries WHERE id > $1 ORDER BY id`, [id]);

  it('every root field that touches client data is in the table, and the table names no other', () => {
    const roots = [schema.getQueryType()!, schema.getMutationType()!].flatMap((t) =>
      Object.values(t.getFields())
        .filter(touchesClientData)
        .map((f) => f.name),
    );
    expect(roots.sort()).toEqual(Object.keys(ROOT_FIELDS).sort());
  });

  it('every field of Client is in the table', () => {
    const client = schema.getType('Client');
    expect(isObjectType(client) && Object.keys(client.getFields()).sort()).toEqual(Object.keys(CLIENT_FIELDS).sort());
  });

  it.each(Object.keys(ROOT_FIELDS))('running %s writes its audit entries', async (name) => {
    const expectation = ROOT_FIELDS[name];
    if (name === 'revokeConsent')
      fixture.consentId = (await recordConsent(sam, { clientId: fixture.clientId, granteeOrganisationId: fixture.org.Alias, scopes: ['PROFILE'] })).id;
    const who = expectation.as ? await expectation.as(fixture) : sam;
    const variables = await expectation.variables(fixture);
    const before = await lastEntryId();
    await who.ok(expectation.query, variables);
    const written = (await entriesSince(before)).filter((e) => e.action === name).map((e) => e.operation);
    expect([...new Set(written)].sort()).toEqual([...expectation.operations].sort());
  });

  it.each(Object.keys(CLIENT_FIELDS))('reading Client.%s writes an entry naming the sections returned', async (field) => {
    const type = (schema.getType('Client') as import('graphql').GraphQLObjectType).getFields()[field].type;
    const selection = isObjectType(getNamedType(type)) ? `${field} { __typename }` : field;
    const before = await lastEntryId();
    await sam.ok(`query($id: ID!) { client(id: $id) { ${selection} } }`, { id: fixture.clientId });
    const entries = (await entriesSince(before)).filter((e) => e.action === 'client' && e.client_id === fixture.clientId);
    expect(entries.map((e) => ({ operation: e.operation, scopes: e.scopes }))).toEqual([{ operation: 'READ', scopes: CLIENT_FIELDS[field] }]);
  });

  it('an alias cannot write another action into the trail', async () => {
    const before = await lastEntryId();
    await sam.ok(`query($id: ID!) { auditTrail: client(id: $id) { notes { text } } }`, { id: fixture.clientId });
    expect((await entriesSince(before)).map((e) => [e.operation, e.action, e.scopes])).toEqual([['READ', 'client', ['NOTES']]]);
  });
});
