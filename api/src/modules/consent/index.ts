import { Consent } from './consent.entity';
import { ClientConsentsResolver, ConsentResolver, NotificationConsentResolver } from './consent.resolver';

export const consentModule = {
  entities: [Consent],
  resolvers: [ConsentResolver, NotificationConsentResolver, ClientConsentsResolver],
} as const;

// The public surface: what other modules may import from this one.
export { consentRevokedHandlers } from './consent-hooks';
export { startConsentReminderTimer } from './consent-reminders';
export { Consent, ConsentMethod } from './consent.entity';
export { consentById, consentsByClient } from './consent.loaders';
export { ConsentService } from './consent.service';
export { ConsentTermsInput } from './dto/record-consent.input';
