import { Consent } from './consent.entity';

export const consentModule = {
  entities: [Consent],
  resolvers: [],
} as const;
