import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { existsSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { formatError, isDatabaseUnavailable } from './common/error-format';
import { BrugError } from './common/errors';
import type { Config } from './config';
import { openRequestTransaction, RequestContext } from './context/request-context';
import { transactionPlugin } from './context/transaction-plugin';
import { jsonLog, type Log } from './http/logger';
import { securityHeaders } from './http/security-headers';
import { liveConsents } from './modules';
import { resolveSession, SESSION_COOKIE } from './modules/identity/session.service';
import { attachSubscriptions } from './modules/notifications/subscriptions';
import { buildApiSchema } from './schema';
import { parse as parseCookies } from 'cookie';

export interface RunningServer {
  url: string;
  httpServer: Server;
  stop(): Promise<void>;
}

function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}

export async function startServer(dataSource: DataSource, config: Config, log: Log = jsonLog): Promise<RunningServer> {
  const schema = await buildApiSchema();
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createHttpServer(app);

  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: !config.production,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), transactionPlugin(log)],
  });
  await apollo.start();
  await attachSubscriptions(httpServer, schema, dataSource, config);

  app.use(securityHeaders({ https: config.secureCookies }));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const token = bearerToken(req.headers.authorization) ?? parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
        const testNow = config.allowTestClock ? req.headers['x-brug-test-now'] : undefined;
        let queryRunner;
        try {
          queryRunner = await openRequestTransaction(dataSource);
        } catch (error) {
          if (isDatabaseUnavailable(error)) {
            throw new BrugError('SERVICE_UNAVAILABLE', 'Brug cannot reach its database right now. Please try again in a moment.', { http: { status: 503 } });
          }
          throw error;
        }
        const ctx = new RequestContext(
          { dataSource, config, liveConsents },
          queryRunner,
          {
            set: (name, value, { maxAgeSeconds }) =>
              res.cookie(name, value, { httpOnly: true, sameSite: 'strict', secure: config.secureCookies, path: '/', maxAge: maxAgeSeconds * 1000 }),
            clear: (name) => res.clearCookie(name, { httpOnly: true, sameSite: 'strict', secure: config.secureCookies, path: '/' }),
          },
          { now: typeof testNow === 'string' ? new Date(testNow) : undefined },
        );
        // A request that never reaches the end of the pipeline must still give its connection back.
        // Roll back first: a pooled connection must never go back with a transaction open.
        res.on('close', () => {
          if (!ctx.finished) {
            ctx.finished = true;
            void queryRunner
              .rollbackTransaction()
              .catch(() => undefined)
              .finally(() => queryRunner.release().catch(() => undefined));
          }
        });
        try {
          if (token) ctx.viewer = await resolveSession(ctx.em, config, token, ctx.now);
          // Row-level security reads these; `true` = local to this transaction, gone at its end.
          await ctx.em.query(
            `SELECT set_config('brug.user_id', $1, true), set_config('brug.organisation_id', $2, true), set_config('brug.now', $3, true)`,
            [ctx.viewer?.userId ?? '', ctx.viewer?.organisationId ?? '', ctx.now.toISOString()],
          );
        } catch (error) {
          ctx.finished = true;
          await queryRunner.rollbackTransaction().catch(() => undefined);
          await queryRunner.release().catch(() => undefined);
          if (isDatabaseUnavailable(error)) throw new BrugError('SERVICE_UNAVAILABLE', 'Brug cannot reach its database right now. Please try again in a moment.', { http: { status: 503 } });
          throw error;
        }
        return ctx;
      },
    }),
  );

  // The web app: built files, and index.html for every other path (client-side routes).
  const webDist = config.webDist;
  if (existsSync(path.join(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!graphql).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(webDist, 'index.html'));
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('Brug API is running. The web app is not built: run `npm run build:web`.');
    });
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, resolve);
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    url: `http://localhost:${port}`,
    httpServer,
    async stop() {
      await apollo.stop();
    },
  };
}
