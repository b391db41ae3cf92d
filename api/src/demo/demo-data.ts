import { MemberRole } from '../modules/identity/membership.entity';
import { Locale } from '../modules/identity/user.entity';

/** Real organisation names, fictional people: no real person's name, phone or e-mail. */
export const DEMO_ORGANISATIONS = [
  { key: 'boysproject', name: 'Boysproject', country: 'BE', city: 'Antwerpen', description: 'Outreach en harm reduction voor mannelijke en trans sekswerkers in Antwerpen.' },
  { key: 'alias', name: 'Alias', country: 'BE', city: 'Bruxelles', description: 'Travail de rue et accompagnement psycho-médico-social des travailleurs du sexe masculins à Bruxelles.' },
  { key: 'moviera', name: 'Moviera', country: 'NL', city: 'Arnhem', description: 'Zorgcoördinatie voor slachtoffers van mensenhandel in Gelderland.' },
  { key: 'nextstep', name: 'NextStep', country: 'NL', city: 'Arnhem', description: 'Uitstapprogramma voor sekswerkers die willen stoppen.' },
  { key: 'rups', name: 'RUPS Den Bosch', country: 'NL', city: "'s-Hertogenbosch", description: 'Regionaal uitstapprogramma prostituees in Noord-Brabant.' },
  { key: 'lumens', name: 'Lumens', country: 'NL', city: 'Eindhoven', description: 'Expertisecentrum jongensprostitutie.' },
] as const;

export interface DemoUser {
  email: string;
  displayName: string;
  organisation?: (typeof DEMO_ORGANISATIONS)[number]['key'] | string;
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
  { email: 'ines@rups-denbosch.test', displayName: 'Ines (demo)', organisation: 'rups' },
];
