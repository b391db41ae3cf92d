import type { RequestContext } from '../../context';
import type { Consent } from './consent.entity';

/**
 * Runs inside revoke()'s transaction after a consent is revoked, so other modules (referrals)
 * can react without the consent module importing them. A handler that throws rolls back the
 * revocation with it.
 */
export type ConsentRevokedHandler = (ctx: RequestContext, consent: Consent) => Promise<void>;
export const consentRevokedHandlers: ConsentRevokedHandler[] = [];
