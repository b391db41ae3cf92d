import { registerEnumType } from 'type-graphql';

/** The sections of a client record; a consent names which of them an organisation may see. */
export enum Scope {
  IDENTITY = 'IDENTITY',
  CONTACT = 'CONTACT',
  PROFILE = 'PROFILE',
  LIFE_DOMAINS = 'LIFE_DOMAINS',
  HEALTH = 'HEALTH',
  SEX_WORK = 'SEX_WORK',
  SAFETY = 'SAFETY',
  NOTES = 'NOTES',
}
registerEnumType(Scope, { name: 'Scope', description: 'A section of a client record, and the unit of consent' });

export const ALL_SCOPES: readonly Scope[] = Object.values(Scope);
