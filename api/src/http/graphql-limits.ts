import type { GraphQLArmorConfig } from '@escape.tech/graphql-armor-types';
import type { Config } from '../config';

/**
 * Limits on what one GraphQL document may ask, sized to Brug's own screens: the deepest real
 * query (a referral with its client, consents, service, organisation, locations...) is about 8
 * levels deep; the limits leave room above that and refuse the shapes only an attacker sends.
 */
/** Tokens in one document: Brug's largest screens send well under 1,000. */
export const MAX_TOKENS = 4000;

export function graphqlLimits(config: Config): GraphQLArmorConfig {
  return {
    maxDepth: { n: 12, ignoreIntrospection: true, exposeLimits: true },
    maxAliases: { n: 20, exposeLimits: true },
    maxDirectives: { n: 20, exposeLimits: true },
    // Counted by graphql-js's own parser (Apollo `parseOptions`, see maxTokens below): a clean 400.
    maxTokens: { enabled: false },
    costLimit: { maxCost: 20000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true, exposeLimits: true },
    // "Did you mean ...?" spells out the schema to someone guessing field names.
    blockFieldSuggestion: { enabled: config.production },
  };
}
