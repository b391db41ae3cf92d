import type express from 'express';
import { randomUUID } from 'node:crypto';
import { isDatabaseUnavailable, BrugError, type ErrorCode, type Log } from '../common';
import { openHttpContext } from './http-context';
import type { HttpDeps, RequestContext } from './request-context';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

export interface RestError {
  status: number;
  code: ErrorCode | 'INTERNAL_SERVER_ERROR';
  message: string;
  requestId: string;
  extensions: Record<string, unknown>;
}

export interface RestOptions {
  /** The media type of the answer (FHIR answers `application/fhir+json`). */
  contentType?: string;
  /** How an error is written; Brug's `{ errors: [{ message, extensions: { code } }] }` by default. */
  errorBody?: (error: RestError) => unknown;
}

/** A handler's answer that is a file, not JSON: sent as it is, as an attachment the browser does not sniff. */
export class RawBody {
  constructor(
    readonly data: Buffer,
    readonly contentType: string,
    readonly filename: string,
  ) {}
}

export const brugErrorBody = (error: RestError) => ({
  errors: [{ message: error.message, extensions: { ...error.extensions, code: error.code, ...(error.status >= 500 ? { requestId: error.requestId } : {}) } }],
});

/**
 * A REST endpoint under the same rules as a GraphQL request: one request context (viewer from
 * the Bearer token or cookie, ability, loaders), one transaction in which the handler's reads,
 * writes and audit entries commit together (any error rolls everything back), the two-factor
 * enrolment gate, and Brug's error codes as HTTP statuses.
 */
export function restRoute(
  deps: HttpDeps,
  log: Log,
  /** Answers the body, or a promise of it. */
  handler: (ctx: RequestContext, req: express.Request) => unknown,
  options: RestOptions = {},
): express.RequestHandler {
  const errorBody = options.errorBody ?? brugErrorBody;
  return async (req, res) => {
    const started = process.hrtime.bigint();
    res.locals.requestId ??= randomUUID();
    const requestId = res.locals.requestId as string;
    res.on('close', () => {
      log({
        level: res.statusCode >= 500 ? 'error' : 'info',
        msg: 'rest request',
        requestId,
        method: req.method,
        // The route's pattern, never its ids: a log must not become a register of who was looked up.
        route: `${req.baseUrl}${(req.route as { path?: string } | undefined)?.path ?? ''}`,
        status: res.statusCode,
        durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
      });
    });
    let ctx: RequestContext | undefined;
    try {
      ctx = await openHttpContext(deps, req, res);
      if (ctx.viewer?.twoFactorEnrolmentRequired) throw deps.sessions.twoFactorEnrolmentRequired();
      const body = await handler(ctx, req);
      await ctx.audit.flush(ctx.em);
      await ctx.queryRunner.commitTransaction();
      ctx.finished = true;
      // Tests count statements per request (N+1 checks), as GraphQL answers carry them.
      if (ctx.config.exposeStatementCount) res.setHeader('x-brug-sql-statements', String(ctx.statementCount));
      if (body instanceof RawBody) {
        res.status(200).type(body.contentType).setHeader('Content-Disposition', `attachment; filename="${body.filename}"`);
        res.setHeader('Cache-Control', 'no-store');
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.send(body.data);
        return;
      }
      res
        .status(200)
        .type(options.contentType ?? 'application/json')
        .send(JSON.stringify(body));
    } catch (error) {
      if (ctx && !ctx.finished) {
        ctx.finished = true;
        ctx.audit.clear();
        if (ctx.queryRunner.isTransactionActive) await ctx.queryRunner.rollbackTransaction().catch(() => undefined);
      }
      const failure = toRestError(error, requestId);
      if (failure.code === 'INTERNAL_SERVER_ERROR') {
        log({ level: 'error', requestId, msg: 'unexpected error in a REST route', error: String((error as Error | null)?.stack ?? error).slice(0, 4000) });
      }
      if (!res.headersSent)
        res
          .status(failure.status)
          .type(options.contentType ?? 'application/json')
          .send(JSON.stringify(errorBody(failure)));
    } finally {
      if (ctx && !ctx.queryRunner.isReleased) await ctx.queryRunner.release().catch(() => undefined);
    }
  };
}

function toRestError(error: unknown, requestId: string): RestError {
  if (error instanceof BrugError) {
    const { code, http: _http, ...extensions } = error.extensions as { code: ErrorCode; http?: unknown } & Record<string, unknown>;
    return { status: (STATUS as Partial<Record<string, number>>)[code] ?? 500, code, message: error.message, requestId, extensions };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      status: 503,
      code: 'SERVICE_UNAVAILABLE',
      message: 'Brug cannot reach its database right now. Please try again in a moment.',
      requestId,
      extensions: {},
    };
  }
  return {
    status: 500,
    code: 'INTERNAL_SERVER_ERROR',
    message: 'Something went wrong on our side. Nothing was saved; please try again.',
    requestId,
    extensions: {},
  };
}

/**
 * Answers a body parser's refusal (too large, not JSON) in Brug's error shape instead of the
 * generic 500; every other error goes on. `notJson` is left out where the body is not JSON.
 */
export function bodyErrorHandler(messages: { tooLarge: string; notJson?: { message: string; code: string } }): express.ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    const status = (error as { status?: number } | null)?.status;
    const tooLarge = status === 413;
    if (!status || (!tooLarge && (!messages.notJson || status < 400 || status >= 500))) {
      next(error);
      return;
    }
    const { message, code } = tooLarge ? { message: messages.tooLarge, code: 'PAYLOAD_TOO_LARGE' } : messages.notJson!;
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
