import express from 'express';
import type { ContextDeps } from '../../../context/request-context';
import type { Log } from '../../../http/logger';

export function fhirRoutes(_deps: ContextDeps, _log: Log): express.Router {
  return express.Router();
}
