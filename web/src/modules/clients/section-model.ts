import type { ParseKeys } from 'i18next';
import type { ClientIntakeFieldsFragment, LifeDomain, Scope, UpdateClientInput } from '../../generated/graphql';
import { REGIONS, SERVICE_LANGUAGES } from '../../ui/places';

// The values the API knows (schema.graphql); `satisfies` breaks the build when one is added there.
export const SCOPES = ['IDENTITY', 'CONTACT', 'PROFILE', 'LIFE_DOMAINS', 'HEALTH', 'SEX_WORK', 'SAFETY', 'NOTES'] as const satisfies readonly Scope[];
export const LIFE_DOMAINS = [
  'HOUSING',
  'INCOME_AND_DEBTS',
  'HEALTH',
  'DAILY_RHYTHM',
  'WORK_AND_EDUCATION',
  'RELATIONSHIPS_AND_SEXUALITY',
  'FAMILY_AND_FRIENDS',
  'SAFETY',
  'LEGAL_STATUS',
  'SELF_ESTEEM_AND_SOCIAL_ACCEPTANCE',
] as const satisfies readonly LifeDomain[];
export const RATINGS = ['1', '2', '3', '4', '5'] as const;

/** The GraphQL field (and input field) of each section. */
export const SECTION_FIELD = {
  IDENTITY: 'identity',
  CONTACT: 'contact',
  PROFILE: 'profile',
  LIFE_DOMAINS: 'lifeDomains',
  HEALTH: 'health',
  SEX_WORK: 'sexWork',
  SAFETY: 'safety',
  NOTES: 'notes',
} as const satisfies Record<Scope, keyof UpdateClientInput & keyof ClientIntakeFieldsFragment>;

/**
 * How a field is edited: text, a long text, a date, one choice, several choices, a yes/no
 * box, or yes/no/unknown. `options` are enum values whose labels live under `labels` in the
 * "clients" namespace (or are languages / regions).
 */
export type FieldKind = 'text' | 'textarea' | 'date' | 'select' | 'multi' | 'check' | 'tri';
export interface FieldSpec {
  name: string;
  kind: FieldKind;
  options?: readonly string[];
  labels?: 'ageRange' | 'channel' | 'exitWish' | 'sexWorkContext' | 'riskLevel' | 'violence' | 'trafficking' | 'language' | 'region';
  /** The field's hint (a key of the "clients" texts). */
  hint?: ParseKeys<'clients'>;
  required?: boolean;
}

export const FIELDS: Record<Exclude<Scope, 'LIFE_DOMAINS'>, FieldSpec[]> = {
  IDENTITY: [
    { name: 'legalName', kind: 'text' },
    { name: 'dateOfBirth', kind: 'date' },
    { name: 'nationalNumber', kind: 'text' },
  ],
  CONTACT: [
    { name: 'doNotContact', kind: 'check' },
    { name: 'phoneMayBeReadByOthers', kind: 'check' },
    { name: 'safeTimes', kind: 'text', hint: 'field.safeTimesHint' },
    { name: 'codeWord', kind: 'text', hint: 'field.codeWordHint' },
    { name: 'preferredChannel', kind: 'select', options: ['PHONE_CALL', 'SMS', 'MESSAGING_APP', 'EMAIL', 'IN_PERSON', 'VIA_WORKER'], labels: 'channel' },
    { name: 'phone', kind: 'text' },
    { name: 'messaging', kind: 'text' },
    { name: 'address', kind: 'textarea' },
  ],
  PROFILE: [
    { name: 'ageRange', kind: 'select', options: ['UNDER_18', 'AGE_18_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_PLUS'], labels: 'ageRange' },
    { name: 'genderIdentity', kind: 'text', hint: 'field.genderIdentityHint' },
    { name: 'languages', kind: 'multi', options: SERVICE_LANGUAGES, labels: 'language' },
    { name: 'region', kind: 'select', options: REGIONS, labels: 'region' },
  ],
  HEALTH: [
    { name: 'insured', kind: 'tri' },
    { name: 'hasGeneralPractitioner', kind: 'tri' },
    { name: 'substanceUse', kind: 'text' },
    { name: 'note', kind: 'textarea' },
  ],
  SEX_WORK: [
    {
      name: 'contexts',
      kind: 'multi',
      options: ['STREET', 'WINDOW', 'CLUB_OR_BAR', 'PRIVATE_HOUSE', 'ESCORT', 'MASSAGE_PARLOUR', 'ONLINE', 'CRUISING_AREA', 'OTHER'],
      labels: 'sexWorkContext',
    },
    { name: 'workingSince', kind: 'text', hint: 'field.workingSinceHint' },
    { name: 'exitWish', kind: 'select', options: ['YES', 'CONSIDERING', 'NO'], labels: 'exitWish' },
    { name: 'note', kind: 'textarea' },
  ],
  SAFETY: [
    { name: 'riskLevel', kind: 'select', options: ['LOW', 'MEDIUM', 'HIGH', 'ACUTE'], labels: 'riskLevel' },
    { name: 'violence', kind: 'multi', options: ['PHYSICAL', 'SEXUAL', 'PSYCHOLOGICAL', 'FINANCIAL', 'STALKING'], labels: 'violence' },
    {
      name: 'traffickingIndicators',
      kind: 'multi',
      options: [
        'DEBT_BONDAGE',
        'DOCUMENTS_WITHHELD',
        'EARNINGS_TAKEN',
        'LIVES_AT_WORKPLACE',
        'NO_SAY_OVER_WORK',
        'RECRUITED_BY_DECEPTION',
        'RESTRICTED_MOVEMENT',
        'THREATS_TO_FAMILY',
      ],
      labels: 'trafficking',
    },
    { name: 'safetyPlanAgreed', kind: 'tri' },
    { name: 'note', kind: 'textarea' },
  ],
  NOTES: [{ name: 'text', kind: 'textarea', required: true }],
};

