import { isListType, isNonNullType, type GraphQLResolveInfo } from 'graphql';
import { Extensions, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import { CLIENT_DATA_EXTENSION, NoClientData, type ClientDataExtension as Declaration, notFound } from '../common';
import type { AccessContext } from './access-context';
import { AuditOperation } from './audit-entry.entity';
import { clientAccess } from './client-access';
import type { Scope } from './scopes';

/**
 * Every GraphQL field says whether it carries client data, next to the field (or on a whole
 * type). The declarations are read back from the built schema: a test walks every object type
 * and fails on a field that declares nothing (tests/integration/access/client-data-declared).
 *
 * - `@ClientData({ section, client })`: the value comes from a client's record or is free text
 *   about a client. One middleware answers it only while the viewer may see that client (and
 *   that section) now, judged per request, and records the read in the audit trail under the
 *   consent used. Otherwise the field answers empty (null, or [] for a list).
 * - `@ClientDataType(section)`: a type that is client data as a whole (a section's content, a
 *   planned introduction); it may only be reached through a `@ClientData` field (checked by
 *   the same test), which gates and audits it.
 * - `@NoClientData(reason)`: this field or type carries none; the reason says why in one line.
 */
export { CLIENT_DATA_EXTENSION, NoClientData };

export type ClientDataSection<Root> = Scope | null | ((root: Root) => Scope | null);

export interface ClientDataDeclaration<Root> {
  /** The section the value belongs to; null: whoever may see the client sees it (pseudonym, referral texts). */
  section: ClientDataSection<Root>;
  /** The client the value is about. */
  client: (root: Root) => string | null | undefined;
}

export type ClientDataExtension = Declaration<Scope>;

/** A type that is client data as a whole, reached only through a guarded `@ClientData` field. */
export function ClientDataType(section: Scope | null): ClassDecorator {
  return Extensions({ clientData: { section, wholeType: true } satisfies ClientDataExtension });
}

/** Declares a field as client data: gated by the viewer's live access to the client, and audited. */
export function ClientData<Root>(declaration: ClientDataDeclaration<Root>): MethodDecorator & PropertyDecorator {
  const section = declaration.section;
  const declared: ClientDataExtension = { section: typeof section === 'function' ? 'per-row' : section };
  const guard: MiddlewareFn<AccessContext> = async ({ root, context, info }, next) => {
    const clientId = declaration.client(root as Root);
    if (!clientId) return denied(info);
    const scope = typeof section === 'function' ? section(root as Root) : section;
    const access = await clientAccess(context, clientId);
    if (!access || (scope && !access.scopes.includes(scope))) return denied(info);
    const value: unknown = await next();
    // Any read of the client counts; a section counts only when something of it was returned.
    const returned = value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
    await context.audit.access({ clientId, scopes: scope && returned ? [scope] : [], operation: AuditOperation.READ, action: info });
    return value;
  };
  const extensions = Extensions({ clientData: declared });
  const middleware = UseMiddleware(guard);
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    extensions(target, key, descriptor as PropertyDescriptor);
    middleware(target, key, descriptor as PropertyDescriptor);
  };
}

/** What a denied field answers: nothing, in the shape its type allows. */
function denied(info: GraphQLResolveInfo): null | [] {
  const type = info.returnType;
  if (isListType(type) || (isNonNullType(type) && isListType(type.ofType))) return [];
  // A required field about a client the viewer may no longer see: answer as for an unknown client.
  if (isNonNullType(type)) throw notFound('Client');
  return null;
}
