import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { buildApiSchema } from '../../../api/src/schema';
import { GraphQLClient } from '../../support/graphql-client';
import { DEMO_PASSWORD, startTestApi, type TestApi } from '../../support/test-api';
import { network, type Network } from '../referrals/fixtures';

/*
 * The marker test: every piece of client data Boysproject and NextStep wrote about one client
 * carries a unique marker. After the client withdraws NextStep's consent, NextStep reads every
 * field of every query the schema offers, with every id it ever knew, and finds no marker; and
 * it can no longer add anything to the referral. Boysproject still has its own record.
 */
const MARK = 'ZQX';
let n = 0;
const written: string[] = [];
const marker = (what: string) => {
  const text = `${MARK}${++n}-${what}`;
  written.push(text);
  return text;
};
/** Fields that only take a phone number carry this one. */
const PHONE = '+32 470 99 77 13';

let api: TestApi;
let sam: GraphQLClient;
let lotte: GraphQLClient;
let net: Network;
let schema: GraphQLSchema;
const known = new Map<string, Set<string>>();
const remember = (kind: string, id: string) => {
  if (!known.has(kind)) known.set(kind, new Set());
  known.get(kind)!.add(id);
};
let clientId: string;
let openReferralId: string;
let documentId: string;
let expiredAnswers: string[];

const REF = 'id status';

