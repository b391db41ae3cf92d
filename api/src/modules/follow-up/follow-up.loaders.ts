import { restrictToAllowed } from '../../access';
import { byKeyLoader, groupLoader } from '../../common';
import type { RequestContext } from '../../context';
import { Client } from '../clients';
import { CarePlanAction } from './care-plan-action.entity';
import { CarePlan } from './care-plan.entity';
import { Goal } from './goal.entity';
import { LifeDomainAssessment } from './life-domain-assessment.entity';

/** Clients by id, only those the viewer may see (null otherwise): the clients module's loader. */
export { clientById as visibleClientById } from '../clients';

/** The goals of each client's plan the viewer may read, oldest first. */
export const goalsByClient = (ctx: RequestContext) =>
  groupLoader<string, Goal>(
    async (clientIds) => {
      const qb = ctx.em.createQueryBuilder(Goal, 'g').where('g.client_id = ANY(:clientIds)', { clientIds: [...clientIds] });
      if (!(await restrictToAllowed(ctx, qb, 'read', 'Goal', 'g'))) return [];
      return qb.orderBy('g.created_at', 'ASC').addOrderBy('g.id', 'ASC').getMany();
    },
    (g) => g.clientId,
  );

export const goalById = (ctx: RequestContext) =>
  byKeyLoader<string, Goal>(
    async (ids) => {
      const qb = ctx.em.createQueryBuilder(Goal, 'g').where('g.id = ANY(:ids)', { ids: [...ids] });
      return (await restrictToAllowed(ctx, qb, 'read', 'Goal', 'g')) ? qb.getMany() : [];
    },
    (g) => g.id,
  );

/** The actions under each goal the viewer may read, by due date. */
export const actionsByGoal = (ctx: RequestContext) =>
  groupLoader<string, CarePlanAction>(
    async (goalIds) => {
      const qb = ctx.em.createQueryBuilder(CarePlanAction, 'a').where('a.goal_id = ANY(:goalIds)', { goalIds: [...goalIds] });
      if (!(await restrictToAllowed(ctx, qb, 'read', 'CarePlanAction', 'a'))) return [];
      return qb.orderBy('a.due_on', 'ASC').addOrderBy('a.created_at', 'ASC').addOrderBy('a.id', 'ASC').getMany();
    },
    (a) => a.goalId,
  );

/**
 * The plan row (lead organisation) of clients the viewer may see. The lead is not section
 * content: whoever follows the client may know who coordinates the care.
 */
export const planByClient = (ctx: RequestContext) =>
  byKeyLoader<string, CarePlan>(
    async (clientIds) => {
      const qb = ctx.em
        .createQueryBuilder(CarePlan, 'p')
        .innerJoin(Client, 'c', 'c.id = p.client_id')
        .where('p.client_id = ANY(:clientIds)', { clientIds: [...clientIds] });
      return (await restrictToAllowed(ctx, qb, 'read', 'Client', 'c')) ? qb.getMany() : [];
    },
    (p) => p.clientId,
  );

/** The life-domain assessments of each client the viewer may read, oldest first. */
export const assessmentsByClient = (ctx: RequestContext) =>
  groupLoader<string, LifeDomainAssessment>(
    async (clientIds) => {
      const qb = ctx.em.createQueryBuilder(LifeDomainAssessment, 'a').where('a.client_id = ANY(:clientIds)', { clientIds: [...clientIds] });
      if (!(await restrictToAllowed(ctx, qb, 'read', 'LifeDomainAssessment', 'a'))) return [];
      return qb.orderBy('a.assessed_on', 'ASC').addOrderBy('a.created_at', 'ASC').addOrderBy('a.id', 'ASC').getMany();
    },
    (a) => a.clientId,
  );

/** The actions each case conference decided, that the viewer may read, by due date. */
export const actionsByConference = (ctx: RequestContext) =>
  groupLoader<string, CarePlanAction>(
    async (conferenceIds) => {
      const qb = ctx.em.createQueryBuilder(CarePlanAction, 'a').where('a.conference_id = ANY(:conferenceIds)', { conferenceIds: [...conferenceIds] });
      if (!(await restrictToAllowed(ctx, qb, 'read', 'CarePlanAction', 'a'))) return [];
      return qb.orderBy('a.due_on', 'ASC').addOrderBy('a.id', 'ASC').getMany();
    },
    (a) => a.conferenceId!,
  );
