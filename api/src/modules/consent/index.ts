import { Consent } from './consent.entity';
import { ConsentResolver } from './consent.resolver';

export const consentModule = {
  entities: [Consent],
  resolvers: [ConsentResolver],
} as const;
