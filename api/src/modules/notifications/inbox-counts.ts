import type { RequestContext } from '../../context/request-context';
import { ReferralReads } from '../referrals/referral-reads';
import type { InboxCounts } from '../referrals/referral.types';
import { NotificationService } from './notification.service';

/** Both navigation counts for the signed-in user (the inboxCounts query and the subscription). */
export async function inboxCounts(ctx: RequestContext): Promise<InboxCounts> {
  return {
    unreadReferralCount: await new ReferralReads(ctx).unreadCount(),
    unreadNotificationCount: await new NotificationService(ctx).unreadCount(),
  };
}
