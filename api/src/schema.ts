import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './context';
import { guardInput } from './common';
import { resolvers } from './modules';
import { inboxPubSub } from './modules/notifications';

export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    globalMiddlewares: [guardInput],
    pubSub: inboxPubSub,
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
}

/** The text committed as schema.graphql; a test fails when it differs from the code. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `# Generated from the API code by \`npm run schema\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
