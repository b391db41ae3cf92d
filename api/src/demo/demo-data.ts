import { MemberRole } from '../modules/identity/membership.entity';
import { Locale } from '../modules/identity/user.entity';
import { AddressVisibility, CapacityStatus, ServiceCategory as C, TargetGroup as T } from '../modules/service-map/taxonomy';

/** Real organisation names, fictional people: no real person's name, phone or e-mail. */
export const DEMO_ORGANISATIONS = [
  { key: 'boysproject', name: 'Boysproject', country: 'BE', city: 'Antwerpen', description: 'Outreach en harm reduction voor mannelijke en trans sekswerkers in Antwerpen.' },
  { key: 'alias', name: 'Alias', country: 'BE', city: 'Bruxelles', description: 'Travail de rue et accompagnement psycho-médico-social des travailleurs du sexe masculins à Bruxelles.' },
  { key: 'moviera', name: 'Moviera', country: 'NL', city: 'Arnhem', description: 'Zorgcoördinatie voor slachtoffers van mensenhandel in Gelderland.' },
  { key: 'nextstep', name: 'NextStep', country: 'NL', city: 'Arnhem', description: 'Uitstapprogramma voor sekswerkers die willen stoppen.' },
  { key: 'rups', name: 'RUPS Den Bosch', country: 'NL', city: "'s-Hertogenbosch", description: 'Regionaal uitstapprogramma prostituees in Noord-Brabant.' },
  { key: 'lumens', name: 'Lumens', country: 'NL', city: 'Eindhoven', description: 'Expertisecentrum jongensprostitutie.' },
  // The regular services the network refers to: fictional names, numbers and addresses.
  { key: 'soa-antwerpen', name: 'Soa-polikliniek Scheldezicht', country: 'BE', city: 'Antwerpen', description: 'Fictieve soa-polikliniek: testen, behandeling en PrEP.' },
  { key: 'caw-antwerpen', name: 'CAW Scheldeland', country: 'BE', city: 'Antwerpen', description: 'Fictief centrum algemeen welzijnswerk: onthaal, wonen en crisisopvang.' },
  { key: 'ocmw-antwerpen', name: 'Sociaal Huis Antwerpen-Zuid', alternateName: 'OCMW', country: 'BE', city: 'Antwerpen', description: 'Fictieve OCMW-dienst: leefloon, sociale en medische hulp.' },
  { key: 'cpas-bruxelles', name: 'CPAS de Bruxelles-Ouest', alternateName: 'OCMW Brussel-West', country: 'BE', city: 'Anderlecht', description: "CPAS fictif : aide sociale, revenu d'intégration, aide médicale urgente." },
  { key: 'legal-antwerpen', name: 'Juridisch Steunpunt Antwerpen', country: 'BE', city: 'Antwerpen', description: 'Fictieve eerstelijns juridische hulp.' },
  { key: 'legal-bruxelles', name: 'Point Droit Midi', country: 'BE', city: 'Saint-Gilles', description: 'Permanence juridique fictive en droit des étrangers et droit social.' },
  { key: 'cgg-antwerpen', name: 'CGG Het Anker', country: 'BE', city: 'Antwerpen', description: 'Fictief centrum voor geestelijke gezondheidszorg.' },
  { key: 'drughulp-antwerpen', name: 'Drughulp Kiel', country: 'BE', city: 'Antwerpen', description: 'Fictieve laagdrempelige drughulp en spuitenruil.' },
  { key: 'passerelle-bruxelles', name: 'Centre Passerelle', country: 'BE', city: 'Bruxelles', description: 'Centre fictif d’accompagnement des usagers de drogues.' },
  { key: 'csg-arnhem', name: 'Centrum Seksuele Gezondheid Rijnoever', country: 'NL', city: 'Arnhem', description: 'Fictief centrum voor seksuele gezondheid.' },
  { key: 'verslaving-oost', name: 'Verslavingszorg De Overkant', country: 'NL', city: 'Arnhem', description: 'Fictieve verslavingszorg in Gelderland en Brabant.' },
  { key: 'wijkteam-arnhem', name: 'Sociaal Wijkteam Arnhem-Centrum', country: 'NL', city: 'Arnhem', description: 'Fictief gemeentelijk wijkteam: inkomen, wonen, zorg.' },
  { key: 'rechtshulp-brabant', name: 'Rechtshulp Oost-Brabant', country: 'NL', city: "'s-Hertogenbosch", description: 'Fictief juridisch spreekuur.' },
  { key: 'ggz-kempenland', name: 'GGZ Kempenland', country: 'NL', city: 'Eindhoven', description: 'Fictieve specialistische ggz, ook traumabehandeling.' },
  { key: 'opvang-linde', name: 'Opvanghuis De Linde', country: 'NL', city: 'Nijmegen', description: 'Fictieve beschermde opvang voor slachtoffers van mensenhandel.' },
] as const;

export type DemoOrganisationKey = (typeof DEMO_ORGANISATIONS)[number]['key'];

