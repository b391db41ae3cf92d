/**
 * Rules of a service listing that the API enforces and the web app's forms state: one copy,
 * included by both builds like places.ts.
 */

/** Typical days before a first meeting: a whole number from 0 to this. */
export const MAX_WAITING_DAYS = 365;

export const isWaitingDays = (days: number): boolean => Number.isInteger(days) && days >= 0 && days <= MAX_WAITING_DAYS;
