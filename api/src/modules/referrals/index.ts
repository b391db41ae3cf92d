import { NotificationReferralResolver } from './notification-referral.resolver';
import { IdempotencyKey } from './idempotency-key.entity';
import { ReferralEvent } from './referral-event.entity';
import { ReferralMessage } from './referral-message.entity';
import { ReferralRead } from './referral-read.entity';
import { Referral } from './referral.entity';
import { ReferralResolver } from './referral.resolver';
import { ExternalReferral } from './outside/external-referral.entity';
import { ExternalReferralResolver } from './outside/external-referral.resolver';

export const referralsModule = {
  entities: [Referral, ReferralEvent, ReferralMessage, ReferralRead, IdempotencyKey, ExternalReferral],
  resolvers: [ReferralResolver, NotificationReferralResolver, ExternalReferralResolver],
} as const;

// The public surface: what other modules may import from this one.
export { cancelReferralsOnConsentWithdrawn } from './consent-withdrawn';
export { dueDate, expiryDate } from './due-dates';
export { startReferralExpiryTimer } from './expiry';
export { visibleClient } from './referral-client';
export { CancelReason, DeclineReason, ReferralOutcome, ReferralStatus, ReferralUrgency } from './referral-enums';
export { ReferralLifecycle } from './referral-lifecycle';
export { ReferralReads } from './referral-reads';
export { OPEN_STATUSES } from './referral-rules';
export { noticeText } from './referral-texts';
export { Referral } from './referral.entity';
export { serviceByIdForReferral } from './referral.loaders';
