import { type Scope, AuditOperation } from '../../access';
import { groupLoader } from '../../common';
import type { RequestContext } from '../../context';
import { type Client, ClientService, touch, recordClientEvent, type NewClientEvent } from '../clients';

/**
 * The client, if the viewer may see it (owner or live consent), through the clients module;
 * NOT_FOUND otherwise, exactly like an unknown id. Each caller audits what it reads.
 */
export function visibleClient(ctx: RequestContext, clientId: string): Promise<Client> {
  return new ClientService(ctx).findVisible(clientId);
}

/** Records an access to a client's data under the consent it relied on (none for the owner). */
export async function auditAccess(
  ctx: RequestContext,
  clientId: string,
  scopes: readonly Scope[] | readonly string[],
  operation: AuditOperation,
  action: string,
): Promise<void> {
  await ctx.audit.access({ clientId, scopes, operation, action });
}

/**
 * The organisations that follow a client (its owner and every organisation with a live
 * consent), as the database function `brug_client_followers` sees them: it answers only to an
 * organisation that itself follows the client.
 */
export async function followersOf(ctx: RequestContext, clientId: string): Promise<string[]> {
  return (await ctx.loader(followersByClient).load(clientId)).map((r) => r.id);
}

/** One statement for every client a request asks about, asked once per request. */
const followersByClient = (ctx: RequestContext) =>
  groupLoader<string, { client_id: string; id: string }>(
    (clientIds) =>
      ctx.em.query('SELECT c.client_id, f.id FROM unnest($1::uuid[]) AS c(client_id), LATERAL brug_client_followers(c.client_id) AS f(id)', [[...clientIds]]),
    (r) => r.client_id,
  );

/** A timeline entry for a change in the follow-up, and the client marked as active. */
export async function recordFollowUpEvent(ctx: RequestContext, event: NewClientEvent): Promise<void> {
  await recordClientEvent(ctx, event);
  await touch(ctx, event.clientId);
}

/** Remembers that the viewer opened this client now (for "changes since my last visit"). */
export async function recordVisit(ctx: RequestContext, clientId: string): Promise<void> {
  if (!ctx.viewer) return;
  await ctx.em.query(
    `INSERT INTO client_visits (user_id, client_id, visited_at) VALUES ($1, $2, $3)
     ON CONFLICT (user_id, client_id) DO UPDATE SET visited_at = EXCLUDED.visited_at`,
    [ctx.viewer.userId, clientId, ctx.now],
  );
}