beforeAll(async () => {
  api = await startTestApi();
  schema = await buildApiSchema();
  net = await network(api);
  sam = await api.as('sam@boysproject.test');
  lotte = await api.as('lotte@nextstep.test');
  const service = net.service('Uitstapprogramma NextStep');

  const { createClient } = await sam.ok(`mutation($input: CreateClientInput!) { createClient(input: $input) { id } }`, {
    input: {
      pseudonym: marker('pseudonym'),
      identity: { legalName: marker('legal'), nationalNumber: null },
      contact: { phone: PHONE, address: marker('address'), safeTimes: marker('safe'), codeWord: marker('code') },
      profile: { genderIdentity: marker('gender'), region: 'BE-VAN', languages: ['nl'] },
      lifeDomains: { domains: [{ domain: 'HOUSING', rating: 2, note: marker('housing') }] },
      health: { substanceUse: marker('substance'), note: marker('health') },
      sexWork: { note: marker('sexwork'), workingSince: '2020' },
      safety: { note: marker('safety') },
      notes: { text: marker('notes-section') },
    },
  });
  clientId = createClient.id;
  remember('client', clientId);
  const { recordConsent } = await sam.ok(`mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
    input: {
      clientId,
      granteeOrganisationId: net.org('NextStep'),
      scopes: ['IDENTITY', 'CONTACT', 'PROFILE', 'LIFE_DOMAINS', 'HEALTH', 'SEX_WORK', 'SAFETY', 'NOTES'],
      purpose: marker('purpose'),
      method: 'VERBAL',
    },
  });
  remember('consent', recordConsent.id);

  // The service asks one question of every referral; the sender's answer carries a note about the client.
  const coordinator = await api.as('coordinator@brug.test');
  const { updateService } = await coordinator.ok(
    `mutation($id: ID!, $input: UpdateServiceInput!) { updateService(id: $id, input: $input) { requirements { id } } }`,
    { id: service, input: { requirements: [{ kind: 'QUESTION', text: 'Woont in de regio Arnhem?', notEligibleWhenNo: true }] } },
  );
  const requirementId: string = updateService.requirements[0].id;
  const refer = async () => {
    const { createReferral } = await sam.ok(`mutation($input: CreateReferralInput!) { createReferral(input: $input) { ${REF} } }`, {
      input: {
        clientId,
        serviceId: service,
        reason: marker('reason'),
        clientWishes: marker('wishes'),
        send: true,
        requirementAnswers: [{ requirementId, answer: false, note: marker('requirement-note') }],
        introduction: { plannedAt: new Date(Date.now() + 86_400_000).toISOString(), place: marker('place'), accompaniedBy: marker('companion') },
      },
    });
    remember('referral', createReferral.id);
    return createReferral.id as string;
  };
  const declined = await refer();
  await lotte.ok(`mutation($id: ID!, $note: String!) { declineReferral(id: $id, input: { reason: OTHER, note: $note }) { ${REF} } }`, {
    id: declined,
    note: marker('decline'),
  });
  const cancelled = await refer();
  await sam.ok(`mutation($id: ID!, $note: String!) { cancelReferral(id: $id, input: { reason: OTHER, note: $note }) { ${REF} } }`, {
    id: cancelled,
    note: marker('cancel'),
  });
  const completed = await refer();
  await lotte.ok(`mutation($id: ID!) { acceptReferral(id: $id) { ${REF} } }`, { id: completed });
  await lotte.ok(`mutation($id: ID!, $note: String!) { completeReferral(id: $id, input: { outcome: SERVICE_STARTED, note: $note }) { ${REF} } }`, {
    id: completed,
    note: marker('outcome'),
  });
  openReferralId = await refer();
  await lotte.ok(`mutation($id: ID!) { acceptReferral(id: $id) { ${REF} } }`, { id: openReferralId });
  for (const [who, as] of [
    ['sam', sam],
    ['lotte', lotte],
  ] as const) {
    const { postReferralMessage } = await as.ok(`mutation($id: ID!, $body: String!) { postReferralMessage(referralId: $id, body: $body) { id } }`, {
      id: openReferralId,
      body: marker(`message-${who}`),
    });
    remember('message', postReferralMessage.id);
  }

  // The shared plan and notes, written by both organisations.
  for (const [who, as] of [
    ['sam', sam],
    ['lotte', lotte],
  ] as const) {
    const { addGoal } = await as.ok(`mutation($input: AddGoalInput!) { addGoal(input: $input) { id } }`, {
      input: { clientId, lifeDomain: 'HOUSING', text: marker(`goal-${who}`) },
    });
    remember('goal', addGoal.id);
    const { addAction } = await as.ok(`mutation($input: AddActionInput!) { addAction(input: $input) { id } }`, {
      input: { goalId: addGoal.id, description: marker(`action-${who}`), dueOn: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10) },
    });
    remember('action', addAction.id);
    await as.ok(`mutation($input: CompleteActionInput!) { completeAction(input: $input) { id } }`, {
      input: { actionId: addAction.id, done: true, note: marker(`completion-${who}`) },
    });
    const { addAction: open } = await as.ok(`mutation($input: AddActionInput!) { addAction(input: $input) { id } }`, {
      input: { goalId: addGoal.id, description: marker(`open-action-${who}`), dueOn: new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10) },
    });
    remember('action', open.id);
    const { addNote } = await as.ok(`mutation($input: AddNoteInput!) { addNote(input: $input) { id } }`, {
      input: { clientId, contactType: 'PHONE', text: marker(`note-${who}`) },
    });
    remember('note', addNote.id);
  }
  // NextStep opened the client before, so "changes since my last visit" would list it.
  await lotte.ok(`mutation($id: ID!) { markClientVisited(clientId: $id) }`, { id: clientId });
  await sam.ok(`mutation($input: AddNoteInput!) { addNote(input: $input) { id } }`, {
    input: { clientId, contactType: 'PHONE', text: marker('note-after-visit') },
  });

  // A case conference the lead (Boysproject) plans with NextStep, with its minutes.
  await sam.ok(`mutation($id: ID!, $org: ID!) { setCarePlanLead(clientId: $id, organisationId: $org) { leadOrganisation { name } } }`, {
    id: clientId,
    org: net.org('Boysproject'),
  });
  const { planCaseConference } = await sam.ok(`mutation($input: PlanCaseConferenceInput!) { planCaseConference(input: $input) { id } }`, {
    input: {
      clientId,
      plannedAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      place: marker('conference-place'),
      agenda: marker('conference-agenda'),
      invitedOrganisationIds: [net.org('Boysproject'), net.org('NextStep')],
    },
  });
  remember('conference', planCaseConference.id);
  await sam.ok(`mutation($input: RecordCaseConferenceInput!) { recordCaseConference(input: $input) { id } }`, {
    input: { id: planCaseConference.id, attendedOrganisationIds: [net.org('Boysproject'), net.org('NextStep')], minutes: marker('conference-minutes') },
  });
  // NextStep's referral outside the network, with its outcome, and its assessment of the life domains.
  const { createExternalReferral } = await lotte.ok(`mutation($input: CreateExternalReferralInput!) { createExternalReferral(input: $input) { id } }`, {
    input: {
      clientId,
      serviceName: 'Buurthuis',
      category: 'SOCIAL_SERVICES',
      city: 'Arnhem',
      contact: marker('external-contact'),
      urgency: 'SOON',
      reason: marker('external-reason'),
      clientWishes: marker('external-wishes'),
    },
  });
  remember('externalReferral', createExternalReferral.id);
  await lotte.ok(`mutation($input: RecordExternalReferralOutcomeInput!) { recordExternalReferralOutcome(input: $input) { id } }`, {
    input: { id: createExternalReferral.id, outcome: 'SERVICE_STARTED', note: marker('external-outcome') },
  });
  const { recordLifeDomainAssessment } = await lotte.ok(
    `mutation($input: RecordLifeDomainAssessmentInput!) { recordLifeDomainAssessment(input: $input) { id } }`,
    { input: { clientId, ratings: [{ domain: 'HOUSING', rating: 3 }] } },
  );
  remember('assessment', recordLifeDomainAssessment.id);
  // A document of the profile section, which NextStep's consent names.
  const uploaded = await fetch(
    `${sam.baseUrl}/api/clients/${clientId}/documents?${new URLSearchParams({ scope: 'PROFILE', kind: 'LETTER', title: marker('document-title') })}`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${sam.token}`, 'content-type': 'application/octet-stream' },
      body: new Uint8Array(Buffer.from('%PDF-1.4\n(brief)\n%%EOF\n', 'latin1')),
    },
  );
  expect(uploaded.status).toBe(200);
  documentId = ((await uploaded.json()) as { id: string }).id;
  remember('document', documentId);
  expect((await fetch(`${lotte.baseUrl}/api/documents/${documentId}`, { headers: { authorization: `Bearer ${lotte.token}` } })).status).toBe(200);

  // The proof that the sweep below can find them: while the consent was live, it finds every marker NextStep may see.
  const before = (await sweep()).answers.join('\n');
  const expectedVisible = written.filter((m) => !/-(cancel)$/.test(m));
  expect(expectedVisible.filter((m) => !before.includes(m))).toEqual([]);

  // Expired, not revoked: the same sweep at a moment just after the consent's end (the test clock).
  const [{ validUntil }] = await api.dataSource.query(`SELECT valid_until AS "validUntil" FROM consents WHERE id = $1`, [recordConsent.id]);
  const clock = { 'x-brug-test-now': new Date(new Date(validUntil).getTime() + 60_000).toISOString() };
  // Signed in at that moment, so the sweep's answers are real answers, not UNAUTHENTICATED.
  const signIn = await new GraphQLClient(lotte.baseUrl).request(
    `mutation { login(email: "lotte@nextstep.test", password: "${DEMO_PASSWORD}") { token } }`,
    {},
    clock,
  );
  const afterExpiry = new GraphQLClient(lotte.baseUrl, signIn.data.login.token, clock);
  expect((await afterExpiry.ok(`{ me { id } }`)).me.id).toBeTruthy();
  expiredAnswers = (await sweep(afterExpiry)).answers;

  await sam.ok(`mutation($id: ID!) { revokeConsent(id: $id, reason: "the client asked") { id } }`, { id: recordConsent.id });
}, 120_000);