/** A section being edited: every value as the form holds it (strings, booleans, lists). */
export type Draft = Record<string, string | boolean | string[]>;

type SectionData = Record<string, unknown> | null | undefined;

export function emptyDraft(scope: Scope): Draft {
  return draftFrom(scope, null);
}

/** The form values for a section's current content (or an empty form). */
export function draftFrom(scope: Scope, data: SectionData): Draft {
  const draft: Draft = {};
  if (scope === 'LIFE_DOMAINS') {
    const domains = (data?.domains as { domain: string; rating: number | null; note: string | null }[] | undefined) ?? [];
    for (const d of LIFE_DOMAINS) {
      const found = domains.find((x) => x.domain === d);
      draft[`rating.${d}`] = found?.rating != null ? String(found.rating) : '';
      draft[`note.${d}`] = found?.note ?? '';
    }
    return draft;
  }
  for (const f of FIELDS[scope]) {
    const v = data?.[f.name];
    if (f.kind === 'multi') draft[f.name] = Array.isArray(v) ? (v as string[]) : [];
    else if (f.kind === 'check') draft[f.name] = v === true;
    else if (f.kind === 'tri') draft[f.name] = v === true ? 'yes' : v === false ? 'no' : '';
    else draft[f.name] = typeof v === 'string' ? v : '';
  }
  return draft;
}

/** The API input for a section from its form values. */
export function inputFrom(scope: Scope, draft: Draft): Record<string, unknown> {
  if (scope === 'LIFE_DOMAINS') {
    const domains = LIFE_DOMAINS.map((domain) => {
      const rating = draft[`rating.${domain}`] as string;
      const note = (draft[`note.${domain}`] as string).trim();
      return { domain, rating: rating ? Number(rating) : null, note: note || null };
    }).filter((d) => d.rating != null || d.note);
    return { domains };
  }
  const input: Record<string, unknown> = {};
  for (const f of FIELDS[scope]) {
    const v = draft[f.name];
    if (f.kind === 'multi' || f.kind === 'check') input[f.name] = v;
    else if (f.kind === 'tri') input[f.name] = v === 'yes' ? true : v === 'no' ? false : null;
    else if (f.required) input[f.name] = (v as string).trim();
    else input[f.name] = (v as string).trim() || null;
  }
  return input;
}

/** The first required field left empty, if any. */
export function missingRequired(scope: Scope, draft: Draft): string | undefined {
  if (scope === 'LIFE_DOMAINS') return undefined;
  return FIELDS[scope].find((f) => f.required && !String(draft[f.name] ?? '').trim())?.name;
}

/** The section's content from the client record, by scope. */
export function sectionData(client: ClientIntakeFieldsFragment, scope: Scope): SectionData {
  return client[SECTION_FIELD[scope]];
}
