import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, UseMiddleware } from 'type-graphql';
import { authChecker } from './context';
import { guardInput } from './common';
import { resolvers } from './modules';
import { inboxPubSub } from './modules/notifications';

// The input guard on every resolver class (so on every field that takes arguments: only
// resolver methods do), after the access check, as before. Not a global middleware: that
// would wrap every plain field of every object in an async middleware chain as well, which
// costs more than the rest of a list page's work in Node.
for (const resolver of resolvers) UseMiddleware(guardInput)(resolver);

export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    pubSub: inboxPubSub,
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
}

/** The text committed as schema.graphql; a test fails when it differs from the code. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `# Generated from the API code by \`npm run schema\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
