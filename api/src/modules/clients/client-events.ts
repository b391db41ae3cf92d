import type { RequestContext } from '../../context';
import { ClientEvent } from './client-event.entity';

export interface NewClientEvent {
  clientId: string;
  ownerOrganisationId: string;
  kind: string;
  scope: string | null;
  summary?: Record<string, unknown>;
  subjectType?: string;
  subjectId?: string;
  occurredAt?: Date;
}

/** Adds an entry to the client's timeline, in the request's transaction, as the viewer. */
export async function recordClientEvent(ctx: RequestContext, event: NewClientEvent): Promise<void> {
  const viewer = ctx.viewer;
  await ctx.em
    .createQueryBuilder()
    .insert()
    .into(ClientEvent)
    .updateEntity(false)
    .values({
      clientId: event.clientId,
      ownerOrganisationId: event.ownerOrganisationId,
      organisationId: viewer?.organisationId ?? null,
      organisationName: viewer?.organisationName ?? '',
      actorUserId: viewer?.userId ?? null,
      actorName: ctx.actorName,
      kind: event.kind,
      scope: event.scope,
      summary: (event.summary ?? {}) as never,
      subjectType: event.subjectType ?? null,
      subjectId: event.subjectId ?? null,
      occurredAt: event.occurredAt ?? ctx.now,
    })
    .execute();
}
