import express from 'express';
import type { HttpDeps } from '../../context';
import type { Log } from '../../common';
import { fhirRoutes } from './fhir/fhir.routes';
import { hsdsRoutes } from './hsds/hsds.routes';

/** The paths the exchange module answers; anything else under them is a JSON 404, never the web app. */
export const EXCHANGE_PATHS = ['/hsds', '/fhir'] as const;

/** Open exchange: the service map as HSDS 3.0 (`/hsds`) and referrals as FHIR R4 (`/fhir`). */
export function exchangeRoutes(deps: HttpDeps, log: Log): express.Router {
  const router = express.Router();
  router.use('/hsds', hsdsRoutes(deps, log));
  router.use('/fhir', fhirRoutes(deps, log));
  return router;
}
