import type { EntityManager } from 'typeorm';
import { ALL_SCOPES, Scope } from '../access';
import { ClientSection, Client, ClientEvent } from '../modules/clients';
import { ConsentMethod, Consent } from '../modules/consent';
import { User } from '../modules/identity';
import type { Organisation } from '../modules/service-map';
import { DEMO_ORGANISATIONS, type DemoOrganisationKey } from './demo-data';

/** Fictional clients (nicknames only), the sections their workers filled and their consents. */
interface DemoClient {
  key: string;
  pseudonym: string;
  owner: DemoOrganisationKey;
  /** The demo user (e-mail) who registered the client. */
  worker: string;
  createdDaysAgo: number;
  sections: Partial<Record<Scope, Record<string, unknown>>>;
  consents?: {
    grantee: DemoOrganisationKey;
    scopes: Scope[];
    purpose: string;
    method: ConsentMethod;
    /** Days relative to loading: negative is in the past. */
    fromDays: number;
    untilDays: number;
    revokedDaysAgo?: number;
    revocationReason?: string;
  }[];
}

export const DEMO_CLIENTS: DemoClient[] = [
  {
    key: 'milan',
    pseudonym: 'Milan',
    owner: 'boysproject',
    worker: 'sam@boysproject.test',
    createdDaysAgo: 120,
    sections: {
      CONTACT: {
        messaging: 'Signal, via het werknummer van Sam',
        preferredChannel: 'MESSAGING_APP',
        safeTimes: 'Doordeweeks 11-15 uur',
        doNotContact: false,
        phoneMayBeReadByOthers: true,
        codeWord: 'fietsenmaker',
      },
      PROFILE: { ageRange: 'AGE_18_24', genderIdentity: 'man', languages: ['nl', 'ro', 'en'], region: 'BE-VAN' },
      LIFE_DOMAINS: {
        domains: [
          { domain: 'HOUSING', rating: 2, note: 'Slaapt wisselend bij klanten en vrienden.' },
          { domain: 'INCOME_AND_DEBTS', rating: 2, note: 'Schulden bij een tussenpersoon, bedrag onduidelijk.' },
          { domain: 'HEALTH', rating: 3, note: 'Regelmatig getest; wil PrEP.' },
          { domain: 'WORK_AND_EDUCATION', rating: 2, note: 'Wil een opleiding als kok.' },
          { domain: 'SELF_ESTEEM_AND_SOCIAL_ACCEPTANCE', rating: 3 },
        ],
      },
      HEALTH: { insured: false, hasGeneralPractitioner: false, note: 'Wil PrEP starten; geen huisarts.' },
      SEX_WORK: { contexts: ['ONLINE', 'CRUISING_AREA'], workingSince: '2023', exitWish: 'CONSIDERING' },
      SAFETY: {
        riskLevel: 'MEDIUM',
        violence: ['FINANCIAL'],
        traffickingIndicators: ['DEBT_BONDAGE'],
        safetyPlanAgreed: true,
        note: 'Afspraak: bij dreiging belt hij de permanentie.',
      },
      NOTES: { text: 'Kennismaking in het park; tweede gesprek op de permanentie. Wil graag verder met het uitstapprogramma.' },
    },
    consents: [
      {
        grantee: 'nextstep',
        scopes: [Scope.PROFILE, Scope.LIFE_DOMAINS, Scope.NOTES],
        purpose: 'Warme overdracht naar het uitstapprogramma',
        method: ConsentMethod.WRITTEN,
        fromDays: -30,
        untilDays: 335,
      },
      {
        grantee: 'moviera',
        scopes: [Scope.PROFILE, Scope.SAFETY],
        purpose: 'Inschatting signalen mensenhandel',
        method: ConsentMethod.VERBAL,
        fromDays: -20,
        untilDays: 345,
      },
    ],
  },
  {
    key: 'kiki',
    pseudonym: 'Kiki',
    owner: 'boysproject',
    worker: 'sam@boysproject.test',
    createdDaysAgo: 400,
    sections: {
      PROFILE: { ageRange: 'AGE_25_34', genderIdentity: 'trans vrouw', languages: ['nl', 'es'], region: 'BE-VAN' },
      HEALTH: { insured: true, hasGeneralPractitioner: true, note: 'Hormoonbehandeling loopt via de huisarts.' },
      CONTACT: { phone: '+32 470 00 00 01', preferredChannel: 'SMS', doNotContact: false, phoneMayBeReadByOthers: false },
    },
    // Expired two months ago: shows that an expired consent grants nothing.
    consents: [
      {
        grantee: 'alias',
        scopes: [Scope.PROFILE, Scope.HEALTH],
        purpose: 'Begeleiding tijdens verblijf in Brussel',
        method: ConsentMethod.VERBAL,
        fromDays: -425,
        untilDays: -60,
      },
    ],
  },
  {
    key: 'r',
    pseudonym: 'R.',
    owner: 'alias',
    worker: 'jules@alias.test',
    createdDaysAgo: 90,
    sections: {
      PROFILE: { ageRange: 'AGE_35_44', genderIdentity: 'homme', languages: ['fr', 'ar'], region: 'BE-BRU' },
      SEX_WORK: { contexts: ['CLUB_OR_BAR', 'ESCORT'], workingSince: '2015', exitWish: 'NO' },
    },
    // Revoked by the client: shows a withdrawn consent.
    consents: [
      {
        grantee: 'boysproject',
        scopes: [Scope.PROFILE],
        purpose: 'Contact bij verhuis naar Antwerpen',
        method: ConsentMethod.APP,
        fromDays: -60,
        untilDays: 300,
        revokedDaysAgo: 10,
        revocationReason: 'De cliënt wil niet langer gevolgd worden in Antwerpen.',
      },
    ],
  },
  {
    key: 'dani',
    pseudonym: 'Dani',
    owner: 'moviera',
    worker: 'noor@moviera.test',
    createdDaysAgo: 60,
    sections: {
      IDENTITY: { legalName: 'Daniela Voorbeeld', dateOfBirth: '1999-04-12' },
      PROFILE: { ageRange: 'AGE_25_34', genderIdentity: 'vrouw', languages: ['bg', 'en'], region: 'NL-GE' },
      SAFETY: {
        riskLevel: 'HIGH',
        violence: ['PHYSICAL', 'PSYCHOLOGICAL'],
        traffickingIndicators: ['DOCUMENTS_WITHHELD', 'EARNINGS_TAKEN', 'LIVES_AT_WORKPLACE'],
        safetyPlanAgreed: true,
      },
      LIFE_DOMAINS: {
        domains: [
          { domain: 'HOUSING', rating: 1, note: 'In beschermde opvang sinds vorige week.' },
          { domain: 'LEGAL_STATUS', rating: 2, note: 'Bedenktijd loopt.' },
        ],
      },
    },
    consents: [
      {
        grantee: 'rups',
        scopes: [Scope.PROFILE, Scope.LIFE_DOMAINS],
        purpose: 'Aanmelding regionaal uitstapprogramma',
        method: ConsentMethod.WRITTEN,
        fromDays: -5,
        untilDays: 360,
      },
    ],
  },
  {
    key: 'sasha',
    pseudonym: 'Sasha',
    owner: 'moviera',
    worker: 'noor@moviera.test',
    createdDaysAgo: 15,
    sections: {
      PROFILE: { ageRange: 'AGE_18_24', languages: ['ro', 'en'], region: 'NL-GE' },
      SAFETY: { riskLevel: 'ACUTE', violence: ['SEXUAL'], traffickingIndicators: ['RESTRICTED_MOVEMENT', 'RECRUITED_BY_DECEPTION'] },
    },
  },
  {
    key: 'tom',
    pseudonym: 'Tom',
    owner: 'nextstep',
    worker: 'lotte@nextstep.test',
    createdDaysAgo: 200,
    sections: {
      PROFILE: { ageRange: 'AGE_45_54', genderIdentity: 'man', languages: ['nl'], region: 'NL-GE' },
      LIFE_DOMAINS: {
        domains: [
          { domain: 'INCOME_AND_DEBTS', rating: 3, note: 'Schuldhulp loopt.' },
          { domain: 'DAILY_RHYTHM', rating: 4 },
        ],
      },
      NOTES: { text: 'Wekelijks gesprek op dinsdag.' },
    },
  },
  {
    key: 'yas',
    pseudonym: 'Yas',
    owner: 'rups',
    worker: 'ines@rups-denbosch.test',
    createdDaysAgo: 45,
    sections: {
      PROFILE: { ageRange: 'AGE_25_34', languages: ['nl', 'tr'], region: 'NL-NB' },
      SEX_WORK: { contexts: ['WINDOW'], workingSince: '2019', exitWish: 'YES' },
      NOTES: { text: 'Wil stoppen voor de zomer; zoekt een baan in de zorg.' },
    },
  },
  { key: 'nico', pseudonym: 'Nico', owner: 'boysproject', worker: 'sam@boysproject.test', createdDaysAgo: 3, sections: {} },
];

