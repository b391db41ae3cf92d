import { restrictToAllowed, Scope, AuditOperation } from '../../access';
import { badInput } from '../../common';
import type { RequestContext } from '../../context';
import { Client, ClientEvent } from '../clients';
import { CarePlanAction } from './care-plan-action.entity';
import { ClientVisit } from './client-visit.entity';
import { auditAccess, recordVisit, visibleClient } from './follow-up-access';
import { CarePlanActionStatus, dayAt } from './taxonomy';

export const HOME_LIST_MAX = 100;

export interface ClientChanges {
  clientId: string;
  lastVisitedAt: Date;
  changeCount: number;
  latestChangeAt: Date;
  kinds: string[];
}

/** What a worker's home screen lists. Each list is one query plus fixed loader batches. */
export class HomeService {
  constructor(private readonly ctx: RequestContext) {}

  /** Open actions of the viewer's organisation due within 7 days, overdue ones included. */
  async actionsDueThisWeek(first: number): Promise<CarePlanAction[]> {
    const { ctx } = this;
    const limit = checkLimit(first);
    const org = ctx.viewer?.organisationId;
    if (!org) return [];
    const qb = ctx.em
      .createQueryBuilder(CarePlanAction, 'a')
      .innerJoin(Client, 'c', 'c.id = a.client_id')
      .where('a.organisation_id = :org AND a.status = :open AND a.due_on <= CAST(:until AS date)', {
        org,
        open: CarePlanActionStatus.OPEN,
        until: dayAt(ctx.now, 7),
      });
    if (!(await restrictToAllowed(ctx, qb, 'read', 'Client', 'c'))) return [];
    if (!(await restrictToAllowed(ctx, qb, 'read', 'CarePlanAction', 'a'))) return [];
    const actions = await qb.orderBy('a.due_on', 'ASC').addOrderBy('a.id', 'ASC').limit(limit).getMany();
    for (const clientId of new Set(actions.map((a) => a.clientId))) {
      await auditAccess(ctx, clientId, [Scope.LIFE_DOMAINS], AuditOperation.READ, 'myActionsDueThisWeek');
    }
    return actions;
  }

  /**
   * Clients the viewer opened before and on whose timeline someone else has since written an
   * entry the viewer may see; the latest change first.
   */
  async changesSinceLastVisit(first: number): Promise<ClientChanges[]> {
    const { ctx } = this;
    const limit = checkLimit(first);
    if (!ctx.viewer) return [];
    const qb = ctx.em
      .createQueryBuilder(ClientVisit, 'v')
      .innerJoin(Client, 'c', 'c.id = v.client_id')
      .innerJoin(ClientEvent, 'e', 'e.client_id = v.client_id AND e.occurred_at > v.visited_at AND e.actor_user_id IS DISTINCT FROM v.user_id')
      .where('v.user_id = :userId', { userId: ctx.viewer.userId });
    if (!(await restrictToAllowed(ctx, qb, 'read', 'Client', 'c'))) return [];
    if (!(await restrictToAllowed(ctx, qb, 'read', 'ClientEvent', 'e'))) return [];
    const rows: { client_id: string; visited_at: Date; changes: number; latest: Date; kinds: string[] }[] = await qb
      .select('v.client_id', 'client_id')
      .addSelect('v.visited_at', 'visited_at')
      .addSelect('count(*)::int', 'changes')
      .addSelect('max(e.occurred_at)', 'latest')
      .addSelect('array_agg(DISTINCT e.kind ORDER BY e.kind)', 'kinds')
      .groupBy('v.client_id')
      .addGroupBy('v.visited_at')
      .orderBy('latest', 'DESC')
      .addOrderBy('v.client_id', 'ASC')
      .limit(limit)
      .getRawMany();
    for (const r of rows) await auditAccess(ctx, r.client_id, [], AuditOperation.READ, 'clientsWithChangesSinceMyLastVisit');
    return rows.map((r) => ({ clientId: r.client_id, lastVisitedAt: r.visited_at, changeCount: r.changes, latestChangeAt: r.latest, kinds: r.kinds }));
  }

  async markVisited(clientId: string): Promise<boolean> {
    const client = await visibleClient(this.ctx, clientId);
    await auditAccess(this.ctx, client.id, [], AuditOperation.READ, 'markClientVisited');
    await recordVisit(this.ctx, client.id);
    return true;
  }
}

function checkLimit(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > HOME_LIST_MAX)
    throw badInput('first', `must be between 1 and ${HOME_LIST_MAX}.`, 'OUT_OF_RANGE', { min: 1, max: HOME_LIST_MAX });
  return first;
}
