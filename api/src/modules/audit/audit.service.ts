import { row } from '../../access/ability';
import { badInput, forbidden } from '../../common/errors';
import { checkPageSize, decodeCursor, Page, PageArgs, toPage } from '../../common/pagination';
import type { RequestContext } from '../../context/request-context';
import { ClientService } from '../clients/client.service';
import { AuditEntry, AuditOperation } from './audit-entry.entity';

/** A client's audit trail, for the owning organisation: who looked at or changed what, when, under which consent. */
export class AuditService {
  constructor(private readonly ctx: RequestContext) {}

  /** Newest first; reading the trail is itself an entry of the trail (AUDIT_READ). */
  async trail(clientId: string, page: PageArgs): Promise<Page<AuditEntry>> {
    const { ctx } = this;
    const first = checkPageSize(page.first);
    const cursor = decodeCursor(page.after, 1);
    if (cursor && (typeof cursor[0] !== 'string' || !/^[0-9]{1,19}$/.test(cursor[0]))) throw badInput('after', 'this cursor is not valid; use the endCursor of the previous page.');
    const client = await new ClientService(ctx).findVisible(clientId);
    if (!(await ctx.ability()).can('readAudit', row('Client', client))) throw forbidden('Only the organisation that registered the client can read its audit trail.');
    ctx.audit.record({ clientId: client.id, scopes: [], operation: AuditOperation.AUDIT_READ, action: 'auditTrail' });

    const qb = ctx.em.createQueryBuilder(AuditEntry, 'a').where('a.client_id = :clientId', { clientId: client.id });
    const totalCount = await qb.clone().getCount();
    if (cursor) qb.andWhere('a.id < :afterId', { afterId: cursor[0] });
    const rows = await qb.orderBy('a.id', 'DESC').limit(first + 1).getMany();
    return toPage(rows, first, totalCount, (a) => [String(a.id)]);
  }
}
