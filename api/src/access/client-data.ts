import { Extensions } from 'type-graphql';

/**
 * Every GraphQL field says whether it carries client data. The declaration sits next to the
 * field (or on a whole type that carries none) and is read back from the built schema: a test
 * walks every object type and fails on a field that declares neither.
 */
export const CLIENT_DATA_EXTENSION = 'clientData';

/** This type or field carries no client data; `reason` says why in one line. */
export function NoClientData(reason: string): ClassDecorator & MethodDecorator & PropertyDecorator {
  return Extensions({ [CLIENT_DATA_EXTENSION]: { free: reason } }) as ClassDecorator & MethodDecorator & PropertyDecorator;
}
