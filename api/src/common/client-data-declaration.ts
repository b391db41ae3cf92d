import { Extensions } from 'type-graphql';

/**
 * How a GraphQL field or type declares whether it carries client data: an extension on the
 * schema, read back by a test. The rule and the guard are the access layer's
 * (`access/client-data.ts`); the declaration sits down here so that shared GraphQL types
 * (pagination) can declare themselves too.
 */
export const CLIENT_DATA_EXTENSION = 'clientData';
// The decorators spell the key out: entity modules may be decorated while this module is
// still loading (import cycles through the entities), before the constant above is assigned.

export interface ClientDataExtension<Section extends string = string> {
  free?: string;
  section?: Section | null | 'per-row';
  wholeType?: boolean;
}

type AnyDecorator = ClassDecorator & MethodDecorator & PropertyDecorator;

/** This type or field carries no client data; `reason` says why in one line. */
export function NoClientData(reason: string): AnyDecorator {
  return Extensions({ clientData: { free: reason } satisfies ClientDataExtension });
}
