import { registerEnumType } from 'type-graphql';

/**
 * Brug's service taxonomy: what a service offers. HSDS export maps each to a taxonomy_term
 * of the "brug" taxonomy. Labels per language live in the web app's translations.
 */
export enum ServiceCategory {
  OUTREACH = 'OUTREACH',
  HARM_REDUCTION = 'HARM_REDUCTION',
  STI_HIV_TESTING = 'STI_HIV_TESTING',
  PREP_PEP = 'PREP_PEP',
  MEDICAL_CARE = 'MEDICAL_CARE',
  MENTAL_HEALTH = 'MENTAL_HEALTH',
  ADDICTION_CARE = 'ADDICTION_CARE',
  HOUSING_SHELTER = 'HOUSING_SHELTER',
  INCOME_DEBTS = 'INCOME_DEBTS',
  LEGAL_AID = 'LEGAL_AID',
  RESIDENCE_MIGRATION = 'RESIDENCE_MIGRATION',
  EXIT_PROGRAMME = 'EXIT_PROGRAMME',
  TRAFFICKING_CARE = 'TRAFFICKING_CARE',
  VIOLENCE_SUPPORT = 'VIOLENCE_SUPPORT',
  WORK_EDUCATION = 'WORK_EDUCATION',
  IDENTITY_PAPERS = 'IDENTITY_PAPERS',
  LGBTQIA_SUPPORT = 'LGBTQIA_SUPPORT',
  PEER_SUPPORT = 'PEER_SUPPORT',
  SOCIAL_SERVICES = 'SOCIAL_SERVICES',
  INTERPRETING = 'INTERPRETING',
}
registerEnumType(ServiceCategory, { name: 'ServiceCategory', description: 'What a service offers (Brug taxonomy)' });

export enum TargetGroup {
  MALE_SEX_WORKERS = 'MALE_SEX_WORKERS',
  TRANS_SEX_WORKERS = 'TRANS_SEX_WORKERS',
  FEMALE_SEX_WORKERS = 'FEMALE_SEX_WORKERS',
  YOUNG_PEOPLE = 'YOUNG_PEOPLE',
  TRAFFICKING_VICTIMS = 'TRAFFICKING_VICTIMS',
  PEOPLE_LEAVING_SEX_WORK = 'PEOPLE_LEAVING_SEX_WORK',
  MIGRANTS_UNDOCUMENTED = 'MIGRANTS_UNDOCUMENTED',
  PEOPLE_WHO_USE_DRUGS = 'PEOPLE_WHO_USE_DRUGS',
  LGBTQIA = 'LGBTQIA',
  HOMELESS = 'HOMELESS',
  EVERYONE = 'EVERYONE',
}
registerEnumType(TargetGroup, { name: 'TargetGroup', description: 'Who a service is for' });

export enum CapacityStatus {
  AVAILABLE = 'AVAILABLE',
  WAITLIST = 'WAITLIST',
  FULL = 'FULL',
  NOT_ACCEPTING = 'NOT_ACCEPTING',
}
registerEnumType(CapacityStatus, { name: 'CapacityStatus', description: 'Whether a service takes new referrals now' });

export enum AddressVisibility {
  PUBLIC = 'PUBLIC',
  NETWORK = 'NETWORK',
  HIDDEN = 'HIDDEN',
}
registerEnumType(AddressVisibility, {
  name: 'AddressVisibility',
  description: 'PUBLIC: anyone; NETWORK: signed-in members; HIDDEN: own organisation only (shelters)',
});

export enum ListingStatus {
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(ListingStatus, { name: 'ListingStatus' });

/** Regions (a service area is one of these or a whole country) and languages: one list with the web app's. */
export { LANGUAGES, REGIONS, type Region } from '../../../../shared/places';
