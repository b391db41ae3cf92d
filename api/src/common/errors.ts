import { GraphQLError } from 'graphql';

/**
 * The error codes every Brug client can rely on (PRODUCT.md, API contract). Services throw
 * these; anything else is an unexpected fault and is answered as INTERNAL_SERVER_ERROR.
 */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'SERVICE_UNAVAILABLE';

export class BrugError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = (message = 'Sign in first.') => new BrugError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do this.') => new BrugError('FORBIDDEN', message);
/** Also used for rows that exist but may not be seen, so existence never leaks. */
export const notFound = (what: string) => new BrugError('NOT_FOUND', `${what} not found.`);
/**
 * What is wrong with an input, as a machine key beside the human (English) message, so a client
 * can say it in its user's language: `extensions { code: BAD_USER_INPUT, field, reason, params? }`.
 */
export type InputReason =
  | 'REQUIRED' // empty
  | 'TOO_LONG' // params.max characters
  | 'TOO_MANY' // params.max items
  | 'CHARACTERS' // NUL or broken unicode
  | 'INVALID' // not a value this field takes
  | 'INVALID_ID'
  | 'INVALID_CURSOR'
  | 'INVALID_DATE'
  | 'INVALID_FORMAT'
  | 'INVALID_EMAIL'
  | 'INVALID_RECORDS' // params.count
  | 'OUT_OF_RANGE' // params.min, params.max
  | 'UNKNOWN' // no such organisation or service
  | 'NOT_IN_FUTURE'
  | 'IN_FUTURE'
  | 'BEFORE_START'
  | 'TOO_FAR' // params.months
  | 'BELOW_MINIMUM'
  | 'DUPLICATE'
  | 'NOT_OWN'
  | 'NOT_A_MEMBER'
  | 'NO_LIVE_CONSENT'
  | 'OWN_ORGANISATION'
  | 'CONSENT_NEEDED'
  | 'NOT_NEEDED'
  | 'NOT_NOW'
  | 'RESERVED'
  | 'SECTION_EMPTY'
  | 'SERVICE_ARCHIVED'
  | 'SERVICE_NOT_ACCEPTING'
  | 'REQUIREMENT_MISSING' // params.count: the service's requirements not answered yet
  | 'NOT_ELIGIBLE_WITHOUT_NOTE'
  | 'MISMATCH'
  | 'INVALID_CODE'
  | 'WRONG_CODE'
  | 'NOT_STARTED'
  | 'OTHER_EMAIL'
  // An import from an address (params.host):
  | 'NOT_AN_ADDRESS'
  | 'HOST_NOT_ALLOWED'
  | 'NOT_HSDS' // params.page
  | 'TIMED_OUT' // params.seconds
  | 'UNREACHABLE'
  | 'REDIRECT'
  | 'NO_FILE' // params.status
  | 'FILE_TOO_LARGE' // params.megabytes
  | 'NOT_JSON';

export const badInput = (field: string, message: string, reason: InputReason = 'INVALID', params?: Record<string, string | number>) =>
  new BrugError('BAD_USER_INPUT', `${field}: ${message}`, { field, reason, ...(params ? { params } : {}) });
export const conflict = (message: string) => new BrugError('CONFLICT', message);
export const tooManyRequests = (message: string, retryAfterSeconds: number) => new BrugError('TOO_MANY_REQUESTS', message, { retryAfterSeconds });
