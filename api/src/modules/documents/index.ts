import { ClientDocument } from './client-document.entity';
import { ClientDocumentsResolver } from './document.resolver';

export const documentsModule = {
  entities: [ClientDocument],
  resolvers: [ClientDocumentsResolver],
} as const;

// The public surface: what other modules may import from this one.
export { DOCUMENT_PATHS, documentRoutes } from './document.routes';
