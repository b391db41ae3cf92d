import type { IncomingMessage, Server } from 'node:http';
import { parse as parseCookies } from 'cookie';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { Client as PgClient } from 'pg';
import type { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import type { Viewer } from '../../access';
import type { Config } from '../../config';
import { inOwnTransaction, type RequestContext } from '../../context';
import { graphqlLimits, MAX_TOKENS } from '../../http/graphql-limits';
import { SESSION_COOKIE, sessionLookupSql, viewerFromSessionRow, twoFactorEnrolmentRequiredError } from '../identity';
import { inboxCounts } from './inbox-counts';
import { INBOX_CHANNEL } from './notify';
import { LocalPubSub } from './pubsub';
import type { InboxCounts } from './inbox';

/** What a websocket subscription runs with: who connected, and this process's hub. */
export interface SubscriptionContext {
  viewer: Viewer | null;
  token: string;
  hub: LocalPubSub;
  dataSource: DataSource;
  config: Config;
}

/** Runs `work` in a short transaction as the subscriber (row-level security applies). Null once the session is gone. */
async function asSubscriber<T>(sub: SubscriptionContext, work: (ctx: RequestContext) => Promise<T>): Promise<T | null> {
  const now = new Date();
  // One round trip: the transaction, the clock, and the session (which sets the viewer's settings).
  return inOwnTransaction(
    { dataSource: sub.dataSource, config: sub.config },
    { 'brug.now': now.toISOString() },
    (ctx, rows) => {
      ctx.viewer = viewerFromSessionRow(rows[0] as Parameters<typeof viewerFromSessionRow>[0]);
      return ctx.viewer ? work(ctx) : Promise.resolve(null);
    },
    sessionLookupSql(sub.config, sub.token, now),
  );
}

/** The counts now, then again after every change announced for this user; ends when the session does. */
export async function* inboxStream(sub: SubscriptionContext): AsyncGenerator<InboxCounts> {
  const userId = sub.viewer!.userId;
  const changes = sub.hub.subscribe('inbox', userId)[Symbol.asyncIterator]();
  try {
    let counts = await asSubscriber(sub, inboxCounts);
    while (counts) {
      yield counts;
      const next = await changes.next();
      if (next.done) return;
      counts = await asSubscriber(sub, inboxCounts);
    }
  } finally {
    await changes.return?.();
  }
}

const refused = (message: string, code: string) => [new GraphQLError(message, { extensions: { code } })];

/**
 * The websocket does not go through Apollo's plugins, so each operation is checked here exactly
 * as over HTTP: the token limit while parsing, graphql-js's rules plus the same depth, alias,
 * directive and cost limits (graphql-armor), the two-factor enrolment rule, and only
 * subscriptions (queries and mutations go over HTTP, in their one audited transaction). The
 * input guard is a schema middleware, so it applies here too.
 */
export function subscriptionGuard(schema: GraphQLSchema, config: Config) {
  const rules = [...specifiedRules, ...new ApolloArmor(graphqlLimits(config)).protect().validationRules];
  return (
    viewer: Viewer | null | undefined,
    payload: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null },
  ): ExecutionArgs | readonly GraphQLError[] => {
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxLexicalTokens: MAX_TOKENS });
    } catch (error) {
      return refused(error instanceof GraphQLError ? error.message : 'The operation could not be parsed.', 'GRAPHQL_PARSE_FAILED');
    }
    const errors = validate(schema, document, rules);
    if (errors.length)
      return errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { ...e.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } }));
    const operation = getOperationAST(document, payload.operationName ?? undefined);
    if (!operation) return refused('Name the operation to run.', 'BAD_USER_INPUT');
    if (operation.operation !== OperationTypeNode.SUBSCRIPTION)
      return refused('Only subscriptions run over the websocket; send queries and mutations over HTTP.', 'BAD_REQUEST');
    if (viewer?.twoFactorEnrolmentRequired) {
      const error = twoFactorEnrolmentRequiredError();
      return [new GraphQLError(error.message, { extensions: error.extensions })];
    }
    return { schema, document, variableValues: payload.variables ?? undefined, operationName: payload.operationName ?? undefined };
  };
}

function tokenOf(request: IncomingMessage, params: Record<string, unknown> | undefined): string | undefined {
  const fromParams = typeof params?.token === 'string' ? params.token : undefined;
  return fromParams ?? parseCookies(request.headers.cookie ?? '')[SESSION_COOKIE];
}

/**
 * graphql-ws on the API's own server and path (/graphql), signed in by the session cookie sent
 * with the upgrade or a `token` in connectionParams. Each process LISTENs on one dedicated
 * connection; a NOTIFY from any process (sent on commit) wakes the affected users' streams.
 * Everything is closed with the HTTP server.
 */
export async function attachSubscriptions(
  httpServer: Server,
  schema: GraphQLSchema,
  dataSource: DataSource,
  config: Config,
): Promise<{ close(): Promise<void> }> {
  const hub = new LocalPubSub();
  const options = dataSource.options as { url?: string };
  let listener: PgClient | undefined;
  let stopped = false;
  // One dedicated connection LISTENs for this process; if it drops, it is opened again.
  const listen = async (): Promise<void> => {
    const client = new PgClient({ connectionString: options.url, application_name: 'brug-api-listen' });
    const retry = () => {
      if (listener !== client || stopped) return;
      listener = undefined;
      // Closed meanwhile: open nothing that no one would close.
      setTimeout(() => void (stopped ? undefined : listen().catch(() => undefined)), 1000).unref();
    };
    client.on('error', retry);
    client.on('end', retry);
    client.on('notification', (message) => {
      if (message.channel !== INBOX_CHANNEL || !message.payload) return;
      try {
        const userIds = JSON.parse(message.payload) as string[];
        for (const userId of userIds) hub.publish('inbox', userId, null);
      } catch {
        // A malformed payload wakes nobody.
      }
    });
    listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${INBOX_CHANNEL}`);
    } catch (error) {
      retry();
      throw error;
    }
  };
  await listen();

  const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const guard = subscriptionGuard(schema, config);
  const cleanup = useServer<Record<string, unknown>, { token?: string; viewer?: Viewer | null }>(
    {
      schema,
      onConnect: async (ctx) => {
        const token = tokenOf(ctx.extra.request, ctx.connectionParams);
        if (!token) return false;
        const viewer = await asSubscriber({ viewer: null, token, hub, dataSource, config }, (c) => Promise.resolve(c.viewer));
        if (!viewer) return false;
        ctx.extra.token = token;
        ctx.extra.viewer = viewer;
        return true;
      },
      onSubscribe: (ctx, _id, payload) => guard(ctx.extra.viewer, payload),
      context: (ctx): SubscriptionContext => ({ viewer: ctx.extra.viewer ?? null, token: ctx.extra.token ?? '', hub, dataSource, config }),
    },
    wss,
  );

  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= (async () => {
      for (const socket of wss.clients) socket.terminate();
      await Promise.resolve(cleanup.dispose()).catch(() => undefined);
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      stopped = true;
      await listener?.end().catch(() => undefined);
    })());
  // The server owner stops the HTTP server; the websockets and the LISTEN connection go with it.
  const closeHttp = httpServer.close.bind(httpServer);
  httpServer.close = (callback?: (error?: Error) => void) => {
    void close().finally(() => closeHttp(callback));
    return httpServer;
  };
  return { close };
}
