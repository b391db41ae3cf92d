import { registerEnumType } from 'type-graphql';

/** Goals use the life domains of the LIFE_DOMAINS section (defined by the clients module). */
export { LifeDomain } from '../clients';

export enum GoalStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  ACHIEVED = 'ACHIEVED',
  STOPPED = 'STOPPED',
}
registerEnumType(GoalStatus, { name: 'GoalStatus' });

export enum CarePlanActionStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  NOT_DONE = 'NOT_DONE',
}
registerEnumType(CarePlanActionStatus, { name: 'CarePlanActionStatus', description: 'OPEN until completed as DONE or NOT_DONE' });

export enum ContactType {
  OUTREACH_CONTACT = 'OUTREACH_CONTACT',
  OFFICE_VISIT = 'OFFICE_VISIT',
  PHONE = 'PHONE',
  ONLINE = 'ONLINE',
  ACCOMPANIMENT = 'ACCOMPANIMENT',
}
registerEnumType(ContactType, { name: 'ContactType', description: 'How the contact took place' });

/** Timeline kinds this module writes. */
export const FollowUpEventKind = {
  GOAL_ADDED: 'GOAL_ADDED',
  GOAL_UPDATED: 'GOAL_UPDATED',
  ACTION_ADDED: 'ACTION_ADDED',
  ACTION_COMPLETED: 'ACTION_COMPLETED',
  LEAD_CHANGED: 'LEAD_CHANGED',
  NOTE_ADDED: 'NOTE_ADDED',
} as const;

export const NOTE_MAX = 2000;
export const GOAL_TEXT_MAX = 1000;
export const ACTION_TEXT_MAX = 1000;

const BRUSSELS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day (YYYY-MM-DD) it is at `now` where the network works (Brussels/Amsterdam time). */
export function dayAt(now: Date, plusDays = 0): string {
  return BRUSSELS_DAY.format(new Date(now.getTime() + plusDays * 86_400_000));
}
