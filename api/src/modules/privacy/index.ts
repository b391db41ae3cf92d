import { PrivacyResolver } from './privacy.resolver';

export const privacyModule = {
  entities: [],
  resolvers: [PrivacyResolver],
} as const;
