import { NotificationReferralResolver } from './notification-referral.resolver';
import { consentRevokedHandlers } from '../consent/consent-hooks';
import { cancelReferralsOnConsentWithdrawn } from './consent-withdrawn';
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

// Referrals react to a withdrawn consent without the consent module knowing about referrals.
consentRevokedHandlers.push(cancelReferralsOnConsentWithdrawn);
