import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';
import { isDatabaseUnavailable, type Log } from '../common';
import type { RequestContext } from './request-context';

/**
 * Ends each request's transaction. A mutation that met any error is rolled back whole (nothing
 * half-applied); otherwise the audit entries are written and everything commits together,
 * before the answer leaves the server. If the commit fails, the answer says so instead.
 */
export function transactionPlugin(log: Log): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            const code = error.extensions.code;
            if (!code || code === 'INTERNAL_SERVER_ERROR') {
              const original = error.originalError ?? error;
              log({ level: 'error', requestId: contextValue.requestId, msg: 'unexpected error', error: String(original.stack ?? original).slice(0, 4000) });
            }
          }
          return Promise.resolve();
        },
        async willSendResponse({ contextValue: ctx, response, operation, errors }) {
          if (ctx.finished) return;
          ctx.finished = true;
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const failedMutation = operation?.operation === OperationTypeNode.MUTATION && !!errors?.length;
          const runner = ctx.queryRunner;
          let committing = false;
          try {
            if (failedMutation || !operation) {
              ctx.audit.clear();
              if (runner.isTransactionActive) await runner.rollbackTransaction();
            } else {
              await ctx.audit.flush(ctx.em);
              committing = true;
              await runner.commitTransaction();
            }
          } catch (error) {
            ctx.audit.clear();
            if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
            const unavailable = isDatabaseUnavailable(error);
            if (!unavailable) log({ level: 'error', requestId: ctx.requestId, msg: 'commit failed', error: String(error) });
            if (body) {
              body.data = null;
              body.errors = [
                new GraphQLError(
                  // A connection lost during COMMIT leaves the outcome unknown: say so, never "nothing was saved".
                  unavailable && committing && operation?.operation === OperationTypeNode.MUTATION
                    ? 'Brug lost its database connection while saving. Your change may or may not have been saved: check before you try again.'
                    : unavailable
                      ? 'Brug cannot reach its database right now. Nothing was saved; please try again in a moment.'
                      : 'Something went wrong on our side. Nothing was saved; please try again.',
                  {
                    extensions: {
                      code: unavailable ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR',
                      requestId: ctx.requestId,
                      ...(unavailable && committing && operation?.operation === OperationTypeNode.MUTATION ? { outcomeUnknown: true } : {}),
                    },
                  },
                ).toJSON(),
              ];
            }
          } finally {
            await runner.release().catch(() => undefined);
          }
          if (body) {
            for (const error of body.errors ?? []) {
              const code = error.extensions?.code;
              if (code === 'INTERNAL_SERVER_ERROR' || code === 'SERVICE_UNAVAILABLE') {
                (error as { extensions: Record<string, unknown> }).extensions = { ...error.extensions, requestId: ctx.requestId };
              }
            }
            if (ctx.config.exposeStatementCount) body.extensions = { ...body.extensions, sqlStatements: ctx.statementCount };
          }
        },
      });
    },
  };
}
