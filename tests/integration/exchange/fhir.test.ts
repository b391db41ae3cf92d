import { startTestApi, TestApi } from '../../support/test-api';
import { network, Network, sentReferral } from '../referrals/fixtures';
import { fhirProblems } from './fhir-fixtures';
import { rest, tokenOf } from './hsds-fixtures';

/** The mapping, written out here apart from the code. */
const TASK_STATUS: Record<string, string> = {
  DRAFT: 'draft',
  SENT: 'requested',
  ACCEPTED: 'accepted',
  DECLINED: 'rejected',
  CANCELLED: 'cancelled',
  COMPLETED: 'completed',
  EXPIRED: 'failed',
};

describe('referrals as FHIR R4 (closed-loop referral)', () => {
  let api: TestApi;
  let net: Network;
  const tokens = new Map<string, string>();
  const token = async (email: string) => tokens.get(email) ?? (tokens.set(email, await tokenOf(api, email)), tokens.get(email)!);
  /** One worker per organisation: who reads as that organisation. */
  let workerOf: Map<string, string>;

  beforeAll(async () => {
    api = await startTestApi();
    net = await network(api);
    const rows = await api.dataSource.query(
      `SELECT DISTINCT ON (m.organisation_id) m.organisation_id, u.email FROM memberships m JOIN users u ON u.id = m.user_id ORDER BY m.organisation_id, (m.role = 'WORKER') DESC, u.email`,
    );
    workerOf = new Map(rows.map((r: any) => [r.organisation_id, r.email]));
  });
  afterAll(() => api.close());

  it('the validator used here refuses what R4 refuses (so a pass means something)', () => {
    expect(fhirProblems({ resourceType: 'Task', id: 'x', status: 'waiting-for-godot', intent: 'order' } as any)).toEqual([
      expect.stringContaining('task-status'),
    ]);
    expect(fhirProblems({ resourceType: 'Task', id: 'x', intent: 'order' } as any)).toEqual([expect.stringContaining('Missing required property')]);
    expect(fhirProblems({ resourceType: 'Consent', id: 'x', status: 'active', scope: { text: 'x' }, category: [{ text: 'x' }] } as any)).toEqual([
      expect.stringContaining('ppc-1'),
    ]);
  });

  it('every resource of every demo referral, in every status, is valid FHIR R4 for both organisations', async () => {
    const referrals = await api.dataSource.query(`SELECT id, status, sender_organisation_id, receiving_organisation_id FROM referrals ORDER BY status, id`);
    expect([...new Set(referrals.map((r: any) => r.status))].sort()).toEqual(Object.keys(TASK_STATUS).sort());
    const problems: string[] = [];
    const types = new Set<string>();
    for (const referral of referrals) {
      const sides = referral.status === 'DRAFT' ? [referral.sender_organisation_id] : [referral.sender_organisation_id, referral.receiving_organisation_id];
      // (Some receiving organisations of the demo have no members: nobody reads as them.)
      for (const org of new Set(sides.filter((o) => workerOf.has(o)))) {
        const bearer = await token(workerOf.get(org)!);
        const bundle = await rest(api, `/fhir/Bundle/${referral.id}`, { token: bearer });
        expect({ id: referral.id, status: bundle.status, type: bundle.type }).toEqual({
          id: referral.id,
          status: 200,
          type: expect.stringContaining('application/fhir+json'),
        });
        problems.push(...fhirProblems(bundle.body));
        for (const { resource } of bundle.body.entry) {
          types.add(resource.resourceType);
          problems.push(...fhirProblems(resource));
        }
        const task = (await rest(api, `/fhir/Task/${referral.id}`, { token: bearer })).body;
        expect({ id: referral.id, status: task.status }).toEqual({ id: referral.id, status: TASK_STATUS[referral.status] });
        problems.push(...fhirProblems(task), ...fhirProblems((await rest(api, `/fhir/ServiceRequest/${referral.id}`, { token: bearer })).body));
      }
    }
    expect(problems).toEqual([]);
    expect([...types].sort()).toEqual(['Consent', 'HealthcareService', 'Organization', 'Patient', 'ServiceRequest', 'Task']);
  });

  it('a Task names who asks, who owns it, its focus, why it was declined and the outcome', async () => {
    const sam = await api.as('sam@boysproject.test');
    const lotte = await api.as('lotte@nextstep.test');
    const referral = await sentReferral(sam, net, { urgency: 'URGENT' });
    const sent = (await rest(api, `/fhir/Task/${referral.id}`, { token: lotte.token })).body;
    expect(sent).toMatchObject({
      status: 'requested',
      intent: 'order',
      priority: 'asap',
      focus: { reference: `ServiceRequest/${referral.id}` },
      requester: { reference: `Organization/${net.org('Boysproject')}` },
      owner: { reference: `Organization/${net.org('NextStep')}` },
    });
    await lotte.ok(`mutation($id: ID!) { acceptReferral(id: $id) { id } }`, { id: referral.id });
    await lotte.ok(`mutation($id: ID!) { completeReferral(id: $id, input: { outcome: SERVICE_STARTED, note: "Gestart" }) { id } }`, { id: referral.id });
    const done = (await rest(api, `/fhir/Task/${referral.id}`, { token: sam.token })).body;
    expect(done.status).toBe('completed');
    expect(done.output[0].valueCodeableConcept).toEqual({ coding: [{ system: 'urn:brug:fhir:referral-outcome', code: 'SERVICE_STARTED' }], text: 'Gestart' });

    const declined = await sentReferral(sam, net);
    await lotte.ok(`mutation($id: ID!) { declineReferral(id: $id, input: { reason: NO_CAPACITY, note: "Vol" }) { id } }`, { id: declined.id });
    const task = (await rest(api, `/fhir/Task/${declined.id}`, { token: sam.token })).body;
    expect(task).toMatchObject({ status: 'rejected', statusReason: { coding: [{ code: 'NO_CAPACITY' }], text: 'Vol' } });
  });

  it('the Consent names the receiving organisation, the sections as data classes and its period', async () => {
    const sam = await api.as('sam@boysproject.test');
    const referral = await sentReferral(sam, net);
    const bundle = (await rest(api, `/fhir/Bundle/${referral.id}`, { token: await token('lotte@nextstep.test') })).body;
    const consent = bundle.entry.map((e: any) => e.resource).find((r: any) => r.resourceType === 'Consent');
    const [row] = await api.dataSource.query(
      `SELECT id, valid_from, valid_until FROM consents WHERE client_id = (SELECT client_id FROM referrals WHERE id = $1)`,
      [referral.id],
    );
    expect(consent).toMatchObject({
      id: row.id,
      status: 'active',
      provision: {
        type: 'permit',
        period: { start: row.valid_from.toISOString(), end: row.valid_until.toISOString() },
        actor: [{ reference: { reference: `Organization/${net.org('NextStep')}` } }],
        class: [{ code: 'PROFILE' }, { code: 'LIFE_DOMAINS' }],
      },
    });
    expect((await rest(api, `/fhir/Consent/${row.id}`, { token: await token('lotte@nextstep.test') })).body).toEqual(consent);
  });

  it('the Patient carries the pseudonym, and the legal name only when IDENTITY is shared', async () => {
    const sam = await api.as('sam@boysproject.test');
    const clientId = await net.newClient('Boysproject', 'Robin');
    await api.dataSource.query(
      `INSERT INTO client_sections (client_id, owner_organisation_id, scope, data) VALUES ($1, $2, 'IDENTITY', '{"legalName": "Robin Voorbeeld", "dateOfBirth": "1999-04-02"}'), ($1, $2, 'PROFILE', '{"languages": ["nl", "ro"]}')`,
      [clientId, net.org('Boysproject')],
    );
    const consentId = await net.grant(clientId, 'NextStep', ['PROFILE']);
    const { createReferral } = await sam.ok(`mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, {
      input: { clientId, serviceId: net.service('Uitstapprogramma NextStep'), reason: 'Wil uitstappen', clientWishes: 'Rustig aan', send: true },
    });
    const patientFor = async (email: string) =>
      (await rest(api, `/fhir/Bundle/${createReferral.id}`, { token: await token(email) })).body.entry
        .map((e: any) => e.resource)
        .find((r: any) => r.resourceType === 'Patient');

    const shared = await patientFor('lotte@nextstep.test');
    expect(shared.name).toEqual([{ use: 'anonymous', text: 'Robin' }]);
    expect(shared.birthDate).toBeUndefined();
    expect(shared.communication.map((c: any) => c.language.coding[0].code)).toEqual(['nl', 'ro']);
    expect(fhirProblems(shared)).toEqual([]);

    const own = await patientFor('sam@boysproject.test');
    expect(own).toMatchObject({
      name: [
        { use: 'anonymous', text: 'Robin' },
        { use: 'official', text: 'Robin Voorbeeld' },
      ],
      birthDate: '1999-04-02',
    });

    await api.dataSource.query(`UPDATE consents SET scopes = '{PROFILE,IDENTITY}' WHERE id = $1`, [consentId]);
    expect((await patientFor('lotte@nextstep.test')).name).toEqual([
      { use: 'anonymous', text: 'Robin' },
      { use: 'official', text: 'Robin Voorbeeld' },
    ]);

    // Every read of the client's data is in the trail, with the sections returned and the consent used.
    const trail = await api.dataSource.query(
      `SELECT action, scopes, consent_id FROM audit_entries WHERE client_id = $1 AND actor_organisation_id = $2 AND action LIKE 'fhir.%' ORDER BY at`,
      [clientId, net.org('NextStep')],
    );
    expect(trail).toEqual([
      { action: 'fhir.Bundle', scopes: ['PROFILE'], consent_id: consentId },
      { action: 'fhir.Bundle', scopes: ['IDENTITY', 'PROFILE'], consent_id: consentId },
    ]);
  });

  it('the free text shows only while the receiver may see the client, and then nothing is audited', async () => {
    const sam = await api.as('sam@boysproject.test');
    const lotte = await token('lotte@nextstep.test');
    const referral = await sentReferral(sam, net);
    const withConsent = (await rest(api, `/fhir/ServiceRequest/${referral.id}`, { token: lotte })).body;
    expect(withConsent.reasonCode).toEqual([{ text: 'Wil uitstappen' }]);
    expect(withConsent.note).toEqual([{ text: 'What the client wants: Rustig aan' }]);
    const [{ client_id }] = await api.dataSource.query(`SELECT client_id FROM referrals WHERE id = $1`, [referral.id]);
    expect(withConsent.subject.reference).toBe(`Patient/${client_id}`);

    await api.dataSource.query(`UPDATE consents SET revoked_at = now() WHERE client_id = $1`, [client_id]);
    const before = await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_entries WHERE client_id = $1`, [client_id]);
    const request = (await rest(api, `/fhir/ServiceRequest/${referral.id}`, { token: lotte })).body;
    const task = (await rest(api, `/fhir/Task/${referral.id}`, { token: lotte })).body;
    const bundle = (await rest(api, `/fhir/Bundle/${referral.id}`, { token: lotte })).body;
    for (const resource of [request, task, bundle]) expect(JSON.stringify(resource)).not.toMatch(new RegExp(`Wil uitstappen|Rustig aan|${client_id}`));
    expect(request.subject).toEqual({ display: 'Client not shared with your organisation' });
    expect(bundle.entry.map((e: any) => e.resource.resourceType)).not.toEqual(expect.arrayContaining(['Patient']));
    expect(fhirProblems(request)).toEqual([]);
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_entries WHERE client_id = $1`, [client_id])).toEqual(before);
  });

  it('an outsider gets 404 exactly like a missing id, and without sign-in 401', async () => {
    const sam = await api.as('sam@boysproject.test');
    const referral = await sentReferral(sam, net);
    const [{ id: consentId }] = await api.dataSource.query(`SELECT id FROM consents WHERE client_id = (SELECT client_id FROM referrals WHERE id = $1)`, [
      referral.id,
    ]);
    const noor = await token('noor@moviera.test');
    const missing = '5b0f3c1e-8d2a-4c7e-9f10-123456789abc';
    for (const type of ['Task', 'ServiceRequest', 'Bundle', 'Consent']) {
      const id = type === 'Consent' ? consentId : referral.id;
      const outsider = await rest(api, `/fhir/${type}/${id}`, { token: noor });
      const unknown = await rest(api, `/fhir/${type}/${missing}`, { token: noor });
      expect({ type, status: outsider.status, body: outsider.body }).toEqual({ type, status: 404, body: { ...unknown.body } });
      expect(outsider.body.resourceType).toBe('OperationOutcome');
      expect((await rest(api, `/fhir/${type}/${id}`)).status).toBe(401);
    }
  });
});
