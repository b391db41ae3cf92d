import type { Scope } from './scopes';

/** A consent that is live now: not revoked, started, not expired (judged per request). */
export interface LiveConsent {
  id: string;
  clientId: string;
  scopes: Scope[];
}

/**
 * "This consent is live at `at`", the one TypeScript statement of the rule. Its SQL twin is
 * `brug_consent_is_live` (migration OneLiveConsentRule), used by row-level security and by
 * every query below through `liveConsentSql`.
 */
export function isConsentLive(consent: { revokedAt: Date | null; validFrom: Date; validUntil: Date }, at: Date): boolean {
  return !consent.revokedAt && consent.validFrom <= at && consent.validUntil > at;
}

/** Where a consent stands at `at`: revoked, live, not started yet, or ended. */
export type ConsentState = 'REVOKED' | 'LIVE' | 'SCHEDULED' | 'EXPIRED';

/** Where a consent stands at `at`, by the one rule (the consent's status, the export's, FHIR's). */
export function consentState(consent: { revokedAt: Date | null; validFrom: Date; validUntil: Date }, at: Date): ConsentState {
  if (consent.revokedAt) return 'REVOKED';
  if (isConsentLive(consent, at)) return 'LIVE';
  return consent.validFrom > at ? 'SCHEDULED' : 'EXPIRED';
}

/** The SQL condition "consent `alias` is live at `atParam`" (a parameter placeholder such as `$2` or `:now`). */
export function liveConsentSql(alias: string, atParam: string): string {
  return `brug_consent_is_live(${alias}.revoked_at, ${alias}.valid_from, ${alias}.valid_until, ${atParam})`;
}
