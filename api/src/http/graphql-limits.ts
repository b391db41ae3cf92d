import type { GraphQLArmorConfig } from '@escape.tech/graphql-armor-types';
import type { Config } from '../config';

/**
 * Limits on what one GraphQL document may ask, sized to Brug's own screens: the deepest real
 * query (a referral with its client, consents, service, organisation, locations...) is about 8
 * levels deep; the limits leave room above that and refuse the shapes only an attacker sends.
 */
export function graphqlLimits(config: Config): GraphQLArmorConfig {
  return {
    maxDepth: { n: 12, ignoreIntrospection: true, exposeLimits: true },
    maxAliases: { n: 20, exposeLimits: true },
    maxDirectives: { n: 20, exposeLimits: true },
    maxTokens: { n: 4000, exposeLimits: true },
    costLimit: { maxCost: 20000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true, exposeLimits: true },
    // "Did you mean ...?" spells out the schema to someone guessing field names.
    blockFieldSuggestion: { enabled: config.production },
  };
}
