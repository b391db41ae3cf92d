import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { formatError, StartupError, jsonLog, type Log } from './common';
import type { Config } from './config';
import { bodyErrorHandler, openHttpContext, type HttpDeps, type RequestContext, transactionPlugin } from './context';
import { documentRoutes, DOCUMENT_PATHS } from './modules/documents';
import { sessionLookup } from './modules';
import { graphqlLimits, MAX_TOKENS } from './http/graphql-limits';
import { requestLog } from './http/request-log';
import { securityHeaders } from './http/security-headers';
import { twoFactorGate } from './modules/identity';
import { EXCHANGE_PATHS, exchangeRoutes } from './modules/exchange';
import { attachSubscriptions } from './modules/notifications';
import { buildApiSchema } from './schema';

export interface RunningServer {
  url: string;
  httpServer: Server;
  stop(): Promise<void>;
}

/** The one sentence for a port the API cannot listen on. */
function listenFailure(error: NodeJS.ErrnoException, port: number): Error {
  if (error.code === 'EADDRINUSE') return new StartupError(`Port ${port} is already in use by another program (PORT): stop it, or set PORT to a free port.`);
  if (error.code === 'EACCES') return new StartupError(`This user may not listen on port ${port} (PORT): choose a port above 1023.`);
  return error;
}

/** Fails early (before the WebSocket server, which would log the listen error its own way) when the port is taken. */
async function ensurePortIsFree(port: number): Promise<void> {
  if (!port) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', (error: NodeJS.ErrnoException) => reject(listenFailure(error, port)));
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

export async function startServer(dataSource: DataSource, config: Config, log: Log = jsonLog): Promise<RunningServer> {
  await ensurePortIsFree(config.port);
  const schema = await buildApiSchema();
  const deps: HttpDeps = { dataSource, config, sessions: sessionLookup };
  const app = express();
  app.disable('x-powered-by');
  // Behind a load balancer: the client address and https come from X-Forwarded-* (only when configured).
  app.set('trust proxy', config.trustProxy);
  const httpServer = createHttpServer(app);
  const requests = requestLog(log);
  const armor = new ApolloArmor(graphqlLimits(config)).protect();

  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: !config.production,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    validationRules: armor.validationRules,
    parseOptions: { maxLexicalTokens: MAX_TOKENS },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The sandbox page needs inline scripts our CSP refuses, and advertises the schema: off.
      ApolloServerPluginLandingPageDisabled(),
      // Brug gives no cache hints (answers are per person and never cached); Apollo's default
      // cache-control plugin would still hook into the resolution of every field.
      ApolloServerPluginCacheControlDisabled(),
      ...armor.plugins,
      twoFactorGate(),
      transactionPlugin(log),
      requests.plugin,
    ],
  });
  await apollo.start();
  await attachSubscriptions(httpServer, schema, dataSource, config);

  app.use(securityHeaders({ https: config.secureCookies }));
  // A request with a body over the cap is answered 413 before GraphQL sees it.
  app.use(
    '/graphql',
    requests.middleware,
    express.json({ limit: '100kb' }),
    bodyErrorHandler({
      tooLarge: 'The request is too large (at most 100 kB).',
      notJson: { message: 'The request body is not valid JSON.', code: 'BAD_REQUEST' },
    }),
  );
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
    expressMiddleware(apollo, {
      context: ({ req, res }) => openHttpContext(deps, req, res),
    }),
  );

  // Open exchange (HSDS, FHIR): REST under the same request context and rules as GraphQL.
  app.use(exchangeRoutes(deps, log));
  // Client documents (encrypted at rest): upload and download under the same rules.
  app.use(documentRoutes(deps, log));
  // An API path that does not exist is a JSON 404, never the web app's page.
  app.use([...EXCHANGE_PATHS, ...DOCUMENT_PATHS, '/graphql'], (_req, res) => {
    res.status(404).json({ errors: [{ message: 'There is no such API path.', extensions: { code: 'NOT_FOUND' } }] });
  });

  // The web app: built files, and index.html for every other path (client-side routes).
  const webDist = config.webDist;
  if (existsSync(path.join(webDist, 'index.html'))) {
    app.use(
      express.static(webDist, {
        index: false,
        maxAge: '1h',
        // The service worker and the manifest are checked on every visit, so a new version reaches installed apps.
        setHeaders: (res, file) => {
          if (/(^|[\\/])(sw\.js|manifest\.webmanifest)$/.test(file)) res.setHeader('Cache-Control', 'no-cache');
        },
      }),
    );
    app.get(/^\/(?!graphql).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(webDist, 'index.html'));
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('Brug API is running. The web app is not built: run `npm run build:web`.');
    });
  }

  // Anything that escapes the routes above: no stack page (Express shows one outside production).
  app.use((error: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const requestId = (res.locals.requestId as string | undefined) ?? randomUUID();
    log({ level: 'error', requestId, msg: 'unexpected error outside GraphQL', error: String((error as Error | null)?.stack ?? error).slice(0, 4000) });
    res
      .status(500)
      .json({ errors: [{ message: 'Something went wrong on our side. Please try again.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (error: NodeJS.ErrnoException) => {
      void apollo.stop().catch(() => undefined);
      reject(listenFailure(error, config.port));
    });
    httpServer.listen(config.port, resolve);
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    url: `http://localhost:${port}`,
    httpServer,
    /** Stops taking requests, lets the ones in flight finish (drain plugin), then closes. */
    async stop() {
      await apollo.stop();
    },
  };
}
