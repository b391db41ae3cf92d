import { registerEnumType } from 'type-graphql';
import { LifeDomain } from '../clients';

/** What kind of place outreach goes to (Alias, Boysproject, RUPS: zones, venues, private houses, ad sites). */
export enum OutreachPlaceKind {
  /** A street or cruising zone ("tippelzone", park, station). */
  ZONE = 'ZONE',
  /** A bar, club, sauna or brothel. */
  VENUE = 'VENUE',
  PRIVATE_HOUSE = 'PRIVATE_HOUSE',
  /** An ad site, dating app or chat platform (digital outreach). */
  ONLINE = 'ONLINE',
}
registerEnumType(OutreachPlaceKind, { name: 'OutreachPlaceKind', description: 'Zone, venue, private house or online platform' });

/** Harm-reduction themes talked about on outreach, beside the life domains. */
export enum HarmReductionTheme {
  SAFER_SEX = 'SAFER_SEX',
  STI_HIV_TESTING = 'STI_HIV_TESTING',
  PREP_PEP = 'PREP_PEP',
  SAFER_DRUG_USE = 'SAFER_DRUG_USE',
  CHEMSEX = 'CHEMSEX',
  WORKING_SAFELY = 'WORKING_SAFELY',
  RIGHTS_AND_POLICE = 'RIGHTS_AND_POLICE',
  EXIT_OPTIONS = 'EXIT_OPTIONS',
}

/** A topic of an outreach session: a life domain (as in the client record) or a harm-reduction theme. */
export const OutreachTopic = { ...LifeDomain, ...HarmReductionTheme } as const;
export type OutreachTopic = LifeDomain | HarmReductionTheme;
registerEnumType(OutreachTopic, { name: 'OutreachTopic', description: 'A life domain or a harm-reduction theme talked about' });

export const OUTREACH_LIMITS = {
  /** Contacts, materials and referrals per session: a long night, not a census. */
  count: 100_000,
  signals: 2000,
  name: 200,
  peers: 50,
} as const;
