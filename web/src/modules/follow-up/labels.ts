import type { ContactType, GoalStatus, LifeDomain } from '../../generated/graphql';

/** The life domains in the order the field uses them (a plan reads from housing to self-esteem). */
export const LIFE_DOMAINS: LifeDomain[] = [
  'HOUSING',
  'HEALTH',
  'INCOME_AND_DEBTS',
  'DAILY_RHYTHM',
  'WORK_AND_EDUCATION',
  'RELATIONSHIPS_AND_SEXUALITY',
  'FAMILY_AND_FRIENDS',
  'SAFETY',
  'LEGAL_STATUS',
  'SELF_ESTEEM_AND_SOCIAL_ACCEPTANCE',
];

/** The steps of the self-sufficiency matrix. */
export const RATINGS = ['1', '2', '3', '4', '5'] as const;

export const GOAL_STATUSES: GoalStatus[] = ['OPEN', 'IN_PROGRESS', 'ACHIEVED', 'STOPPED'];

export const CONTACT_TYPES: ContactType[] = ['OUTREACH_CONTACT', 'OFFICE_VISIT', 'PHONE', 'ONLINE', 'ACCOMPANIMENT'];

/** Timeline kinds grouped in plain words, for the filter. */
export const KIND_GROUPS = {
  notes: ['NOTE_ADDED'],
  referrals: [
    'REFERRAL_CREATED',
    'REFERRAL_SENT',
    'REFERRAL_ACCEPTED',
    'REFERRAL_DECLINED',
    'REFERRAL_CANCELLED',
    'REFERRAL_COMPLETED',
    'REFERRAL_EXPIRED',
    'EXTERNAL_REFERRAL_SENT',
    'EXTERNAL_REFERRAL_OUTCOME',
  ],
  plan: ['GOAL_ADDED', 'GOAL_UPDATED', 'ACTION_ADDED', 'ACTION_COMPLETED', 'LEAD_CHANGED', 'ASSESSMENT_RECORDED', 'CONFERENCE_PLANNED', 'CONFERENCE_HELD'],
  consent: ['CONSENT_GIVEN', 'CONSENT_WITHDRAWN'],
  record: ['SECTION_UPDATED', 'TRANSFER_PROPOSED', 'TRANSFER_DECLINED', 'TRANSFER_CANCELLED', 'CLIENT_TRANSFERRED'],
} as const;
export type KindGroup = keyof typeof KIND_GROUPS;

/** A calendar day (YYYY-MM-DD) as an ISO moment at noon, so formatting never shifts the day. */
export const dayAsMoment = (day: string) => `${day}T12:00:00`;

/** Today where the user is, as YYYY-MM-DD (for date inputs). */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Now as the value of a datetime-local input (local time, minutes). */
export function nowForInput(): string {
  const now = new Date();
  now.setSeconds(0, 0);
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}
