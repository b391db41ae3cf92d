import type express from 'express';
import { parse as parseCookies } from 'cookie';
import { isDatabaseUnavailable, BrugError } from '../common';
import { abandonRequestTransaction, HttpDeps, lazyRequestTransaction, openRequestTransaction, RequestContext } from './request-context';

function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}

const unavailable = () =>
  new BrugError('SERVICE_UNAVAILABLE', 'Brug cannot reach its database right now. Please try again in a moment.', { http: { status: 503 } });

/**
 * The request context of one HTTP request (GraphQL or REST): its one transaction, the viewer
 * from the Bearer token or the session cookie, and the row-level security settings. The
 * caller ends the transaction (GraphQL: transaction plugin; REST: `rest-route.ts`); a request
 * that never gets there still gives its connection back when the response closes.
 */
export async function openHttpContext(deps: HttpDeps, req: express.Request, res: express.Response): Promise<RequestContext> {
  const { dataSource, config, sessions } = deps;
  const { isClientViewToken } = sessions;
  // A Bearer token says which kind of session it is; without one, the worker's cookie comes
  // first and the client-view cookie counts only where no worker is signed in.
  const cookies = parseCookies(req.headers.cookie ?? '');
  const bearer = bearerToken(req.headers.authorization);
  const token = bearer ? (isClientViewToken(bearer) ? undefined : bearer) : cookies[sessions.sessionCookie];
  const clientViewToken = bearer ? (isClientViewToken(bearer) ? bearer : undefined) : cookies[sessions.clientViewCookie];
  const testNow = config.allowTestClock ? req.headers['x-brug-test-now'] : undefined;
  // Over HTTPS (directly, or per X-Forwarded-Proto from a trusted proxy) cookies are Secure.
  const secure = config.secureCookies || req.secure;
  const now = typeof testNow === 'string' ? new Date(testNow) : new Date();
  // Row-level security reads the clock and the viewer (set by the session statement), local to
  // the transaction. Signed in: transaction, settings and session in one round trip. Signed
  // out: nothing is sent until the request's first statement (none for `{ __typename }`).
  const settings = { 'brug.now': now.toISOString() };
  let queryRunner;
  let sessionRows: unknown[] = [];
  try {
    if (token) ({ queryRunner, rows: sessionRows } = await openRequestTransaction(dataSource, settings, sessions.sessionSql(config, token, now)));
    else queryRunner = lazyRequestTransaction(dataSource, settings);
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw unavailable();
    throw error;
  }
  const ctx = new RequestContext(
    deps,
    queryRunner,
    {
      set: (name, value, { maxAgeSeconds }) => res.cookie(name, value, { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: maxAgeSeconds * 1000 }),
      clear: (name) => res.clearCookie(name, { httpOnly: true, sameSite: 'strict', secure, path: '/' }),
    },
    { now, requestId: res.locals.requestId as string, clientAddress: req.ip },
  );
  ctx.viewer = sessions.viewerFromRow(sessionRows[0] as object | undefined);
  // A request that never reaches the end of the pipeline must still give its connection back.
  // Roll back first: a pooled connection must never go back with a transaction open, and no
  // statement still queued may run after the rollback, outside the transaction.
  // (Apollo's plugins see a copy of ctx, so ask the query runner whether it is done.)
  res.on('close', () => {
    if (!ctx.finished && !queryRunner.isReleased) {
      ctx.finished = true;
      abandonRequestTransaction(queryRunner);
      void queryRunner
        .rollbackTransaction()
        .catch(() => undefined)
        .finally(() => queryRunner.release().catch(() => undefined));
    }
  });
  // No worker signed in: a client's own view (a code's short session) may be. Row-level
  // security reads its client from `brug.client_id`, local to this transaction.
  if (!ctx.viewer && isClientViewToken(clientViewToken)) {
    try {
      ctx.clientSession = await sessions.clientSession(ctx.em, clientViewToken, ctx.now);
      if (ctx.clientSession) await ctx.em.query(`SELECT set_config('brug.client_id', $1, true)`, [ctx.clientSession.clientId]);
    } catch (error) {
      ctx.finished = true;
      await queryRunner.rollbackTransaction().catch(() => undefined);
      await queryRunner.release().catch(() => undefined);
      if (isDatabaseUnavailable(error)) throw unavailable();
      throw error;
    }
  }
  return ctx;
}
