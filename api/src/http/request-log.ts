import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { Kind, type FormattedExecutionResult, type OperationDefinitionNode } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../context';
import type { Log } from '../common';

interface Seen {
  operation?: OperationDefinitionNode;
  body?: FormattedExecutionResult;
}

/**
 * One line per GraphQL request, written when the answer has left: operation, duration,
 * status, request id and error codes. Never variables, messages, e-mail addresses or tokens:
 * a log must not become a register of who was looked up.
 */
export function requestLog(log: Log): { middleware: RequestHandler; plugin: ApolloServerPlugin<RequestContext> } {
  // Keyed by request id: Apollo hands plugins a copy of the context object, not the one we made.
  const seen = new Map<string, Seen>();
  const middleware: RequestHandler = (_req, res, next) => {
    const started = process.hrtime.bigint();
    const requestId = randomUUID();
    res.locals.requestId = requestId;
    // 'close' comes after 'finish', and also when the client went away first.
    res.on('close', () => {
      const { operation, body } = seen.get(requestId) ?? {};
      seen.delete(requestId);
      const codes = [...new Set((body?.errors ?? []).map((e) => (e.extensions?.code as string | undefined) ?? 'INTERNAL_SERVER_ERROR'))];
      log({
        level: codes.includes('INTERNAL_SERVER_ERROR') || res.statusCode >= 500 ? 'error' : 'info',
        msg: 'graphql request',
        requestId,
        operationType: operation?.operation ?? null,
        // A client's name for its operation (e.g. "SignIn"): a GraphQL name, never data.
        operationName: operation?.name?.value ?? null,
        rootFields: operation?.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])) ?? [],
        status: res.statusCode,
        durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        errorCodes: codes,
      });
    });
    next();
  };
  const plugin: ApolloServerPlugin<RequestContext> = {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ contextValue, response, operation }) {
          seen.set(contextValue.requestId, {
            operation: operation ?? undefined,
            body: response.body.kind === 'single' ? response.body.singleResult : undefined,
          });
          return Promise.resolve();
        },
      });
    },
  };
  return { middleware, plugin };
}
