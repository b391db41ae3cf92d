import express from 'express';
import { restRoute, type RestError, type HttpDeps } from '../../../context';
import type { Log } from '../../../common';
import { FhirReferralService } from './fhir-referral.service';

const FHIR_JSON = 'application/fhir+json';

const ISSUE_CODE: Record<string, string> = {
  UNAUTHENTICATED: 'login',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'not-found',
  BAD_USER_INPUT: 'invalid',
  CONFLICT: 'conflict',
  TOO_MANY_REQUESTS: 'throttled',
  SERVICE_UNAVAILABLE: 'transient',
};

/** Errors as FHIR OperationOutcome, with Brug's code beside it. */
const operationOutcome = (error: RestError) => ({
  resourceType: 'OperationOutcome',
  issue: [
    {
      severity: 'error',
      code: ISSUE_CODE[error.code] ?? 'exception',
      diagnostics: error.message,
      details: { coding: [{ system: 'urn:brug:fhir:error', code: error.code }] },
    },
  ],
});

/** FHIR R4 reads of referrals (Task, ServiceRequest, Consent, a Bundle of one referral) for signed-in API clients. */
export function fhirRoutes(deps: HttpDeps, log: Log): express.Router {
  const router = express.Router();
  const route = (handler: Parameters<typeof restRoute>[2]) => restRoute(deps, log, handler, { contentType: FHIR_JSON, errorBody: operationOutcome });
  const service = (ctx: Parameters<Parameters<typeof restRoute>[2]>[0]) => new FhirReferralService(ctx);
  const id = (req: express.Request) => String(req.params.id);

  router.get(
    '/Task/:id',
    route((ctx, req) => service(ctx).task(id(req))),
  );
  router.get(
    '/ServiceRequest/:id',
    route((ctx, req) => service(ctx).serviceRequest(id(req))),
  );
  router.get(
    '/Consent/:id',
    route((ctx, req) => service(ctx).consent(id(req))),
  );
  router.get(
    '/Organization/:id',
    route((ctx, req) => service(ctx).organization(id(req))),
  );
  router.get(
    '/HealthcareService/:id',
    route((ctx, req) => service(ctx).healthcareService(id(req))),
  );
  /** The whole referral: Task, ServiceRequest, Consent, Patient, Organizations, HealthcareService. */
  router.get(
    '/Bundle/:id',
    route((ctx, req) => service(ctx).bundle(id(req), `${req.protocol}://${req.get('host')}${req.baseUrl}`)),
  );
  router.use((_req, res) => {
    res
      .status(404)
      .type(FHIR_JSON)
      .send(
        JSON.stringify({
          resourceType: 'OperationOutcome',
          issue: [{ severity: 'error', code: 'not-found', diagnostics: 'There is no such FHIR resource type or path here.' }],
        }),
      );
  });
  return router;
}
