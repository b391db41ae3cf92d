import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

/** The GraphQL errors inside whatever Apollo threw or returned (empty for network errors). */
export function graphQLErrors(error: unknown): readonly GraphQLFormattedError[] {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

/** The first error's `extensions.code` (NETWORK when the API could not be reached). */
export function errorCode(error: unknown): string | undefined {
  if (!error) return undefined;
  const first = graphQLErrors(error).at(0);
  if (!first) return 'NETWORK';
  return (first.extensions?.code as string | undefined) ?? 'INTERNAL_SERVER_ERROR';
}

export function errorExtensions(error: unknown): Record<string, unknown> {
  return graphQLErrors(error).at(0)?.extensions ?? {};
}
