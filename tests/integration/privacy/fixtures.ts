import { organisationIds, recordConsent } from '../../support/clients';
import type { GraphQLClient } from '../../support/graphql-client';
import type { TestApi } from '../../support/test-api';

/** Every table of the database as text, one line per row (the owner connection sees every row). */
export async function databaseDump(api: TestApi): Promise<string> {
  const tables: { table_name: string }[] = await api.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const lines: string[] = [];
  for (const { table_name } of tables) {
    const rows: { line: string }[] = await api.dataSource.query(`SELECT row_to_json(t)::text AS line FROM "${table_name}" t`);
    for (const r of rows) lines.push(`${table_name}: ${r.line}`);
  }
  return lines.join('\n');
}

/** A marker no demo text contains, for finding a piece of text again anywhere in the database. */
export const marker = (what: string) => `zq${what}${Math.random().toString(36).slice(2, 8)}`;

export interface RichClient {
  clientId: string;
  pseudonym: string;
  /** Each unique text placed somewhere in the record, by where it was placed. */
  markers: Record<string, string>;
  referralId: string;
  draftReferralId: string;
}

/**
 * A Boysproject client with every kind of personal text Brug holds: every section, a consent
 * for NextStep, NextStep's goal, action and note, a sent and accepted referral to NextStep with
 * a message from each side, an internal draft referral, visits of both organisations, NextStep's
 * assessment and referral outside the network, and the owner's document.
 */
export async function richClient(api: TestApi, sam: GraphQLClient, lotte: GraphQLClient): Promise<RichClient> {
  const org = await organisationIds(api);
  const m = {
    pseudonym: marker('pseudo'),
    legalName: marker('legal'),
    codeWord: marker('code'),
    phone: `+32 470 ${Math.floor(100000 + Math.random() * 899999)}`,
    gender: marker('gender'),
    domainNote: marker('domain'),
    health: marker('health'),
    sectionNote: marker('sectionnote'),
    purpose: marker('purpose'),
    goal: marker('goal'),
    action: marker('action'),
    note: marker('note'),
    reason: marker('reason'),
    wishes: marker('wishes'),
    place: marker('place'),
    accompanied: marker('with'),
    message: marker('message'),
    reply: marker('reply'),
    draftReason: marker('draft'),
    externalReason: marker('external'),
    documentTitle: marker('document'),
  };
  const { createClient } = await sam.ok(`mutation($input: CreateClientInput!) { createClient(input: $input) { id } }`, {
    input: {
      pseudonym: m.pseudonym,
      identity: { legalName: m.legalName, dateOfBirth: '1998-02-03', nationalNumber: '98.02.03-123.45' },
      contact: { phone: m.phone, preferredChannel: 'SMS', safeTimes: 'na 18 uur', doNotContact: false, phoneMayBeReadByOthers: true, codeWord: m.codeWord },
      profile: { ageRange: 'AGE_25_34', genderIdentity: m.gender, languages: ['nl', 'en'], region: 'BE-VAN' },
      lifeDomains: { domains: [{ domain: 'HOUSING', rating: 2, note: m.domainNote }] },
      health: { insured: true, hasGeneralPractitioner: false, note: m.health },
      sexWork: { contexts: ['ONLINE'], workingSince: '2022', exitWish: 'CONSIDERING' },
      safety: { riskLevel: 'MEDIUM', violence: ['FINANCIAL'], traffickingIndicators: ['DEBT_BONDAGE'] },
      notes: { text: m.sectionNote },
    },
  });
  const clientId: string = createClient.id;
  await recordConsent(sam, { clientId, granteeOrganisationId: org.NextStep, scopes: ['PROFILE', 'LIFE_DOMAINS', 'NOTES'], purpose: m.purpose });
  const { addGoal } = await lotte.ok(`mutation($id: ID!, $t: String!) { addGoal(input: { clientId: $id, lifeDomain: HOUSING, text: $t }) { id } }`, {
    id: clientId,
    t: m.goal,
  });
  await lotte.ok(`mutation($id: ID!, $t: String!) { addAction(input: { goalId: $id, description: $t, dueOn: "2030-01-01" }) { id } }`, {
    id: addGoal.id,
    t: m.action,
  });
  await lotte.ok(`mutation($id: ID!, $t: String!) { addNote(input: { clientId: $id, contactType: PHONE, text: $t }) { id } }`, { id: clientId, t: m.note });
  const [{ id: exitService }] = await api.dataSource.query(`SELECT id FROM services WHERE name = 'Uitstapprogramma NextStep'`);
  const [{ id: ownService }] = await api.dataSource.query(`SELECT id FROM services WHERE name = 'Psychosociale begeleiding'`);
  const { createReferral } = await sam.ok(`mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, {
    input: {
      clientId,
      serviceId: exitService,
      reason: m.reason,
      clientWishes: m.wishes,
      introduction: { place: m.place, accompaniedBy: m.accompanied },
      send: true,
    },
  });
  const message = `mutation($id: ID!, $body: String!) { postReferralMessage(referralId: $id, body: $body) { id } }`;
  await sam.ok(message, { id: createReferral.id, body: m.message });
  await lotte.ok(`mutation($id: ID!) { acceptReferral(id: $id) { id } }`, { id: createReferral.id });
  await lotte.ok(message, { id: createReferral.id, body: m.reply });
  const draft = await sam.ok(`mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, {
    input: { clientId, serviceId: ownService, reason: m.draftReason },
  });
  for (const who of [sam, lotte]) await who.ok(`mutation($id: ID!) { markClientVisited(clientId: $id) }`, { id: clientId });
  // What NextStep writes beyond the plan: an assessment of the life domains, a referral outside the network.
  await lotte.ok(`mutation($input: RecordLifeDomainAssessmentInput!) { recordLifeDomainAssessment(input: $input) { id } }`, {
    input: { clientId, assessedOn: '2026-11-02', ratings: [{ domain: 'HOUSING', rating: 3 }] },
  });
  await lotte.ok(`mutation($input: CreateExternalReferralInput!) { createExternalReferral(input: $input) { id } }`, {
    input: {
      clientId,
      serviceName: 'Buurthuis',
      category: 'SOCIAL_SERVICES',
      city: 'Arnhem',
      contact: 'Ria',
      urgency: 'SOON',
      reason: m.externalReason,
      clientWishes: '',
    },
  });
  // A document of the owner's (a letter in the profile section).
  const uploaded = await fetch(
    `${sam.baseUrl}/api/clients/${clientId}/documents?${new URLSearchParams({ scope: 'PROFILE', kind: 'LETTER', title: m.documentTitle })}`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${sam.token}`, 'content-type': 'application/octet-stream' },
      body: new Uint8Array(Buffer.from('%PDF-1.4\n(brief)\n%%EOF\n', 'latin1')),
    },
  );
  if (uploaded.status !== 200) throw new Error(`document upload: ${uploaded.status} ${await uploaded.text()}`);
  return { clientId, pseudonym: m.pseudonym, markers: m, referralId: createReferral.id, draftReferralId: draft.createReferral.id };
}
