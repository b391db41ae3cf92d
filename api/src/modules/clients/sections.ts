import type { ClassType } from 'type-graphql';
import { Scope } from '../../access';
import type { ClientSection } from './client-section.entity';
import { ContactInput, HealthInput, IdentityInput, LifeDomainsInput, NotesInput, ProfileInput, SafetyInput, SexWorkInput } from './dto/section.inputs';
import {
  ContactSection,
  HealthSection,
  IdentitySection,
  LifeDomainsSection,
  NotesSection,
  ProfileSection,
  SafetySection,
  SectionRecord,
  SexWorkSection,
} from './section-objects';

/** Each record section: its field name on Client and in the inputs, and its GraphQL types. */
export const SECTIONS = {
  [Scope.IDENTITY]: { field: 'identity', input: IdentityInput, output: IdentitySection },
  [Scope.CONTACT]: { field: 'contact', input: ContactInput, output: ContactSection },
  [Scope.PROFILE]: { field: 'profile', input: ProfileInput, output: ProfileSection },
  [Scope.LIFE_DOMAINS]: { field: 'lifeDomains', input: LifeDomainsInput, output: LifeDomainsSection },
  [Scope.HEALTH]: { field: 'health', input: HealthInput, output: HealthSection },
  [Scope.SEX_WORK]: { field: 'sexWork', input: SexWorkInput, output: SexWorkSection },
  [Scope.SAFETY]: { field: 'safety', input: SafetyInput, output: SafetySection },
  [Scope.NOTES]: { field: 'notes', input: NotesInput, output: NotesSection },
} as const satisfies Record<Scope, { field: string; input: ClassType; output: ClassType<SectionRecord> }>;

export type SectionField = (typeof SECTIONS)[Scope]['field'];
export type SectionInputs = { [S in Scope as (typeof SECTIONS)[S]['field']]?: InstanceType<(typeof SECTIONS)[S]['input']> | null };

/** The JSON stored in client_sections.data: the input's given values, nothing else. */
export function sectionData(input: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(input, (_key, value: unknown) => (value === null ? undefined : value))) as Record<string, unknown>;
}

/** A stored section as its GraphQL object, with who changed and confirmed it. */
export function toSectionObject(row: ClientSection): SectionRecord {
  const { output } = SECTIONS[row.scope];
  const defaults: Record<string, unknown> = {
    languages: [],
    domains: [],
    contexts: [],
    violence: [],
    traffickingIndicators: [],
    doNotContact: false,
    phoneMayBeReadByOthers: false,
    text: '',
  };
  return Object.assign(new (output as unknown as ClassType<SectionRecord>)(), defaults, row.data, {
    scope: row.scope,
    updatedAt: row.updatedAt,
    updatedByName: row.updatedByName,
    updatedByOrganisationName: row.updatedByOrganisationName,
    confirmedAt: row.confirmedAt,
    confirmedByName: row.confirmedByName,
    confirmedByOrganisationName: row.confirmedByOrganisationName,
  });
}
