import { EmailNotice } from './email/email-notice.entity';
import { EmailNoticeSettingsResolver } from './email/email-settings.resolver';
import { Notification } from './notification.entity';
import { NotificationResolver } from './notification.resolver';

export const notificationsModule = {
  entities: [Notification, EmailNotice],
  resolvers: [NotificationResolver, EmailNoticeSettingsResolver],
} as const;
