import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import type { InputReason } from './errors';

/** Codes whose messages were written for users and may be shown as they are. */
const USER_FACING = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

const DB_UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004']);

/** True when the error says PostgreSQL cannot be reached or is restarting. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { code?: string; message?: string; originalError?: unknown; cause?: unknown; driverError?: unknown };
    if (e.code && (DB_UNAVAILABLE_CODES.has(e.code) || ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(e.code))) return true;
    if (
      e.message &&
      /Connection terminated|connection timeout|Client has encountered a connection error|terminating connection|Query runner already released|Client was closed/i.test(
        e.message,
      )
    )
      return true;
    current = e.originalError ?? e.driverError ?? e.cause;
  }
  return false;
}

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/**
 * class-validator's constraints that need no figure to be worded (errors.ts InputReason); the
 * rest answer INVALID, and clients show the message (it names the limit).
 */
const CONSTRAINT_REASONS: Record<string, InputReason> = {
  isNotEmpty: 'REQUIRED',
  arrayNotEmpty: 'REQUIRED',
  isEmail: 'INVALID_EMAIL',
};

function describeValidation(errors: ValidationErrorLike[], prefix = ''): { field: string; message: string; reason: InputReason }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([constraint, message]) => ({
      field,
      message,
      reason: CONSTRAINT_REASONS[constraint] ?? ('INVALID' as const),
    }));
    return [...own, ...describeValidation(e.children ?? [], field)];
  });
}

/**
 * The one place where errors become answers: known codes pass with their message, argument
 * validation names the field, and anything unexpected is answered without stack, SQL or
 * data (the request id lets an operator find the full error in the logs).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const code = (formatted.extensions?.code as string | undefined) ?? 'INTERNAL_SERVER_ERROR';

  const validationErrors = (formatted.extensions?.validationErrors ??
    (original as { extensions?: { validationErrors?: unknown } } | undefined)?.extensions?.validationErrors) as ValidationErrorLike[] | undefined;
  if (code === 'BAD_USER_INPUT' && validationErrors?.length) {
    const problems = describeValidation(validationErrors);
    return {
      message: problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      path: formatted.path,
      extensions: { code, field: problems[0]?.field, reason: problems[0]?.reason, fields: problems.map((p) => p.field) },
    };
  }
  if (USER_FACING.has(code)) {
    const { stacktrace: _s, exception: _e, validationErrors: _v, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { ...extensions, code } };
  }
  if (isDatabaseUnavailable(original)) {
    return {
      message: 'Brug cannot reach its database right now. Nothing was saved; please try again in a moment.',
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  return {
    message: 'Something went wrong on our side. Nothing was saved; please try again.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
