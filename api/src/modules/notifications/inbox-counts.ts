import type { RequestContext } from '../../context';
import { referrals, type InboxCounts } from './inbox';
import { NotificationService } from './notification.service';

/** Both navigation counts for the signed-in user (the inboxCounts query and the subscription). */
export async function inboxCounts(ctx: RequestContext): Promise<InboxCounts> {
  return {
    unreadReferralCount: await referrals().unreadCount(ctx),
    unreadNotificationCount: await new NotificationService(ctx).unreadCount(),
  };
}
