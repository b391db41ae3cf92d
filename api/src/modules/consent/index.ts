import { Consent } from './consent.entity';
import { ConsentResolver, NotificationConsentResolver } from './consent.resolver';

export const consentModule = {
  entities: [Consent],
  resolvers: [ConsentResolver, NotificationConsentResolver],
} as const;