const DAY = 86_400_000;

/** Loads the demo clients, sections, consents and their timeline entries (owner connection). */
export async function loadDemoClients(em: EntityManager, organisations: Map<string, Organisation>): Promise<void> {
  const now = Date.now();
  const users = new Map((await em.find(User)).map((u) => [u.email, u]));
  for (const demo of DEMO_CLIENTS) {
    const owner = organisations.get(demo.owner)!;
    const worker = users.get(demo.worker)!;
    const createdAt = new Date(now - demo.createdDaysAgo * DAY);
    const client = em.create(Client, {
      pseudonym: demo.pseudonym,
      ownerOrganisationId: owner.id,
      createdByUserId: worker.id,
      createdAt,
      lastActivityAt: createdAt,
    });
    await em.insert(Client, client);
    for (const scope of ALL_SCOPES) {
      const data = demo.sections[scope];
      if (!data) continue;
      await em.insert(ClientSection, {
        clientId: client.id,
        ownerOrganisationId: owner.id,
        scope,
        data: data as never,
        updatedAt: createdAt,
        updatedByUserId: worker.id,
        updatedByName: worker.displayName,
        updatedByOrganisationId: owner.id,
        updatedByOrganisationName: owner.name,
        confirmedAt: createdAt,
        confirmedByUserId: worker.id,
        confirmedByName: worker.displayName,
        confirmedByOrganisationId: owner.id,
        confirmedByOrganisationName: owner.name,
      });
      await em.insert(ClientEvent, event(client, owner, worker, 'SECTION_UPDATED', scope, { scope }, createdAt));
    }
    for (const c of demo.consents ?? []) {
      const grantee = organisations.get(c.grantee)!;
      const validFrom = new Date(now + c.fromDays * DAY);
      const revokedAt = c.revokedDaysAgo != null ? new Date(now - c.revokedDaysAgo * DAY) : null;
      const consent = em.create(Consent, {
        clientId: client.id,
        ownerOrganisationId: owner.id,
        granteeOrganisationId: grantee.id,
        scopes: c.scopes,
        purpose: c.purpose,
        method: c.method,
        validFrom,
        validUntil: new Date(now + c.untilDays * DAY),
        recordedByUserId: worker.id,
        recordedByName: worker.displayName,
        recordedAt: validFrom,
        revokedAt,
        revokedByUserId: revokedAt ? worker.id : null,
        revokedByName: revokedAt ? worker.displayName : null,
        revocationReason: c.revocationReason ?? null,
      });
      await em.insert(Consent, consent);
      const summary = { granteeOrganisationName: grantee.name, scopes: c.scopes };
      await em.insert(ClientEvent, {
        ...event(client, owner, worker, 'CONSENT_GIVEN', null, summary, validFrom),
        subjectType: 'Consent',
        subjectId: consent.id,
      });
      if (revokedAt)
        await em.insert(ClientEvent, {
          ...event(client, owner, worker, 'CONSENT_WITHDRAWN', null, summary, revokedAt),
          subjectType: 'Consent',
          subjectId: consent.id,
        });
    }
  }
}

function event(client: Client, owner: Organisation, worker: User, kind: string, scope: string | null, summary: Record<string, unknown>, at: Date) {
  return {
    clientId: client.id,
    ownerOrganisationId: owner.id,
    organisationId: owner.id,
    organisationName: owner.name,
    actorUserId: worker.id,
    actorName: worker.displayName,
    kind,
    scope,
    summary: summary as never,
    occurredAt: at,
  };
}

/**
 * The id of a demo client, for the referrals and follow-up demos: `demoClientId(em, 'milan')`.
 * Looked up by pseudonym and owning organisation, so it works on any loaded database.
 */
export async function demoClientId(em: EntityManager, key: string): Promise<string> {
  const demo = DEMO_CLIENTS.find((c) => c.key === key);
  if (!demo) throw new Error(`No demo client ${key}`);
  const ownerName = DEMO_ORGANISATIONS.find((o) => o.key === demo.owner)!.name;
  const [row] = await em.query(`SELECT c.id FROM clients c JOIN organisations o ON o.id = c.owner_organisation_id WHERE c.pseudonym = $1 AND o.name = $2`, [
    demo.pseudonym,
    ownerName,
  ]);
  if (!row) throw new Error(`Demo client ${key} is not loaded`);
  return row.id;
}
