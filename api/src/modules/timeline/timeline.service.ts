import { restrictToAllowed, Scope, AuditOperation } from '../../access';
import { badInput, checkPageSize, cursorCodec, encodeCursor } from '../../common';
import type { RequestContext } from '../../context';
import { auditAccess, recordVisit, visibleClient } from '../follow-up';
import { ClientEvent } from '../clients';
import type { TimelineConnection, TimelineEntry } from './timeline-entry.type';
import { enumValue } from '../../common';

export interface TimelineQuery {
  clientId: string;
  organisationId?: string | null;
  kinds?: string[] | null;
  first: number;
  after?: string | null;
}

const KIND = /^[A-Z][A-Z_]{0,49}$/;
/** The cursor keeps occurred_at to the microsecond, as PostgreSQL stores it. */
const CURSOR_AT = `to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * A client's one timeline: every organisation's entries the viewer may see, newest first, in
 * one keyset-paginated query over client_events that the ability restricts in SQL (owner:
 * all; the writing organisation: its own; consented organisations: scope null and their
 * consented scopes). It walks the (client_id, occurred_at, id) index backwards and stops after
 * one page, so a long history costs no more than a short one.
 */
export class TimelineService {
  constructor(private readonly ctx: RequestContext) {}

  async page(query: TimelineQuery): Promise<TimelineConnection> {
    const { ctx } = this;
    const first = checkPageSize(query.first);
    const cursor = timelineCursor.decode(query.after);
    const kinds = query.kinds?.length ? query.kinds : null;
    if (kinds?.some((k) => !KIND.test(k))) throw badInput('kinds', 'each kind must be an entry kind such as NOTE_ADDED.', 'INVALID');
    const client = await visibleClient(ctx, query.clientId);
    await recordVisit(ctx, client.id);

    const qb = ctx.em.createQueryBuilder(ClientEvent, 'e').where('e.client_id = :clientId', { clientId: client.id });
    let rows: { entity: ClientEvent; at: string }[] = [];
    if (await restrictToAllowed(ctx, qb, 'read', 'ClientEvent', 'e')) {
      if (query.organisationId) qb.andWhere('e.organisation_id = :organisationId', { organisationId: query.organisationId });
      if (kinds) qb.andWhere('e.kind = ANY(:kinds)', { kinds });
      if (cursor) qb.andWhere('(e.occurred_at, e.id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS bigint))', { afterAt: cursor[0], afterId: cursor[1] });
      const { entities, raw } = await qb
        .addSelect(CURSOR_AT, 'cursor_at')
        .orderBy('e.occurred_at', 'DESC')
        .addOrderBy('e.id', 'DESC')
        .limit(first + 1)
        .getRawAndEntities<{ cursor_at: string }>();
      rows = entities.map((entity, i) => ({ entity, at: raw[i].cursor_at }));
    }

    const page = rows.slice(0, first);
    const scopes = new Set<string>();
    page.forEach((r) => r.entity.scope && scopes.add(r.entity.scope));
    await auditAccess(ctx, client.id, [...scopes].sort(), AuditOperation.READ, 'clientTimeline');

    const viewerOrg = ctx.viewer?.organisationId ?? null;
    const edges = page.map(({ entity, at }) => ({ cursor: encodeCursor(timelineCursor.key([at, entity.id])), node: toEntry(entity, viewerOrg) }));
    return {
      nodes: edges.map((e) => e.node),
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    };
  }
}

function toEntry(event: ClientEvent, viewerOrganisationId: string | null): TimelineEntry {
  const text = typeof event.summary.text === 'string' ? event.summary.text : null;
  return {
    id: event.id,
    clientId: event.clientId,
    kind: event.kind,
    occurredAt: event.occurredAt,
    scope: enumValue(Scope, event.scope) ?? null,
    organisationId: event.organisationId,
    organisationName: event.organisationName,
    fromOtherOrganisation: event.organisationId !== viewerOrganisationId,
    actorName: event.actorName,
    summary: event.summary,
    text,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
  };
}

/** Entries page by occurred_at (to the microsecond, as text), then id. */
const timelineCursor = cursorCodec('time', 'serial');
