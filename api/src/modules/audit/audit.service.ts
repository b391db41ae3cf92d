import { row, AuditEntry, AuditOperation } from '../../access';
import { forbidden, checkPageSize, cursorCodec, Page, PageArgs, toPage } from '../../common';
import type { RequestContext } from '../../context';
import { ClientService } from '../clients';

/** The trail pages by its lines' last entry id. */
const trailCursor = cursorCodec('serial');

/** A client's audit trail, for the owning organisation: who looked at or changed what, when, under which consent. */
export class AuditService {
  constructor(private readonly ctx: RequestContext) {}

  /**
   * Newest first; reading the trail is itself an entry of the trail (AUDIT_READ). Grouped (the
   * default): repeated reads by the same person, for the same organisation, operation, action and
   * consent, each within 10 minutes of the previous one, are one line with a count. The raw entries
   * stay as they are (append-only); `grouped: false` lists them one by one.
   */
  async trail(clientId: string, page: PageArgs, grouped = true): Promise<Page<AuditEntry>> {
    const { ctx } = this;
    // Page arguments are checked before anything is read.
    checkPageSize(page.first);
    trailCursor.decode(page.after);
    const client = await new ClientService(ctx).findVisible(clientId);
    if (!(await ctx.ability()).can('readAudit', row('Client', client)))
      throw forbidden('Only the organisation that registered the client can read its audit trail.');
    await ctx.audit.access({ clientId: client.id, scopes: [], operation: AuditOperation.AUDIT_READ, action: 'auditTrail' });
    return this.lines(client.id, page, grouped);
  }

  /** The trail's lines of one client, for a caller that has checked `readAudit` on it and audited the read. */
  async lines(clientId: string, page: PageArgs, grouped: boolean): Promise<Page<AuditEntry>> {
    const { ctx } = this;
    const first = checkPageSize(page.first);
    const cursor = trailCursor.decode(page.after);
    const rows: LineRow[] = await ctx.em.query(
      `WITH marked AS (
         SELECT a.*, CASE WHEN $2 AND a.operation = 'READ' AND a.at - lag(a.at) OVER same <= interval '${GROUP_WINDOW_MINUTES} minutes' THEN 0 ELSE 1 END AS starts
           FROM audit_entries a WHERE a.client_id = $1
         WINDOW same AS (PARTITION BY a.actor_user_id, a.actor_organisation_id, a.operation, a.action, a.consent_id ORDER BY a.at, a.id)
       ), numbered AS (
         SELECT m.*, sum(m.starts) OVER (PARTITION BY m.actor_user_id, m.actor_organisation_id, m.operation, m.action, m.consent_id ORDER BY m.at, m.id) AS line
           FROM marked m
       ), lines AS (
         SELECT max(n.id) AS id, min(n.at) AS at, max(n.at) AS "lastAt", count(DISTINCT n.id)::int AS count,
                (array_agg(n.request_id ORDER BY n.id DESC))[1] AS "requestId", (array_agg(n.actor_name ORDER BY n.id DESC))[1] AS "actorName",
                (array_agg(n.actor_organisation_name ORDER BY n.id DESC))[1] AS "actorOrganisationName",
                COALESCE(array_agg(DISTINCT s.scope ORDER BY s.scope) FILTER (WHERE s.scope IS NOT NULL), '{}') AS scopes,
                n.operation, n.action, n.consent_id AS "consentId", n.actor_user_id AS "actorUserId"
           FROM numbered n LEFT JOIN LATERAL unnest(n.scopes) AS s(scope) ON true
          GROUP BY n.actor_user_id, n.actor_organisation_id, n.operation, n.action, n.consent_id, n.line
       )
       SELECT *, count(*) OVER ()::int AS total FROM lines ORDER BY id DESC`,
      [clientId, grouped],
    );
    const totalCount = rows[0]?.total ?? 0;
    const after = cursor ? BigInt(cursor[0]) : null;
    const page_ = (after === null ? rows : rows.filter((r) => BigInt(r.id) < after)).slice(0, first + 1);
    return toPage(page_.map(toEntry), first, totalCount, (a) => trailCursor.key([a.id]));
  }
}

/** Reads by the same person within this many minutes of each other are one line of "who saw my data". */
export const GROUP_WINDOW_MINUTES = 10;

interface LineRow {
  id: string;
  at: Date;
  lastAt: Date;
  count: number;
  requestId: string;
  actorName: string;
  actorOrganisationName: string | null;
  scopes: string[];
  operation: AuditOperation;
  action: string;
  consentId: string | null;
  actorUserId: string | null;
  total: number;
}

function toEntry({ total: _total, ...line }: LineRow): AuditEntry {
  return Object.assign(new AuditEntry(), line);
}
