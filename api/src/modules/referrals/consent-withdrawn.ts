import { In } from 'typeorm';
import type { RequestContext } from '../../context';
import type { Consent } from '../consent';
import { CancelReason } from './referral-enums';
import { OPEN_STATUSES } from './referral-rules';
import { Referral } from './referral.entity';
import { ReferralLifecycle } from './referral-lifecycle';

/**
 * When the client withdraws the consent of an organisation, its open referrals to that
 * organisation (draft, sent, accepted) are cancelled in the same transaction; its workers lose
 * the client with the consent itself (from the very next statement).
 */
export async function cancelReferralsOnConsentWithdrawn(ctx: RequestContext, consent: Consent): Promise<void> {
  const open = await ctx.em.find(Referral, {
    where: { clientId: consent.clientId, receivingOrganisationId: consent.granteeOrganisationId, status: In(OPEN_STATUSES) },
    order: { createdAt: 'ASC' },
  });
  const service = new ReferralLifecycle(ctx);
  for (const referral of open) await service.cancelNow(referral, CancelReason.CONSENT_WITHDRAWN, 'consent withdrawn');
}