afterAll(() => api.close());

/** A selection of every field of `type`, `depth` levels down, skipping fields whose required arguments we cannot fill. */
function selectionOf(type: GraphQLObjectType, depth: number, seen: string[] = []): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    const args = argumentsFor(field.args, null);
    if (args === undefined) continue;
    const named = getNamedType(field.type);
    if (isObjectType(named)) {
      if (depth <= 0 || seen.filter((s) => s === named.name).length >= 1) continue;
      const inner = selectionOf(named, depth - 1, [...seen, named.name]);
      if (inner) parts.push(`${field.name}${args} { ${inner} }`);
    } else {
      parts.push(`${field.name}${args}`);
    }
  }
  return parts.join(' ');
}

/** Literal arguments for a field: required ones filled (ids from `id`), optional ones left out; undefined if impossible. */
function argumentsFor(args: readonly GraphQLArgument[], id: string | null): string | undefined {
  const given: string[] = [];
  for (const arg of args) {
    if (!isNonNullType(arg.type) || arg.defaultValue !== undefined) continue;
    const value = literal(arg.type, id, 0);
    if (value === undefined) return undefined;
    given.push(`${arg.name}: ${value}`);
  }
  return given.length ? `(${given.join(', ')})` : '';
}

function literal(type: GraphQLInputType, id: string | null, depth: number): string | undefined {
  if (isNonNullType(type)) return literal(type.ofType, id, depth);
  if (isListType(type)) {
    const inner = literal(type.ofType, id, depth);
    return inner === undefined ? undefined : `[${inner}]`;
  }
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isScalarType(type)) {
    if (type.name === 'ID') return id ? JSON.stringify(id) : undefined;
    if (type.name === 'Int' || type.name === 'Float') return '10';
    if (type.name === 'Boolean') return 'false';
    if (type.name === 'String') return '""';
    return undefined;
  }
  if (isInputObjectType(type) && depth < 3) {
    const fields: string[] = [];
    for (const field of Object.values(type.getFields())) {
      if (!isNonNullType(field.type) || field.defaultValue !== undefined) continue;
      const value = literal(field.type, id, depth + 1);
      if (value === undefined) return undefined;
      fields.push(`${field.name}: ${value}`);
    }
    return `{ ${fields.join(', ')} }`;
  }
  return undefined;
}

