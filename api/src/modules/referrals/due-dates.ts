import { ReferralUrgency } from './referral-enums';

const DAY = 86_400_000;

/** Adds `days` working days (Monday to Friday, UTC), keeping the time of day. */
export function addWorkingDays(from: Date, days: number): Date {
  const d = new Date(from);
  let left = days;
  while (left > 0) {
    d.setTime(d.getTime() + DAY);
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return d;
}

/** When the receiver's answer is due: URGENT 1 day, SOON 3 days, ROUTINE 10 working days after sending. */
export function dueDate(urgency: ReferralUrgency, sentAt: Date): Date {
  switch (urgency) {
    case ReferralUrgency.URGENT:
      return new Date(sentAt.getTime() + DAY);
    case ReferralUrgency.SOON:
      return new Date(sentAt.getTime() + 3 * DAY);
    default:
      return addWorkingDays(sentAt, 10);
  }
}

/** Days past the due date before an unanswered referral expires: 2 for URGENT and SOON, 5 for ROUTINE. */
export const GRACE_DAYS: Record<ReferralUrgency, number> = {
  [ReferralUrgency.URGENT]: 2,
  [ReferralUrgency.SOON]: 2,
  [ReferralUrgency.ROUTINE]: 5,
};

export const expiryDate = (urgency: ReferralUrgency, dueAt: Date) => new Date(dueAt.getTime() + GRACE_DAYS[urgency] * DAY);
