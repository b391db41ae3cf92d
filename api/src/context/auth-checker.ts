import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from './request-context';
import { forbidden, unauthenticated } from '../common';

/**
 * Root fields declare their access: `@Authorized()` (signed in), `@Authorized('COORDINATOR')`,
 * `@Authorized(CLIENT_SESSION)` (the client's own view, and nothing else), or `@Public()`. A test fails when a root field declares neither. Finer rules (which
 * organisation, which client) are the CASL ability's, in the services.
 */
/** The role of the client's own view (`@Authorized(CLIENT_SESSION)`): a client-view session, no user. */
export const CLIENT_SESSION = 'CLIENT_SESSION';

export const authChecker: AuthChecker<RequestContext> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (roles.includes(CLIENT_SESSION)) {
    if (context.clientSession && !viewer) return true;
    throw unauthenticated('This page needs the code your worker gave you. Ask them for a new one.');
  }
  if (!viewer) throw unauthenticated();
  if (roles.length === 0) return true;
  const held = [viewer.networkRole, viewer.role].filter(Boolean) as string[];
  if (roles.some((role) => held.includes(role))) return true;
  throw forbidden();
};

const publicFields = new Set<string>();

/** Marks a root field as open to anyone, signed in or not (sign-in itself, `me`). */
export function Public(): MethodDecorator {
  return (target, propertyKey) => {
    publicFields.add(`${target.constructor.name}.${String(propertyKey)}`);
  };
}

export const isPublicField = (resolverClass: string, method: string) => publicFields.has(`${resolverClass}.${method}`);
