import { GraphQLError } from 'graphql';

/**
 * The error codes every Brug client can rely on (PRODUCT.md, API contract). Services throw
 * these; anything else is an unexpected fault and is answered as INTERNAL_SERVER_ERROR.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE';

export class BrugError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = (message = 'Sign in first.') => new BrugError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do this.') => new BrugError('FORBIDDEN', message);
/** Also used for rows that exist but may not be seen, so existence never leaks. */
export const notFound = (what: string) => new BrugError('NOT_FOUND', `${what} not found.`);
export const badInput = (field: string, message: string) =>
  new BrugError('BAD_USER_INPUT', `${field}: ${message}`, { field });
export const conflict = (message: string) => new BrugError('CONFLICT', message);
export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  new BrugError('TOO_MANY_REQUESTS', message, { retryAfterSeconds });