export interface DemoUser {
  email: string;
  displayName: string;
  organisation?: DemoOrganisationKey;
  role?: MemberRole;
  coordinator?: boolean;
  locale?: Locale;
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'coordinator@brug.test', displayName: 'Network Coordinator (demo)', coordinator: true, locale: Locale.en },
  { email: 'admin@boysproject.test', displayName: 'Robin Admin (demo)', organisation: 'boysproject', role: MemberRole.ORG_ADMIN },
  { email: 'sam@boysproject.test', displayName: 'Sam (demo)', organisation: 'boysproject' },
  { email: 'jules@alias.test', displayName: 'Jules (démo)', organisation: 'alias', locale: Locale.fr },
  { email: 'lotte@nextstep.test', displayName: 'Lotte (demo)', organisation: 'nextstep' },
  { email: 'noor@moviera.test', displayName: 'Noor (demo)', organisation: 'moviera' },
  { email: 'admin@moviera.test', displayName: 'Kim Admin (demo)', organisation: 'moviera', role: MemberRole.ORG_ADMIN },
  { email: 'ines@rups-denbosch.test', displayName: 'Ines (demo)', organisation: 'rups' },
];

export interface DemoLocation {
  key: string;
  organisation: DemoOrganisationKey;
  name: string;
  address: string;
  postalCode: string;
  city: string;
  region: string;
  visibility?: AddressVisibility;
}

/** Fictional street addresses ("Voorbeeldstraat") in the right cities. */
export const DEMO_LOCATIONS: DemoLocation[] = [
  { key: 'boysproject', organisation: 'boysproject', name: 'Boysproject Antwerpen', address: 'Voorbeeldstraat 12', postalCode: '2060', city: 'Antwerpen', region: 'BE-VAN' },
  { key: 'alias', organisation: 'alias', name: 'Alias – permanence', address: "Rue de l'Exemple 21", postalCode: '1000', city: 'Bruxelles', region: 'BE-BRU' },
  { key: 'moviera', organisation: 'moviera', name: 'Moviera kantoor Arnhem', address: 'Voorbeeldweg 3', postalCode: '6811', city: 'Arnhem', region: 'NL-GE', visibility: AddressVisibility.NETWORK },
  { key: 'moviera-shelter', organisation: 'moviera', name: 'Moviera beschermde opvang', address: 'Geheimlaan 7', postalCode: '6822', city: 'Arnhem', region: 'NL-GE', visibility: AddressVisibility.HIDDEN },
  { key: 'nextstep', organisation: 'nextstep', name: 'NextStep Arnhem', address: 'Voorbeeldplein 8', postalCode: '6821', city: 'Arnhem', region: 'NL-GE' },
  { key: 'rups', organisation: 'rups', name: 'RUPS Den Bosch', address: 'Voorbeeldkade 5', postalCode: '5211', city: "'s-Hertogenbosch", region: 'NL-NB' },
  { key: 'lumens', organisation: 'lumens', name: 'Lumens Eindhoven', address: 'Voorbeeldlaan 40', postalCode: '5611', city: 'Eindhoven', region: 'NL-NB' },
  { key: 'soa-antwerpen', organisation: 'soa-antwerpen', name: 'Polikliniek Scheldezicht', address: 'Voorbeeldkaai 2', postalCode: '2000', city: 'Antwerpen', region: 'BE-VAN' },
  { key: 'caw-antwerpen', organisation: 'caw-antwerpen', name: 'CAW Scheldeland onthaal', address: 'Voorbeeldlei 30', postalCode: '2018', city: 'Antwerpen', region: 'BE-VAN' },
  { key: 'caw-shelter', organisation: 'caw-antwerpen', name: 'Nachtopvang De Luwte', address: 'Verborgenstraat 9', postalCode: '2060', city: 'Antwerpen', region: 'BE-VAN', visibility: AddressVisibility.HIDDEN },
  { key: 'ocmw-antwerpen', organisation: 'ocmw-antwerpen', name: 'Sociaal Huis Zuid', address: 'Voorbeeldmarkt 1', postalCode: '2020', city: 'Antwerpen', region: 'BE-VAN' },
  { key: 'cpas-bruxelles', organisation: 'cpas-bruxelles', name: 'CPAS – antenne Clemenceau', address: "Avenue de l'Exemple 100", postalCode: '1070', city: 'Anderlecht', region: 'BE-BRU' },
  { key: 'legal-antwerpen', organisation: 'legal-antwerpen', name: 'Steunpunt centrum', address: 'Voorbeeldstraat 77', postalCode: '2000', city: 'Antwerpen', region: 'BE-VAN' },
  { key: 'legal-bruxelles', organisation: 'legal-bruxelles', name: 'Point Droit Midi', address: "Rue de l'Exemple 54", postalCode: '1060', city: 'Saint-Gilles', region: 'BE-BRU' },
  { key: 'cgg-antwerpen', organisation: 'cgg-antwerpen', name: 'CGG Het Anker Borgerhout', address: 'Voorbeeldstraat 150', postalCode: '2140', city: 'Antwerpen', region: 'BE-VAN', visibility: AddressVisibility.NETWORK },
  { key: 'drughulp-antwerpen', organisation: 'drughulp-antwerpen', name: 'Drughulp Kiel', address: 'Voorbeeldplaats 4', postalCode: '2020', city: 'Antwerpen', region: 'BE-VAN' },
  { key: 'passerelle-bruxelles', organisation: 'passerelle-bruxelles', name: 'Centre Passerelle', address: "Boulevard de l'Exemple 18", postalCode: '1000', city: 'Bruxelles', region: 'BE-BRU' },
  { key: 'csg-arnhem', organisation: 'csg-arnhem', name: 'CSG Rijnoever', address: 'Voorbeeldsingel 60', postalCode: '6811', city: 'Arnhem', region: 'NL-GE' },
  { key: 'overkant-arnhem', organisation: 'verslaving-oost', name: 'De Overkant Arnhem', address: 'Voorbeeldstraat 9', postalCode: '6812', city: 'Arnhem', region: 'NL-GE' },
  { key: 'overkant-eindhoven', organisation: 'verslaving-oost', name: 'De Overkant Eindhoven', address: 'Voorbeeldweg 120', postalCode: '5612', city: 'Eindhoven', region: 'NL-NB' },
  { key: 'wijkteam-arnhem', organisation: 'wijkteam-arnhem', name: 'Wijkteampost Centrum', address: 'Voorbeeldhof 2', postalCode: '6811', city: 'Arnhem', region: 'NL-GE' },
  { key: 'rechtshulp-brabant', organisation: 'rechtshulp-brabant', name: 'Spreekuurlocatie Den Bosch', address: 'Voorbeeldmarkt 15', postalCode: '5211', city: "'s-Hertogenbosch", region: 'NL-NB' },
  { key: 'ggz-kempenland', organisation: 'ggz-kempenland', name: 'GGZ Kempenland polikliniek', address: 'Voorbeeldboulevard 8', postalCode: '5623', city: 'Eindhoven', region: 'NL-NB' },
  { key: 'linde-shelter', organisation: 'opvang-linde', name: 'Opvanghuis De Linde', address: 'Verborgenweg 1', postalCode: '6500', city: 'Nijmegen', region: 'NL-GE', visibility: AddressVisibility.HIDDEN },
];

