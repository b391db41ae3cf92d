import { ClientDocument } from './client-document.entity';
import { ClientDocumentsResolver } from './document.resolver';

export const documentsModule = {
  entities: [ClientDocument],
  resolvers: [ClientDocumentsResolver],
} as const;
