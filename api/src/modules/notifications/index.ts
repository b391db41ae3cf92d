import { EmailNotice } from './email/email-notice.entity';
import { EmailNoticeSettingsResolver } from './email/email-settings.resolver';
import { Notification } from './notification.entity';
import { NotificationResolver } from './notification.resolver';

export const notificationsModule = {
  entities: [Notification, EmailNotice],
  resolvers: [NotificationResolver, EmailNoticeSettingsResolver],
} as const;

// The public surface: what other modules may import from this one.
export { startEmailNoticeTimer } from './email/email-outbox';
export { Notification, NotificationKind } from './notification.entity';
export { announceInboxChange, notify } from './notify';
export { InboxCounts, useReferralInbox, type ReferralInbox } from './inbox';
export { inboxPubSub } from './pubsub';
export { attachSubscriptions } from './subscriptions';
