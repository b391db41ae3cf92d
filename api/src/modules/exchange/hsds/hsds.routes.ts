import express from 'express';
import { notFound, type Log } from '../../../common';
import { bodyErrorHandler, restRoute, type HttpDeps } from '../../../context';
import { HsdsImportService } from './hsds-import.service';
import { HsdsReadService, pageRequest } from './hsds-read.service';
import { hsdsTaxonomies } from './hsds-taxonomy';

const flag = (value: unknown) => value === 'true' || value === '1';
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The HSDS 3.0 API (read endpoints as in its OpenAPI reference), the export and the import. */
export function hsdsRoutes(deps: HttpDeps, log: Log): express.Router {
  const router = express.Router();
  const route = (handler: Parameters<typeof restRoute>[2]) => restRoute(deps, log, handler);

  router.get('/', (_req, res) => {
    res.json({
      version: '3.0',
      profile: 'https://docs.openreferral.org/en/v3.0/',
      openapi_url: 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json',
    });
  });
  router.get(
    '/services',
    route((ctx, req) =>
      new HsdsReadService(ctx).servicesPage(pageRequest(req.query), { organizationId: text(req.query.organization_id), full: flag(req.query.full) }),
    ),
  );
  router.get(
    '/services/:id',
    route((ctx, req) => new HsdsReadService(ctx).service(String(req.params.id))),
  );
  router.get(
    '/organizations',
    route((ctx, req) =>
      new HsdsReadService(ctx).organizationsPage(pageRequest(req.query), { fullService: flag(req.query.full_service) || flag(req.query.full) }),
    ),
  );
  router.get(
    '/organizations/:id',
    route((ctx, req) => new HsdsReadService(ctx).organization(String(req.params.id), { fullService: flag(req.query.full_service) })),
  );
  router.get(
    '/taxonomies',
    route((ctx, req) => new HsdsReadService(ctx).taxonomiesPage(pageRequest(req.query))),
  );
  router.get(
    '/taxonomies/:id',
    route((_ctx, req) => {
      const taxonomy = hsdsTaxonomies().find((t) => t.id === req.params.id);
      if (!taxonomy) throw notFound('Taxonomy');
      return taxonomy;
    }),
  );
  /** The whole map (or `organization_id`) as one HSDS file: an array of fully nested organizations. */
  router.get(
    '/export',
    route((ctx, req) => new HsdsReadService(ctx).exportMap(text(req.query.organization_id))),
  );
  /** Coordinators: a dry run by default; `?apply=true` writes it, all or nothing; `?from=` reads it from an allowed address. */
  router.post(
    '/import',
    express.json({ limit: '5mb', strict: false, type: ['application/json', 'application/*+json'] }),
    route((ctx, req) => {
      const importer = new HsdsImportService(ctx);
      const from = text(req.query.from);
      return from ? importer.runFrom(from, flag(req.query.apply)) : importer.run(req.body, flag(req.query.apply));
    }),
  );
  // A body that is not JSON, or too large: Brug's error shape, not the generic 500.
  router.use(
    bodyErrorHandler({ tooLarge: 'The file is too large (at most 5 MB).', notJson: { message: 'The file is not valid JSON.', code: 'BAD_USER_INPUT' } }),
  );
  return router;
}
