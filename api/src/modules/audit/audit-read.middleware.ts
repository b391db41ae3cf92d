import type { MiddlewareFn } from 'type-graphql';
import type { RequestContext } from '../../context/request-context';
import { AuditOperation } from './audit-entry.entity';
import { rootFieldName } from './root-field';

/**
 * Every field of a Client that is returned counts as a read of that client, wherever the client
 * appears (client, clients, a referral's client, a mutation's answer): one audit entry per
 * client and root field, to which the section fields add the sections actually returned.
 */
export const AuditClientRead: MiddlewareFn<RequestContext> = async ({ root, context, info }, next) => {
  const clientId = (root as { id?: string } | undefined)?.id;
  if (clientId && info.parentType.name === 'Client') await auditRead(context, clientId, [], rootFieldName(info));
  return next();
};

/** Records that the viewer read these sections of a client (none: the client itself). */
export async function auditRead(ctx: RequestContext, clientId: string, scopes: readonly string[], action: string): Promise<void> {
  const consent = await ctx.consentFor(clientId);
  ctx.audit.record({ clientId, scopes, operation: AuditOperation.READ, action, consentId: consent?.id ?? null });
}