/** Every query of the schema, with every id NextStep ever knew, every field 4 levels deep: the answers as text. */
async function sweep(as: GraphQLClient = lotte): Promise<{ answers: string[]; asked: number }> {
  const query = schema.getQueryType()!;
  const ids = [...known.values()].flatMap((set) => [...set]);
  const answers: string[] = [];
  let asked = 0;
  for (const field of Object.values(query.getFields())) {
    const needsId = field.args.some((a) => isNonNullType(a.type) && getNamedType(a.type).name === 'ID');
    for (const id of needsId ? ids : [null]) {
      const args = argumentsFor(field.args, id);
      if (args === undefined) continue;
      const named = getNamedType(field.type);
      const selection = isObjectType(named) ? selectionOf(named, 4, [named.name]) : '';
      const document = `{ ${field.name}${args}${selection ? ` { ${selection} }` : ''} }`;
      const answer = await as.request(document);
      asked += 1;
      const limited = answer.errors?.find((e) => /cost|depth/i.test(e.message));
      if (limited) throw new Error(`The probe for ${field.name} was refused by the query limits: ${limited.message}`);
      answers.push(`${field.name}(${id ?? ''}): ${JSON.stringify(answer)}`);
    }
  }
  return { answers, asked };
}

describe('after a consent ends, the former grantee reads nothing of the client through any path', () => {
  it('no query of the schema, with any id NextStep ever knew, answers a marker', async () => {
    const { answers, asked } = await sweep();
    expect(asked).toBeGreaterThan(30);
    expect(answers.filter((a) => a.includes(MARK) || a.includes('99 77 13'))).toEqual([]);
  }, 240_000);

  it('nor after the consent simply expired: the same sweep at a moment past its end answers no marker', () => {
    expect(expiredAnswers.length).toBeGreaterThan(30);
    expect(expiredAnswers.filter((a) => a.includes(MARK) || a.includes('99 77 13'))).toEqual([]);
  });

  it('posting to the referral is refused with a clear message and nothing is stored; no other change is accepted either', async () => {
    const count = async () => (await api.dataSource.query(`SELECT count(*)::int AS n FROM referral_messages WHERE referral_id = $1`, [openReferralId]))[0].n;
    const before = await count();
    // The page offers nothing to do: no message box, no answer.
    const { referral: offered } = await lotte.ok(`query($id: ID!) { referral(id: $id) { allowedActions } }`, { id: openReferralId });
    expect(offered.allowedActions).toEqual([]);
    // The sender, who still sees its own client, is offered its thread (so the check above can fail).
    const { referral: own } = await sam.ok(`query($id: ID!) { referral(id: $id) { allowedActions } }`, { id: openReferralId });
    expect(own.allowedActions).toContain('POST_MESSAGE');
    const answer = await lotte.request(`mutation($id: ID!) { postReferralMessage(referralId: $id, body: "Nog iets over hem") { id body } }`, {
      id: openReferralId,
    });
    expect(answer.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND|CONFLICT/);
    expect(answer.errors?.[0]?.message).toMatch(/no longer see|cancelled|not found/i);
    expect(await count()).toBe(before);
    const note = await lotte.request(`mutation($input: AddNoteInput!) { addNote(input: $input) { id } }`, {
      input: { clientId, contactType: 'PHONE', text: 'nog een notitie' },
    });
    expect(note.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("the document's bytes are not served to the former grantee either (the REST path next to GraphQL)", async () => {
    const download = await fetch(`${lotte.baseUrl}/api/documents/${documentId}`, { headers: { authorization: `Bearer ${lotte.token}` } });
    expect(download.status).toBe(404);
    expect(await download.text()).not.toContain('brief');
  });

  it("the client's own organisation keeps its own record of the thread, the introduction and the notes", async () => {
    const { referral } = await sam.ok(`query($id: ID!) { referral(id: $id) { status reason introduction { place } messages { body } } }`, {
      id: openReferralId,
    });
    expect(referral.status).toBe('CANCELLED');
    expect(referral.reason).toContain(MARK);
    expect(referral.introduction.place).toContain(MARK);
    expect(referral.messages.map((m: { body: string }) => m.body).join(' ')).toContain(MARK);
  });
});
