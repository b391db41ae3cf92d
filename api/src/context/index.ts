/**
 * The request context: who asks, the one transaction, the ability and the loaders of a request
 * (GraphQL, REST, or Brug's own work as the system). It imports no domain module: the session
 * lookup is handed over by the composition root.
 */
// The public surface: what the rest of the API may import from this layer.
export { CLIENT_SESSION, Public, authChecker } from './auth-checker';
export { openHttpContext } from './http-context';
export { RequestContext, inOwnTransaction, openRequestTransaction, type HttpDeps, type SessionLookup } from './request-context';
export { bodyErrorHandler, RawBody, restRoute, type RestError } from './rest-route';
export { asSystem, runAsSystem, systemView } from './system';
export { transactionPlugin } from './transaction-plugin';
