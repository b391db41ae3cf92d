import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';
import { network, Network } from './fixtures';

/**
 * A service says what every referral to it must contain (yes/no questions, documents); the
 * sender answers them, sending is refused while one is missing, and the receiver reads the
 * answers as it reads the reason: only while its consent is live, audited, erased with the client.
 */
const REQUIREMENTS = `requirements { id position kind text notEligibleWhenNo }`;
const UPDATE_SERVICE = `mutation($id: ID!, $input: UpdateServiceInput!) { updateService(id: $id, input: $input) { id ${REQUIREMENTS} } }`;
const SERVICE = `query($id: ID!) { service(id: $id) { id canEdit ${REQUIREMENTS} } }`;
const ANSWERS = `requirementAnswers { requirementId kind text notEligibleWhenNo answer provided note notEligible }`;
const CREATE = `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id status ${ANSWERS} } }`;
const UPDATE_DRAFT = `mutation($id: ID!, $input: UpdateReferralDraftInput!) { updateReferralDraft(id: $id, input: $input) { id ${ANSWERS} } }`;
const SEND = `mutation($id: ID!) { sendReferral(id: $id) { id status ${ANSWERS} } }`;
const GET = `query($id: ID!) { referral(id: $id) { id status reason ${ANSWERS} } }`;

