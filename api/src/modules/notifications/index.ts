import { Notification } from './notification.entity';
import { NotificationResolver } from './notification.resolver';

export const notificationsModule = {
  entities: [Notification],
  resolvers: [NotificationResolver],
} as const;