export interface DemoService {
  organisation: DemoOrganisationKey;
  name: string;
  alternateName?: string;
  description: string;
  categories: C[];
  targetGroups: T[];
  languages: string[];
  serviceAreas: string[];
  minimumAge?: number;
  maximumAge?: number;
  eligibility?: string;
  fees?: string;
  applicationProcess: string;
  anonymousAccess?: boolean;
  schedule: string;
  contactPhone?: string;
  contactEmail?: string;
  capacityStatus: CapacityStatus;
  waitingDays?: number;
  /** Days before loading that the listing was last confirmed (over ~183: stale). */
  confirmedDaysAgo: number;
  locations: string[];
  archived?: boolean;
}

const SEX_WORKERS = [T.MALE_SEX_WORKERS, T.TRANS_SEX_WORKERS, T.FEMALE_SEX_WORKERS];

/** Phone numbers are obviously fictional (000 blocks); e-mail addresses use .test domains. */
export const DEMO_SERVICES: DemoService[] = [
  {
    organisation: 'boysproject', name: 'Straathoekwerk en outreach', description: 'Twee avonden per week zoeken straathoekwerkers mannelijke en trans sekswerkers op in tippelzones, bars en online. Vertrouwen opbouwen, informatie, condooms en doorverwijzing.',
    categories: [C.OUTREACH, C.HARM_REDUCTION], targetGroups: [T.MALE_SEX_WORKERS, T.TRANS_SEX_WORKERS], languages: ['nl', 'fr', 'en', 'ro', 'bg', 'es'], serviceAreas: ['BE-VAN'],
    applicationProcess: 'Geen aanmelding: de werkers komen naar je toe. Collega-organisaties kunnen een eerste contact vragen via het team.', anonymousAccess: true,
    schedule: 'Dinsdag- en donderdagavond, 20–24 u', contactPhone: '+32 3 000 10 01', contactEmail: 'outreach@boysproject.test', capacityStatus: CapacityStatus.AVAILABLE, waitingDays: 0, confirmedDaysAgo: 12, locations: ['boysproject'],
  },
  {
    organisation: 'boysproject', name: 'Anonieme soa- en hiv-test', alternateName: 'STI/HIV test Boysproject', description: 'Gratis en anonieme soa- en hiv-test op de permanentie, met een verpleegkundige en een vertrouwde werker. Resultaten persoonlijk besproken; behandeling via de soa-polikliniek.',
    categories: [C.STI_HIV_TESTING, C.MEDICAL_CARE], targetGroups: [T.MALE_SEX_WORKERS, T.TRANS_SEX_WORKERS], languages: ['nl', 'fr', 'en', 'es', 'ro'], serviceAreas: ['BE-VAN'],
    fees: 'Gratis', applicationProcess: 'Kom langs op de permanentie of laat je werker een afspraak maken. Geen identiteitsbewijs nodig.', anonymousAccess: true,
    schedule: 'Woensdag 14–18 u', contactPhone: '+32 3 000 10 02', capacityStatus: CapacityStatus.AVAILABLE, waitingDays: 3, confirmedDaysAgo: 20, locations: ['boysproject'],
  },
  {
    organisation: 'boysproject', name: 'Psychosociale begeleiding', description: 'Individuele begeleiding op alle levensdomeinen: wonen, inkomen, papieren, gezondheid, relaties en eigenwaarde. Ook begeleiding naar andere diensten (warme overdracht).',
    categories: [C.SOCIAL_SERVICES, C.PEER_SUPPORT, C.LGBTQIA_SUPPORT], targetGroups: [T.MALE_SEX_WORKERS, T.TRANS_SEX_WORKERS, T.PEOPLE_LEAVING_SEX_WORK], languages: ['nl', 'fr', 'en'], serviceAreas: ['BE-VAN'],
    applicationProcess: 'Verwijzing via Brug of tijdens de permanentie.', anonymousAccess: true, schedule: 'Op afspraak, maandag tot vrijdag',
    capacityStatus: CapacityStatus.WAITLIST, waitingDays: 14, confirmedDaysAgo: 40, locations: ['boysproject'],
  },
  {
    organisation: 'boysproject', name: 'Inloopmoment op zondag (stopgezet)', description: 'Vroeger inloopmoment op zondagnamiddag; vervangen door de permanentie op woensdag.',
    categories: [C.PEER_SUPPORT], targetGroups: [T.MALE_SEX_WORKERS], languages: ['nl'], serviceAreas: ['BE-VAN'], applicationProcess: 'Niet meer van toepassing.', schedule: '—',
    capacityStatus: CapacityStatus.NOT_ACCEPTING, confirmedDaysAgo: 400, locations: ['boysproject'], archived: true,
  },
  {
    organisation: 'alias', name: 'Permanence psycho-médico-sociale', description: "Accueil sans rendez-vous : consultation médicale, soutien psychologique et accompagnement social pour les hommes et personnes trans travailleurs du sexe.",
    categories: [C.MEDICAL_CARE, C.MENTAL_HEALTH, C.SOCIAL_SERVICES], targetGroups: [T.MALE_SEX_WORKERS, T.TRANS_SEX_WORKERS], languages: ['fr', 'nl', 'en', 'es', 'pt', 'ro', 'ar'], serviceAreas: ['BE-BRU'],
    fees: 'Gratuit', applicationProcess: 'Sans rendez-vous pendant la permanence, ou orientation par un partenaire via Brug.', anonymousAccess: true,
    schedule: 'Lundi et jeudi 13h–17h', contactPhone: '+32 2 000 20 01', contactEmail: 'permanence@alias.test', capacityStatus: CapacityStatus.AVAILABLE, waitingDays: 1, confirmedDaysAgo: 30, locations: ['alias'],
  },
  {
    organisation: 'alias', name: 'Travail de rue', description: 'Présence dans les lieux de prostitution masculine à Bruxelles (rue, bars, saunas, en ligne) : information, matériel de prévention, orientation.',
    categories: [C.OUTREACH, C.HARM_REDUCTION], targetGroups: [T.MALE_SEX_WORKERS, T.TRANS_SEX_WORKERS], languages: ['fr', 'nl', 'en', 'es', 'ro'], serviceAreas: ['BE-BRU'],
    applicationProcess: 'Pas de démarche : les travailleurs de rue viennent à vous.', anonymousAccess: true, schedule: 'Trois soirs par semaine',
    capacityStatus: CapacityStatus.AVAILABLE, confirmedDaysAgo: 60, locations: ['alias'],
  },
  {
    organisation: 'alias', name: 'Dépistage IST/VIH et PrEP', description: 'Dépistage rapide IST/VIH et suivi PrEP avec un médecin partenaire.',
    categories: [C.STI_HIV_TESTING, C.PREP_PEP], targetGroups: [T.MALE_SEX_WORKERS, T.TRANS_SEX_WORKERS, T.LGBTQIA], languages: ['fr', 'nl', 'en', 'pt'], serviceAreas: ['BE-BRU'],
    fees: 'Gratuit', applicationProcess: 'Sur rendez-vous, pris par votre travailleur ou par téléphone.', anonymousAccess: true, schedule: 'Jeudi 17h–20h',
    capacityStatus: CapacityStatus.WAITLIST, waitingDays: 10, confirmedDaysAgo: 90, locations: ['alias'],
  },
  {
    organisation: 'moviera', name: 'Zorgcoördinatie slachtoffers mensenhandel', description: 'Een vaste zorgcoördinator regelt opvang, medische zorg, juridische hulp en begeleiding voor (vermoedelijke) slachtoffers van mensenhandel in Gelderland.',
    categories: [C.TRAFFICKING_CARE, C.VIOLENCE_SUPPORT, C.SOCIAL_SERVICES], targetGroups: [T.TRAFFICKING_VICTIMS], languages: ['nl', 'en', 'ro', 'bg', 'es', 'pt'], serviceAreas: ['NL-GE'],
    eligibility: 'Signalen van mensenhandel; aangifte is niet vereist.', applicationProcess: 'Aanmelden via Brug of telefonisch bij de zorgcoördinatie; bij acuut gevaar 112.',
    schedule: 'Werkdagen 9–17 u; crisisdienst buiten kantoortijd', contactPhone: '+31 26 000 3001', capacityStatus: CapacityStatus.WAITLIST, waitingDays: 7, confirmedDaysAgo: 25, locations: ['moviera'],
  },
  {
    organisation: 'moviera', name: 'Beschermde opvang mensenhandel', description: 'Beveiligde opvang met 24-uursbegeleiding. Het adres wordt alleen binnen Moviera gedeeld.',
    categories: [C.HOUSING_SHELTER, C.TRAFFICKING_CARE], targetGroups: [T.TRAFFICKING_VICTIMS], languages: ['nl', 'en', 'ro', 'bg'], serviceAreas: ['NL'],
    minimumAge: 18, applicationProcess: 'Alleen via de zorgcoördinatie van Moviera.', schedule: 'Dag en nacht',
    capacityStatus: CapacityStatus.FULL, waitingDays: 30, confirmedDaysAgo: 15, locations: ['moviera-shelter'],
  },
  {
    organisation: 'nextstep', name: 'Uitstapprogramma NextStep', description: 'Begeleiding bij stoppen met sekswerk: inkomen, wonen, opleiding en werk, in je eigen tempo.',
    categories: [C.EXIT_PROGRAMME, C.WORK_EDUCATION, C.INCOME_DEBTS], targetGroups: [T.PEOPLE_LEAVING_SEX_WORK, ...SEX_WORKERS], languages: ['nl', 'en', 'es'], serviceAreas: ['NL-GE'],
    applicationProcess: 'Intakegesprek na verwijzing via Brug of eigen aanmelding.', schedule: 'Werkdagen, op afspraak', contactEmail: 'intake@nextstep.test',
    capacityStatus: CapacityStatus.AVAILABLE, waitingDays: 5, confirmedDaysAgo: 45, locations: ['nextstep'],
  },
  {
    organisation: 'nextstep', name: 'Schuldhulp bij uitstap', description: 'Overzicht van schulden, contact met schuldeisers en toeleiding naar schuldsanering voor deelnemers aan het uitstapprogramma.',
    categories: [C.INCOME_DEBTS], targetGroups: [T.PEOPLE_LEAVING_SEX_WORK], languages: ['nl', 'en'], serviceAreas: ['NL-GE'],
    applicationProcess: 'Alleen voor deelnemers van het uitstapprogramma.', schedule: 'Dinsdag en donderdag',
    capacityStatus: CapacityStatus.WAITLIST, waitingDays: 21, confirmedDaysAgo: 250, locations: ['nextstep'],
  },
  {
    organisation: 'rups', name: 'RUPS uitstaptraject', description: 'Regionaal uitstapprogramma: een casemanager helpt met uitkering, huisvesting, schulden, zorg en een nieuw dagritme.',
    categories: [C.EXIT_PROGRAMME, C.INCOME_DEBTS, C.HOUSING_SHELTER], targetGroups: [T.PEOPLE_LEAVING_SEX_WORK, ...SEX_WORKERS], languages: ['nl', 'en', 'pl', 'ro'], serviceAreas: ['NL-NB'],
    applicationProcess: 'Aanmelden via Brug of het spreekuur.', schedule: 'Werkdagen', contactPhone: '+31 73 000 4001',
    capacityStatus: CapacityStatus.WAITLIST, waitingDays: 21, confirmedDaysAgo: 70, locations: ['rups'],
  },
  {
    organisation: 'rups', name: 'Inloopspreekuur sekswerkers', description: 'Wekelijks inloopspreekuur voor vragen over werk, gezondheid, geld en stoppen.',
    categories: [C.OUTREACH, C.PEER_SUPPORT], targetGroups: SEX_WORKERS, languages: ['nl', 'en'], serviceAreas: ['NL-NB'],
    applicationProcess: 'Gewoon binnenlopen.', anonymousAccess: true, schedule: 'Woensdag 10–12 u',
    capacityStatus: CapacityStatus.AVAILABLE, waitingDays: 0, confirmedDaysAgo: 300, locations: ['rups'],
  },
  {
    organisation: 'lumens', name: 'Consultatie jongensprostitutie voor professionals', description: 'Expertisecentrum: advies aan hulpverleners over signalen van jongensprostitutie en passende hulp.',
    categories: [C.VIOLENCE_SUPPORT, C.SOCIAL_SERVICES], targetGroups: [T.YOUNG_PEOPLE, T.MALE_SEX_WORKERS], languages: ['nl', 'en'], serviceAreas: ['NL'],
    applicationProcess: 'Bel of mail het expertisecentrum; consultatie binnen een week.', schedule: 'Werkdagen 9–17 u', contactEmail: 'expertise@lumens.test',
    capacityStatus: CapacityStatus.AVAILABLE, waitingDays: 5, confirmedDaysAgo: 100, locations: ['lumens'],
  },
  {
    organisation: 'lumens', name: 'Jongerenbegeleiding bij seksuele uitbuiting', description: 'Ambulante begeleiding van jongens en jonge mannen die seksueel uitgebuit worden of werden.',
    categories: [C.VIOLENCE_SUPPORT, C.TRAFFICKING_CARE, C.MENTAL_HEALTH], targetGroups: [T.YOUNG_PEOPLE, T.TRAFFICKING_VICTIMS], languages: ['nl', 'en', 'ar'], serviceAreas: ['NL-NB'],
    minimumAge: 12, maximumAge: 23, applicationProcess: 'Na consultatie met het expertisecentrum.', schedule: 'Op afspraak',
    capacityStatus: CapacityStatus.NOT_ACCEPTING, confirmedDaysAgo: 35, locations: ['lumens'],
  },
  {
    organisation: 'soa-antwerpen', name: 'Soa-polikliniek: test en behandeling', description: 'Testen op hiv, syfilis, chlamydia en gonorroe, met behandeling en partnerwaarschuwing. Ook zonder ziekteverzekering.',
    categories: [C.STI_HIV_TESTING, C.MEDICAL_CARE], targetGroups: [T.EVERYONE], languages: ['nl', 'fr', 'en', 'es', 'pt'], serviceAreas: ['BE-VAN', 'BE-VOV'],
    fees: 'Gratis voor sekswerkers; anders remgeld', applicationProcess: 'Online afspraak of verwijzing via Brug.', anonymousAccess: true,
    schedule: 'Maandag tot vrijdag 8–16 u', contactPhone: '+32 3 000 50 01', capacityStatus: CapacityStatus.AVAILABLE, waitingDays: 2, confirmedDaysAgo: 10, locations: ['soa-antwerpen'],
  },
  {
    organisation: 'soa-antwerpen', name: 'PrEP- en PEP-consultatie', description: 'Start en opvolging van PrEP; PEP na een risico binnen 72 uur.',
    categories: [C.PREP_PEP], targetGroups: [T.EVERYONE], languages: ['nl', 'fr', 'en'], serviceAreas: ['BE-VAN'],
    applicationProcess: 'PEP: kom meteen. PrEP: afspraak.', schedule: 'Werkdagen', capacityStatus: CapacityStatus.WAITLIST, waitingDays: 20, confirmedDaysAgo: 50, locations: ['soa-antwerpen'],
  },
  {
    organisation: 'caw-antwerpen', name: 'Woonbegeleiding en huisvestingsadvies', description: 'Hulp bij het zoeken en behouden van een woning, sociale huur, huurwaarborg en dreigende uithuiszetting.',
    categories: [C.HOUSING_SHELTER, C.SOCIAL_SERVICES], targetGroups: [T.EVERYONE], languages: ['nl', 'fr', 'en'], serviceAreas: ['BE-VAN'],
    applicationProcess: 'Onthaal zonder afspraak, daarna een vaste begeleider.', schedule: 'Onthaal: maandag, woensdag, vrijdag 9–12 u', contactPhone: '+32 3 000 60 01',
    capacityStatus: CapacityStatus.WAITLIST, waitingDays: 45, confirmedDaysAgo: 80, locations: ['caw-antwerpen'],
  },
  {
    organisation: 'caw-antwerpen', name: 'Nachtopvang De Luwte', description: 'Crisisopvang voor de nacht voor dak- en thuislozen. Het adres wordt niet gepubliceerd.',
    categories: [C.HOUSING_SHELTER], targetGroups: [T.HOMELESS, T.PEOPLE_WHO_USE_DRUGS], languages: ['nl', 'fr', 'en', 'ar'], serviceAreas: ['BE-VAN'],
    minimumAge: 18, applicationProcess: 'Bel vanaf 17 u om een bed te vragen; na bevestiging krijg je het adres.', anonymousAccess: true, schedule: 'Elke nacht 20–9 u',
    contactPhone: '+32 3 000 60 02', capacityStatus: CapacityStatus.FULL, waitingDays: 3, confirmedDaysAgo: 5, locations: ['caw-shelter'],
  },
  {
    organisation: 'ocmw-antwerpen', name: 'Leefloon en sociale hulp', alternateName: 'OCMW', description: 'Recht op leefloon, huurpremie, energiehulp en andere sociale hulp; een maatschappelijk werker onderzoekt je situatie.',
    categories: [C.SOCIAL_SERVICES, C.INCOME_DEBTS], targetGroups: [T.EVERYONE], languages: ['nl', 'fr', 'en'], serviceAreas: ['BE-VAN'],
    eligibility: 'Ingeschreven of verblijvend in het werkgebied.', applicationProcess: 'Aanvraag aan het loket; beslissing binnen 30 dagen.', schedule: 'Werkdagen 9–12 u',
    capacityStatus: CapacityStatus.AVAILABLE, waitingDays: 10, confirmedDaysAgo: 400, locations: ['ocmw-antwerpen'],
  },
  {
    organisation: 'ocmw-antwerpen', name: 'Dringende medische hulp', description: 'Dringende medische hulp (DMH) voor mensen zonder wettig verblijf: attest en toegang tot huisarts en ziekenhuis.',
    categories: [C.MEDICAL_CARE, C.RESIDENCE_MIGRATION], targetGroups: [T.MIGRANTS_UNDOCUMENTED], languages: ['nl', 'fr', 'en', 'es'], serviceAreas: ['BE-VAN'],
    applicationProcess: 'Aanvraag met een medisch attest; sociaal onderzoek aan huis.', schedule: 'Werkdagen', capacityStatus: CapacityStatus.AVAILABLE, waitingDays: 7, confirmedDaysAgo: 120, locations: ['ocmw-antwerpen'],
  },
  {
    organisation: 'cpas-bruxelles', name: "Aide sociale et revenu d'intégration", alternateName: 'CPAS', description: "Revenu d'intégration, aide médicale urgente, aide au logement et médiation de dettes.",
    categories: [C.SOCIAL_SERVICES, C.INCOME_DEBTS, C.MEDICAL_CARE], targetGroups: [T.EVERYONE, T.MIGRANTS_UNDOCUMENTED], languages: ['fr', 'nl', 'ar', 'en'], serviceAreas: ['BE-BRU'],
    applicationProcess: 'Demande au guichet ; enquête sociale ; décision dans les 30 jours.', schedule: 'Lundi à vendredi 8h30–11h30',
    capacityStatus: CapacityStatus.AVAILABLE, waitingDays: 14, confirmedDaysAgo: 95, locations: ['cpas-bruxelles'],
  },
  {
    organisation: 'legal-antwerpen', name: 'Juridisch advies: verblijf, arbeid en schulden', description: 'Gratis eerstelijns juridisch advies; doorverwijzing naar een pro-Deoadvocaat.',
    categories: [C.LEGAL_AID, C.RESIDENCE_MIGRATION, C.INCOME_DEBTS], targetGroups: [T.EVERYONE], languages: ['nl', 'fr', 'en', 'ar'], serviceAreas: ['BE-VAN', 'BE-VOV'],
    fees: 'Gratis', applicationProcess: 'Spreekuur zonder afspraak, of een afspraak via Brug.', schedule: 'Dinsdag 18–20 u, zaterdag 10–12 u',
    capacityStatus: CapacityStatus.WAITLIST, waitingDays: 14, confirmedDaysAgo: 200, locations: ['legal-antwerpen'],
  },
  {
    organisation: 'legal-bruxelles', name: 'Permanence juridique droit des étrangers', description: 'Séjour, demande de protection, statut de victime de la traite, documents d’identité.',
    categories: [C.LEGAL_AID, C.RESIDENCE_MIGRATION, C.IDENTITY_PAPERS], targetGroups: [T.MIGRANTS_UNDOCUMENTED, T.TRAFFICKING_VICTIMS], languages: ['fr', 'nl', 'en', 'es', 'pt', 'ar'], serviceAreas: ['BE-BRU', 'BE-WBR'],
    fees: 'Gratuit', applicationProcess: 'Permanence sans rendez-vous.', schedule: 'Mercredi 14h–17h',
    capacityStatus: CapacityStatus.AVAILABLE, waitingDays: 0, confirmedDaysAgo: 60, locations: ['legal-bruxelles'],
  },
  {
    organisation: 'cgg-antwerpen', name: 'Ambulante geestelijke gezondheidszorg', description: 'Diagnostiek en behandeling bij angst, depressie, trauma en crisis, door psychologen en psychiaters.',
    categories: [C.MENTAL_HEALTH], targetGroups: [T.EVERYONE], languages: ['nl', 'en'], serviceAreas: ['BE-VAN'],
    minimumAge: 18, fees: 'Beperkte bijdrage, vrijstelling mogelijk', applicationProcess: 'Aanmelding telefonisch of via Brug; intakegesprek.', schedule: 'Werkdagen',
    capacityStatus: CapacityStatus.WAITLIST, waitingDays: 60, confirmedDaysAgo: 150, locations: ['cgg-antwerpen'],
  },
  {
    organisation: 'drughulp-antwerpen', name: 'Spuitenruil en drugadvies', description: 'Anonieme spuitenruil, naloxon, advies over veiliger gebruik en toeleiding naar behandeling.',
    categories: [C.ADDICTION_CARE, C.HARM_REDUCTION], targetGroups: [T.PEOPLE_WHO_USE_DRUGS], languages: ['nl', 'fr', 'en', 'bg'], serviceAreas: ['BE-VAN'],
    applicationProcess: 'Binnenlopen.', anonymousAccess: true, schedule: 'Elke dag 10–18 u', capacityStatus: CapacityStatus.AVAILABLE, waitingDays: 0, confirmedDaysAgo: 8, locations: ['drughulp-antwerpen'],
  },
  {
    organisation: 'passerelle-bruxelles', name: 'Accompagnement en assuétudes', description: 'Accompagnement psychosocial et traitement de substitution pour les usagers de drogues.',
    categories: [C.ADDICTION_CARE, C.MENTAL_HEALTH], targetGroups: [T.PEOPLE_WHO_USE_DRUGS], languages: ['fr', 'nl'], serviceAreas: ['BE-BRU'],
    applicationProcess: 'Premier entretien sur rendez-vous.', schedule: 'Lundi à vendredi', capacityStatus: CapacityStatus.FULL, waitingDays: 40, confirmedDaysAgo: 190, locations: ['passerelle-bruxelles'],
  },
  {
    organisation: 'csg-arnhem', name: 'Soa-spreekuur en seksuele gezondheid', description: 'Soa- en hiv-test, behandeling, PrEP en vaccinaties. Gratis voor sekswerkers.',
    categories: [C.STI_HIV_TESTING, C.PREP_PEP, C.MEDICAL_CARE], targetGroups: [...SEX_WORKERS, T.LGBTQIA], languages: ['nl', 'en'], serviceAreas: ['NL-GE'],
    fees: 'Gratis voor sekswerkers', applicationProcess: 'Afspraak telefonisch of via Brug.', anonymousAccess: true, schedule: 'Maandag tot donderdag',
    contactPhone: '+31 26 000 7001', capacityStatus: CapacityStatus.AVAILABLE, waitingDays: 4, confirmedDaysAgo: 22, locations: ['csg-arnhem'],
  },
  {
    organisation: 'verslaving-oost', name: 'Ambulante verslavingszorg', description: 'Behandeling bij problemen met alcohol, drugs, gokken of chemsex; ook in het Engels.',
    categories: [C.ADDICTION_CARE, C.MENTAL_HEALTH], targetGroups: [T.PEOPLE_WHO_USE_DRUGS, T.EVERYONE], languages: ['nl', 'en'], serviceAreas: ['NL-GE', 'NL-NB'],
    minimumAge: 18, applicationProcess: 'Verwijzing van de huisarts nodig; Brug-verwijzing versnelt het intakegesprek.', schedule: 'Werkdagen',
    capacityStatus: CapacityStatus.WAITLIST, waitingDays: 28, confirmedDaysAgo: 130, locations: ['overkant-arnhem', 'overkant-eindhoven'],
  },
  {
    organisation: 'wijkteam-arnhem', name: 'Wijkteam: inkomen, wonen en zorg', description: 'Gemeentelijke toegang tot bijstand, schuldhulp, Wmo-ondersteuning en huisvesting.',
    categories: [C.SOCIAL_SERVICES, C.INCOME_DEBTS, C.HOUSING_SHELTER], targetGroups: [T.EVERYONE], languages: ['nl', 'en', 'tr', 'ar'], serviceAreas: ['NL-GE'],
    eligibility: 'Inwoners van Arnhem.', applicationProcess: 'Inloop of telefonische aanmelding.', schedule: 'Werkdagen 9–17 u',
    capacityStatus: CapacityStatus.AVAILABLE, waitingDays: 10, confirmedDaysAgo: 220, locations: ['wijkteam-arnhem'],
  },
  {
    organisation: 'rechtshulp-brabant', name: 'Gratis juridisch spreekuur', description: 'Advies over verblijf, arbeid, huur, schulden en aangifte; doorverwijzing naar een advocaat.',
    categories: [C.LEGAL_AID, C.RESIDENCE_MIGRATION], targetGroups: [T.EVERYONE], languages: ['nl', 'en'], serviceAreas: ['NL-NB'],
    fees: 'Gratis', applicationProcess: 'Spreekuur zonder afspraak.', schedule: 'Donderdag 13–16 u', capacityStatus: CapacityStatus.AVAILABLE, waitingDays: 0, confirmedDaysAgo: 75, locations: ['rechtshulp-brabant'],
  },
  {
    organisation: 'ggz-kempenland', name: 'Traumabehandeling', description: 'Behandeling van PTSS en complex trauma, ook na mensenhandel of seksueel geweld (EMDR, traumagerichte therapie).',
    categories: [C.MENTAL_HEALTH, C.VIOLENCE_SUPPORT], targetGroups: [T.TRAFFICKING_VICTIMS, T.EVERYONE], languages: ['nl', 'en', 'ar'], serviceAreas: ['NL-NB', 'NL-LI'],
    minimumAge: 16, applicationProcess: 'Verwijzing van huisarts of zorgcoördinator nodig.', schedule: 'Werkdagen',
    capacityStatus: CapacityStatus.WAITLIST, waitingDays: 90, confirmedDaysAgo: 60, locations: ['ggz-kempenland'],
  },
  {
    organisation: 'opvang-linde', name: 'Categorale opvang slachtoffers mensenhandel', description: 'Beschermde opvang en begeleiding tijdens de bedenktijd en daarna. Het adres blijft geheim.',
    categories: [C.HOUSING_SHELTER, C.TRAFFICKING_CARE], targetGroups: [T.TRAFFICKING_VICTIMS], languages: ['nl', 'en', 'ro', 'bg', 'es', 'pt'], serviceAreas: ['NL'],
    minimumAge: 18, applicationProcess: 'Plaatsing via CoMensha of de zorgcoördinator.', schedule: 'Dag en nacht', contactPhone: '+31 24 000 9001',
    capacityStatus: CapacityStatus.FULL, waitingDays: 14, confirmedDaysAgo: 40, locations: ['linde-shelter'],
  },
];