describe('referral requirements of a service', () => {
  let api: TestApi;
  let net: Network;
  let coordinator: GraphQLClient;
  let sam: GraphQLClient;
  let lotte: GraphQLClient;
  let serviceId: string;
  let adult: string;
  let residence: string;
  let plans: string;

  const answersFor = (overrides: Record<string, unknown> = {}) => [
    { requirementId: adult, answer: true },
    { requirementId: plans, answer: true },
    { requirementId: residence, provided: true, note: 'Huurcontract volgt' },
    ...Object.entries(overrides).map(([requirementId, v]) => ({ requirementId, ...(v as object) })),
  ];
  async function consentedClient(): Promise<{ clientId: string; consentId: string }> {
    const clientId = await net.newClient('Boysproject');
    return { clientId, consentId: await net.grant(clientId, 'NextStep') };
  }
  async function sent(answers = answersFor()): Promise<{ id: string; clientId: string; consentId: string }> {
    const { clientId, consentId } = await consentedClient();
    const { createReferral } = await sam.ok(CREATE, { input: { clientId, serviceId, reason: 'Wil uitstappen', requirementAnswers: answers, send: true } });
    return { id: createReferral.id, clientId, consentId };
  }

  beforeAll(async () => {
    api = await startTestApi();
    net = await network(api);
    coordinator = await api.as('coordinator@brug.test');
    sam = await api.as('sam@boysproject.test');
    lotte = await api.as('lotte@nextstep.test');
    serviceId = net.service('Uitstapprogramma NextStep');
    const { updateService } = await coordinator.ok(UPDATE_SERVICE, {
      id: serviceId,
      input: {
        requirements: [
          { kind: 'QUESTION', text: 'Is the person 18 or older?', notEligibleWhenNo: true },
          { kind: 'DOCUMENT', text: 'Proof of residence' },
          { kind: 'QUESTION', text: 'Does the person want to stop sex work within a year?' },
        ],
      },
    });
    [adult, residence, plans] = updateService.requirements.map((r: { id: string }) => r.id);
  });
  afterAll(() => api.close());

  it('the map shows them in order to every member; only those who may edit the service change them', async () => {
    const { service } = await sam.ok(SERVICE, { id: serviceId });
    expect(service.canEdit).toBe(false);
    expect(service.requirements).toEqual([
      { id: adult, position: 0, kind: 'QUESTION', text: 'Is the person 18 or older?', notEligibleWhenNo: true },
      { id: residence, position: 1, kind: 'DOCUMENT', text: 'Proof of residence', notEligibleWhenNo: false },
      { id: plans, position: 2, kind: 'QUESTION', text: 'Does the person want to stop sex work within a year?', notEligibleWhenNo: false },
    ]);
    const refused = await lotte.fails(UPDATE_SERVICE, { id: serviceId, input: { requirements: [] } });
    expect(refused.code).toBe('FORBIDDEN');
    expect((await sam.ok(SERVICE, { id: serviceId })).service.requirements).toHaveLength(3);
    const empty = await coordinator.fails(UPDATE_SERVICE, { id: serviceId, input: { requirements: [{ kind: 'DOCUMENT', text: '   ' }] } });
    expect(empty).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'requirements' } });
  });

  it('sending is refused while a required answer is missing, naming what is missing; nothing is sent', async () => {
    const { clientId } = await consentedClient();
    const noDocument = answersFor().filter((a) => a.requirementId !== residence);
    const refused = await sam.fails(CREATE, { input: { clientId, serviceId, reason: 'Wil uitstappen', requirementAnswers: noDocument, send: true } });
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'requirementAnswers', reason: 'REQUIREMENT_MISSING', params: { count: 1 } } });
    expect(refused.message).toContain('Proof of residence');
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM referrals WHERE client_id = $1`, [clientId]);
    expect(n).toBe(0);

    // A draft may be incomplete; sending it is refused until it is answered.
    const { createReferral: draft } = await sam.ok(CREATE, {
      input: { clientId, serviceId, reason: 'Wil uitstappen', requirementAnswers: [{ requirementId: adult, answer: true }] },
    });
    expect(draft.requirementAnswers.map((a: { answer: boolean | null; provided: boolean }) => [a.answer, a.provided])).toEqual([
      [true, false],
      [null, false],
      [null, false],
    ]);
    expect((await sam.fails(SEND, { id: draft.id })).extensions).toMatchObject({ reason: 'REQUIREMENT_MISSING', params: { count: 2 } });
    await sam.ok(UPDATE_DRAFT, { id: draft.id, input: { requirementAnswers: answersFor() } });
    expect((await sam.ok(SEND, { id: draft.id })).sendReferral.status).toBe('SENT');
  });

  it('an answer that makes the person not eligible does not stop the referral, but the sender must say why', async () => {
    const { clientId } = await consentedClient();
    const minor = answersFor().map((a) => (a.requirementId === adult ? { requirementId: adult, answer: false } : a));
    const refused = await sam.fails(CREATE, { input: { clientId, serviceId, reason: 'Jong', requirementAnswers: minor, send: true } });
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'requirementAnswers', reason: 'NOT_ELIGIBLE_WITHOUT_NOTE' } });
    const explained = minor.map((a) => (a.requirementId === adult ? { ...a, note: 'Wordt volgende maand 18; overleg gevraagd' } : a));
    const { createReferral } = await sam.ok(CREATE, { input: { clientId, serviceId, reason: 'Jong', requirementAnswers: explained, send: true } });
    expect(createReferral.requirementAnswers[0]).toMatchObject({ answer: false, notEligible: true, note: 'Wordt volgende maand 18; overleg gevraagd' });
  });

  it('an unknown requirement is refused', async () => {
    const { clientId } = await consentedClient();
    const refused = await sam.fails(CREATE, {
      input: { clientId, serviceId, requirementAnswers: [{ requirementId: '00000000-0000-4000-8000-000000000000', answer: true }] },
    });
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'requirementAnswers', reason: 'UNKNOWN' } });
  });

  it('the receiver sees the answers with the texts as asked, even after the service changes its questions, and the read is audited', async () => {
    const referral = await sent();
    const { service } = await coordinator.ok(SERVICE, { id: serviceId });
    const reworded = service.requirements.map((r: any) => ({
      id: r.id,
      kind: r.kind,
      text: `${r.text} (new wording)`,
      notEligibleWhenNo: r.notEligibleWhenNo,
    }));
    try {
      await coordinator.ok(UPDATE_SERVICE, { id: serviceId, input: { requirements: reworded } });
      const audited = () =>
        api.dataSource.query(`SELECT operation, consent_id FROM audit_entries WHERE client_id = $1 AND actor_organisation_id = $2 AND action = 'referral'`, [
          referral.clientId,
          net.org('NextStep'),
        ]);
      const before = (await audited()).length;
      // Only the answers are asked for (not the reason, audited in its own right): their read alone writes the entry.
      const { referral: seen } = await lotte.ok(`query($id: ID!) { referral(id: $id) { id ${ANSWERS} } }`, { id: referral.id });
      expect(seen.requirementAnswers).toEqual([
        {
          requirementId: adult,
          kind: 'QUESTION',
          text: 'Is the person 18 or older?',
          notEligibleWhenNo: true,
          answer: true,
          provided: false,
          note: '',
          notEligible: false,
        },
        {
          requirementId: residence,
          kind: 'DOCUMENT',
          text: 'Proof of residence',
          notEligibleWhenNo: false,
          answer: null,
          provided: true,
          note: 'Huurcontract volgt',
          notEligible: false,
        },
        {
          requirementId: plans,
          kind: 'QUESTION',
          text: 'Does the person want to stop sex work within a year?',
          notEligibleWhenNo: false,
          answer: true,
          provided: false,
          note: '',
          notEligible: false,
        },
      ]);
      const entries = (await audited()).slice(before);
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.every((e: { operation: string; consent_id: string | null }) => e.operation === 'READ' && e.consent_id === referral.consentId)).toBe(true);
    } finally {
      await coordinator.ok(UPDATE_SERVICE, { id: serviceId, input: { requirements: service.requirements.map(({ position: _p, ...r }: any) => r) } });
    }
  });

  it('a draft answered before the service reworded a question, or made it a document, is sent only once answered again', async () => {
    const { clientId } = await consentedClient();
    const { createReferral: draft } = await sam.ok(CREATE, { input: { clientId, serviceId, reason: 'Wil uitstappen', requirementAnswers: answersFor() } });
    const { service } = await coordinator.ok(SERVICE, { id: serviceId });
    const original = service.requirements.map(({ position: _p, ...r }: any) => r);
    try {
      // Same ids: the age question reworded; the plans question turned into a document to bring.
      await coordinator.ok(UPDATE_SERVICE, {
        id: serviceId,
        input: {
          requirements: original.map((r: any) =>
            r.id === adult ? { ...r, text: 'Is the person 21 or older?' } : r.id === plans ? { ...r, kind: 'DOCUMENT', notEligibleWhenNo: false } : r,
          ),
        },
      });
      const refused = await sam.fails(SEND, { id: draft.id });
      expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { reason: 'REQUIREMENT_MISSING', params: { count: 2 } } });
      expect(refused.message).toContain('21 or older');
      await sam.ok(UPDATE_DRAFT, {
        id: draft.id,
        input: { requirementAnswers: [...answersFor().slice(0, 1), { requirementId: plans, provided: true }, answersFor()[2]] },
      });
      const { sendReferral } = await sam.ok(SEND, { id: draft.id });
      expect(sendReferral.status).toBe('SENT');
      expect(sendReferral.requirementAnswers.find((a: any) => a.requirementId === adult)).toMatchObject({ text: 'Is the person 21 or older?', answer: true });
      expect(sendReferral.requirementAnswers.find((a: any) => a.requirementId === plans)).toMatchObject({ kind: 'DOCUMENT', provided: true, answer: null });
    } finally {
      await coordinator.ok(UPDATE_SERVICE, { id: serviceId, input: { requirements: original } });
    }
  });

  it('after the consent is revoked the receiver no longer reads the answers; the sender still does', async () => {
    const referral = await sent();
    await sam.ok(`mutation($id: ID!) { revokeConsent(id: $id, reason: "De cliënt wil het niet meer") { id } }`, { id: referral.consentId });
    const { referral: seen } = await lotte.ok(GET, { id: referral.id });
    expect(seen).toMatchObject({ status: 'CANCELLED', reason: null, requirementAnswers: [] });
    expect((await sam.ok(GET, { id: referral.id })).referral.requirementAnswers).toHaveLength(3);
  });

  it('the client export includes the answers and erasure scrubs them', async () => {
    const referral = await sent();
    const pseudonym = (await sam.ok(`query($id: ID!) { client(id: $id) { pseudonym } }`, { id: referral.clientId })).client.pseudonym;
    const { exportClientData } = await sam.ok(`query($id: ID!) { exportClientData(clientId: $id) }`, { id: referral.clientId });
    const exported = exportClientData.referrals.find((r: { id: string }) => r.id === referral.id);
    expect(exported.requirementAnswers.map((a: { text: string }) => a.text)).toEqual([
      'Is the person 18 or older?',
      'Proof of residence',
      'Does the person want to stop sex work within a year?',
    ]);
    expect(JSON.stringify(exported.requirementAnswers)).toContain('Huurcontract volgt');

    await sam.ok(`mutation($id: ID!, $confirm: String!) { eraseClient(clientId: $id, reason: "verzoek", confirmPseudonym: $confirm) { clientId } }`, {
      id: referral.clientId,
      confirm: pseudonym,
    });
    const [row] = await api.dataSource.query(`SELECT requirement_answers FROM referrals WHERE id = $1`, [referral.id]);
    expect(row.requirement_answers).toEqual([]);
    expect((await sam.ok(GET, { id: referral.id })).referral.requirementAnswers).toEqual([]);
  });
});
