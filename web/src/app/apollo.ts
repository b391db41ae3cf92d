import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { watchedFetch } from '../ui/connection';
import { sessionEnded } from '../ui/session-ended';

/**
 * Queries and mutations go over HTTP with the httpOnly session cookie (same origin). Apollo
 * Server's CSRF prevention accepts them because the body is JSON (content-type
 * application/json is not a "simple" request); the preflight header makes that explicit.
 * Every answer or network failure tells the page whether Brug is reachable (ui/connection.ts).
 */
const httpLink = new HttpLink({
  uri: '/graphql',
  fetch: watchedFetch,
  credentials: 'same-origin',
  headers: { 'apollo-require-preflight': 'true' },
});

/**
 * Subscriptions (e.g. `inboxChanged`, added by the referrals module) go over graphql-ws on
 * /graphql. The client is lazy: it opens the socket only when a subscription starts, so an
 * API without a WebSocket server is never contacted until a page subscribes.
 */
function websocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}

const wsLink = new GraphQLWsLink(
  createClient({
    url: websocketUrl,
    lazy: true,
    // Keep reconnecting (graphql-ws waits longer after each failure), so the live counts
    // come back by themselves after a network hiccup or an API restart.
    retryAttempts: Infinity,
    shouldRetry: () => true,
  }),
);

/** Operations whose UNAUTHENTICATED answer means "wrong credentials", not "session ended". */
const SIGN_IN_OPERATIONS = new Set(['Login', 'LoginWithCode', 'AcceptInvitation']);
/** The client's own view answers UNAUTHENTICATED without its code: its page handles that itself (no worker session is involved). */
const CLIENT_VIEW_OPERATIONS = new Set(['OpenClientView', 'MyRecordAccess', 'WithdrawMyConsent', 'CloseClientView']);

const sessionLink = new ErrorLink(({ error, operation }) => {
  if (SIGN_IN_OPERATIONS.has(operation.operationName ?? '') || CLIENT_VIEW_OPERATIONS.has(operation.operationName ?? '')) return;
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) sessionEnded();
});

const link = ApolloLink.from([sessionLink, ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, wsLink, httpLink)]);

interface Connection {
  nodes: unknown[];
  edges?: unknown[];
}

/** Cursor lists: one cache entry per set of criteria; a page with `after` is appended ("load more"). */
function connectionPolicy(keyArgs: string[]) {
  return {
    keyArgs,
    merge(existing: Connection | undefined, incoming: Connection, { args }: { args: Record<string, unknown> | null }) {
      if (!existing || !args?.after) return incoming;
      return {
        ...incoming,
        nodes: [...existing.nodes, ...incoming.nodes],
        ...(incoming.edges ? { edges: [...(existing.edges ?? []), ...incoming.edges] } : {}),
      };
    },
  };
}

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link,
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            services: connectionPolicy(['filter']),
            staleListings: connectionPolicy(['months']),
            organisations: connectionPolicy(['search']),
            clients: connectionPolicy(['relation', 'search']),
            auditTrail: connectionPolicy(['clientId']),
            clientsDueForReview: connectionPolicy(['first']),
          },
        },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
