import express from 'express';
import { bodyErrorHandler, restRoute, RawBody, type HttpDeps } from '../../context';
import type { Log } from '../../common';
import { DocumentService, MAX_DOCUMENT_BYTES } from './document.service';

export const DOCUMENT_PATHS = ['/api'] as const;

/**
 * Documents over HTTP, in the same request context as GraphQL (viewer, ability, one
 * transaction, audit): `POST /api/clients/:clientId/documents?scope=&kind=&title=` with the
 * file as the body, `GET /api/documents/:id` for its bytes.
 */
export function documentRoutes(deps: HttpDeps, log: Log): express.Router {
  const router = express.Router();
  router.post(
    '/api/clients/:clientId/documents',
    express.raw({ type: () => true, limit: MAX_DOCUMENT_BYTES + 1024 }),
    restRoute(deps, log, async (ctx, req) => {
      const text = (v: unknown) => (typeof v === 'string' ? v : '');
      const document = await new DocumentService(ctx).attach({
        clientId: String(req.params.clientId),
        scope: text(req.query.scope),
        kind: text(req.query.kind),
        title: text(req.query.title),
        content: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
      });
      return { id: document.id, scope: document.scope, kind: document.kind, mimeType: document.mimeType, sizeBytes: document.sizeBytes };
    }),
  );
  router.get(
    '/api/documents/:id',
    restRoute(deps, log, async (ctx, req) => {
      const { document, content, filename } = await new DocumentService(ctx).download(String(req.params.id));
      return new RawBody(content, document.mimeType, filename);
    }),
  );
  router.use(bodyErrorHandler({ tooLarge: 'The file is too large (at most 5 MB).' }));
  return router;
}
