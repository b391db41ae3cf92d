import { canOnClient, restrictToAllowed, Scope, AuditOperation } from '../../access';
import { badInput, conflict, forbidden, notFound, isUuid } from '../../common';
import type { RequestContext } from '../../context';
import { type Client, refuseErased } from '../clients';
import { Organisation } from '../service-map';
import { CarePlanAction } from './care-plan-action.entity';
import { CarePlan } from './care-plan.entity';
import type { AddActionInput, CompleteActionInput } from './dto/action.input';
import type { AddGoalInput, UpdateGoalInput } from './dto/goal.input';
import { auditAccess, followersOf, recordFollowUpEvent, recordVisit, visibleClient } from './follow-up-access';
import { goalById, planByClient } from './follow-up.loaders';
import { Goal } from './goal.entity';
import { CarePlanActionStatus, dayAt, FollowUpEventKind as Kind, GoalStatus } from './taxonomy';

const LIFE_DOMAINS = [Scope.LIFE_DOMAINS];

/** An action is overdue while open after its due day (judged at the request's moment). */
export const isOverdue = (action: Pick<CarePlanAction, 'status' | 'dueOn'>, now: Date) =>
  action.status === CarePlanActionStatus.OPEN && action.dueOn < dayAt(now);

/**
 * The shared care plan: one per client, a lead organisation, goals per life domain and actions
 * owned by organisations that follow the client. The plan is the LIFE_DOMAINS section.
 *
 * Errors: an operation addressed by client id answers NOT_FOUND when the client is not
 * visible and FORBIDDEN when it is but the viewer may not do this. One addressed by a goal or
 * action id answers NOT_FOUND unless the viewer may read that goal or action, FORBIDDEN when
 * it may read but not change it.
 */
export class CarePlanService {
  constructor(private readonly ctx: RequestContext) {}

  async get(clientId: string): Promise<CarePlan> {
    const client = await visibleClient(this.ctx, clientId);
    await this.allow('read', 'CarePlan', client);
    await auditAccess(this.ctx, client.id, LIFE_DOMAINS, AuditOperation.READ, 'carePlan');
    await recordVisit(this.ctx, client.id);
    return (await this.ctx.loader(planByClient).load(client.id)) ?? unsavedPlan(client);
  }

  async addGoal(input: AddGoalInput, auditAction = 'addGoal'): Promise<Goal> {
    const { ctx } = this;
    const client = refuseErased(await visibleClient(ctx, input.clientId));
    await this.allow('create', 'Goal', client);
    const text = required('text', input.text);
    await this.ensurePlan(client);
    const goal = ctx.em.create(Goal, {
      clientId: client.id,
      ownerOrganisationId: client.ownerOrganisationId,
      lifeDomain: input.lifeDomain,
      text,
      status: input.status ?? GoalStatus.OPEN,
      createdByOrganisationId: ctx.viewer!.organisationId,
      createdByOrganisationName: ctx.viewer!.organisationName ?? '',
      createdByName: ctx.viewer!.displayName,
    });
    await ctx.em.insert(Goal, goal);
    await this.touch(client.id);
    await recordFollowUpEvent(ctx, {
      clientId: client.id,
      ownerOrganisationId: client.ownerOrganisationId,
      kind: Kind.GOAL_ADDED,
      scope: Scope.LIFE_DOMAINS,
      summary: { goalId: goal.id, lifeDomain: goal.lifeDomain, text: goal.text, status: goal.status },
      subjectType: 'Goal',
      subjectId: goal.id,
    });
    await auditAccess(ctx, client.id, LIFE_DOMAINS, AuditOperation.CREATE, auditAction);
    return ctx.em.findOneByOrFail(Goal, { id: goal.id });
  }

  async updateGoal(id: string, input: UpdateGoalInput): Promise<Goal> {
    const { ctx } = this;
    const goal = await this.readableGoal(id, true);
    await this.allow('update', 'Goal', goal);
    const changes: Partial<Goal> = {};
    if (input.text != null) changes.text = required('text', input.text);
    if (input.lifeDomain != null) changes.lifeDomain = input.lifeDomain;
    if (input.status != null) changes.status = input.status;
    if (!Object.keys(changes).length) return goal;
    await ctx.em.update(Goal, { id: goal.id }, changes);
    await this.touch(goal.clientId);
    const updated = await ctx.em.findOneByOrFail(Goal, { id: goal.id });
    await recordFollowUpEvent(ctx, {
      clientId: goal.clientId,
      ownerOrganisationId: goal.ownerOrganisationId,
      kind: Kind.GOAL_UPDATED,
      scope: Scope.LIFE_DOMAINS,
      summary: {
        goalId: goal.id,
        lifeDomain: updated.lifeDomain,
        text: updated.text,
        status: updated.status,
        previousStatus: goal.status,
        changed: Object.keys(changes),
      },
      subjectType: 'Goal',
      subjectId: goal.id,
    });
    await auditAccess(ctx, goal.clientId, LIFE_DOMAINS, AuditOperation.UPDATE, 'updateGoal');
    return updated;
  }

  async addAction(input: AddActionInput, conferenceId: string | null = null, auditAction = 'addAction'): Promise<CarePlanAction> {
    const { ctx } = this;
    const goal = await this.readableGoal(input.goalId, false);
    await this.allow('create', 'CarePlanAction', goal);
    const description = required('description', input.description);
    if (!isCalendarDay(input.dueOn)) throw badInput('dueOn', 'must be a date as YYYY-MM-DD.', 'INVALID_DATE');
    const organisationId = input.organisationId ?? ctx.viewer!.organisationId!;
    if (!isUuid(organisationId) || !(await followersOf(ctx, goal.clientId)).includes(organisationId)) {
      throw badInput('organisationId', "must be the client's own organisation or one holding a live consent for the client.", 'NO_LIVE_CONSENT');
    }
    const organisation = await ctx.em.findOneByOrFail(Organisation, { id: organisationId });
    const action = ctx.em.create(CarePlanAction, {
      goalId: goal.id,
      clientId: goal.clientId,
      ownerOrganisationId: goal.ownerOrganisationId,
      organisationId,
      description,
      dueOn: input.dueOn,
      status: CarePlanActionStatus.OPEN,
      createdByName: ctx.viewer!.displayName,
      conferenceId,
    });
    await ctx.em.insert(CarePlanAction, action);
    await this.touch(goal.clientId);
    await recordFollowUpEvent(ctx, {
      clientId: goal.clientId,
      ownerOrganisationId: goal.ownerOrganisationId,
      kind: Kind.ACTION_ADDED,
      scope: Scope.LIFE_DOMAINS,
      summary: {
        actionId: action.id,
        goalId: goal.id,
        lifeDomain: goal.lifeDomain,
        text: description,
        dueOn: input.dueOn,
        actionOrganisationName: organisation.name,
      },
      subjectType: 'CarePlanAction',
      subjectId: action.id,
    });
    await auditAccess(ctx, goal.clientId, LIFE_DOMAINS, AuditOperation.CREATE, auditAction);
    return ctx.em.findOneByOrFail(CarePlanAction, { id: action.id });
  }

  async completeAction(input: CompleteActionInput): Promise<CarePlanAction> {
    const { ctx } = this;
    const action = await this.readableAction(input.actionId);
    if (!(await this.mayComplete(action)))
      throw forbidden('Only the organisation that owns this action, or the lead organisation of the plan, can complete it.');
    const note = input.note?.trim() || null;
    const status = input.done ? CarePlanActionStatus.DONE : CarePlanActionStatus.NOT_DONE;
    // Conditional on still being open: of two concurrent completions exactly one counts.
    const result = await ctx.em
      .createQueryBuilder()
      .update(CarePlanAction)
      .set({
        status,
        completionNote: note,
        completedAt: ctx.now,
        completedByName: ctx.viewer!.displayName,
        completedByOrganisationName: ctx.viewer!.organisationName,
      })
      .where('id = :id AND status = :open', { id: action.id, open: CarePlanActionStatus.OPEN })
      .execute();
    if (!result.affected) {
      const current = await ctx.em.findOneByOrFail(CarePlanAction, { id: action.id });
      throw conflict(
        `This action was already completed (${current.status === CarePlanActionStatus.DONE ? 'done' : 'not done'}) by ${current.completedByName ?? 'someone else'}; reload to see it.`,
      );
    }
    await this.touch(action.clientId);
    // The action's own organisation may complete it without reading the plan (null goal then).
    const goal = await ctx.loader(goalById).load(action.goalId);
    await recordFollowUpEvent(ctx, {
      clientId: action.clientId,
      ownerOrganisationId: action.ownerOrganisationId,
      kind: Kind.ACTION_COMPLETED,
      scope: Scope.LIFE_DOMAINS,
      summary: { actionId: action.id, goalId: action.goalId, lifeDomain: goal?.lifeDomain ?? null, text: action.description, outcome: status, note },
      subjectType: 'CarePlanAction',
      subjectId: action.id,
    });
    await auditAccess(ctx, action.clientId, LIFE_DOMAINS, AuditOperation.UPDATE, 'completeAction');
    return ctx.em.findOneByOrFail(CarePlanAction, { id: action.id });
  }

  /** Names the lead organisation: by the lead, or by the owner while there is no lead. */
  async setLead(clientId: string, organisationId: string): Promise<CarePlan> {
    const { ctx } = this;
    const client = await visibleClient(ctx, clientId);
    await this.ensurePlan(client);
    // Locked: two concurrent changes of the lead are decided one after the other.
    const plan = await ctx.em
      .createQueryBuilder(CarePlan, 'p')
      .where('p.client_id = :clientId', { clientId: client.id })
      .setLock('pessimistic_write')
      .getOneOrFail();
    const followers = await followersOf(ctx, client.id);
    const currentLead = leadAmong(plan, followers);
    if (
      !(await canOnClient(ctx, 'setLead', 'CarePlan', {
        clientId: plan.clientId,
        ownerOrganisationId: plan.ownerOrganisationId,
        leadOrganisationId: currentLead,
      }))
    ) {
      throw forbidden(
        currentLead ? 'Only the lead organisation can hand the lead over.' : "Only the client's own organisation can name the lead while there is none.",
      );
    }
    if (!isUuid(organisationId) || !followers.includes(organisationId)) {
      throw badInput('organisationId', "the lead must be the client's own organisation or one holding a live consent for the client.", 'NO_LIVE_CONSENT');
    }
    if (currentLead === organisationId) return plan;
    const [lead, previous] = await Promise.all([
      ctx.em.findOneByOrFail(Organisation, { id: organisationId }),
      plan.leadOrganisationId ? ctx.em.findOneBy(Organisation, { id: plan.leadOrganisationId }) : null,
    ]);
    await ctx.em.update(CarePlan, { id: plan.id }, { leadOrganisationId: organisationId, leadSince: ctx.now });
    await recordFollowUpEvent(ctx, {
      clientId: client.id,
      ownerOrganisationId: client.ownerOrganisationId,
      kind: Kind.LEAD_CHANGED,
      scope: Scope.LIFE_DOMAINS,
      summary: { leadOrganisationId: lead.id, leadOrganisationName: lead.name, previousLeadOrganisationName: previous?.name ?? null },
      subjectType: 'CarePlan',
      subjectId: plan.id,
    });
    await auditAccess(ctx, client.id, LIFE_DOMAINS, AuditOperation.UPDATE, 'setCarePlanLead');
    return ctx.em.findOneByOrFail(CarePlan, { id: plan.id });
  }

  /** Whether the viewer may complete this (readable) action: its own organisation or the lead. */
  async mayComplete(action: CarePlanAction): Promise<boolean> {
    const plan = await this.ctx.loader(planByClient).load(action.clientId);
    return canOnClient(this.ctx, 'complete', 'CarePlanAction', {
      clientId: action.clientId,
      ownerOrganisationId: action.ownerOrganisationId,
      organisationId: action.organisationId,
      leadOrganisationId: plan?.leadOrganisationId ?? null,
    });
  }

  /** The lead that still counts: null once the lead organisation no longer follows the client. */
  async currentLead(plan: CarePlan): Promise<string | null> {
    return plan.leadOrganisationId ? leadAmong(plan, await followersOf(this.ctx, plan.clientId)) : null;
  }

  async mayName(plan: CarePlan): Promise<boolean> {
    return this.may('setLead', 'CarePlan', {
      clientId: plan.clientId,
      ownerOrganisationId: plan.ownerOrganisationId,
      leadOrganisationId: await this.currentLead(plan),
    });
  }

  async may(
    action: 'read' | 'create' | 'update' | 'setLead',
    subject: 'CarePlan' | 'Goal' | 'CarePlanAction',
    on: { clientId?: string; id?: string; ownerOrganisationId: string; leadOrganisationId?: string | null },
  ): Promise<boolean> {
    const clientId = on.clientId ?? on.id!;
    const fields: Record<string, unknown> = { clientId, ownerOrganisationId: on.ownerOrganisationId };
    if (subject === 'CarePlan') fields.leadOrganisationId = on.leadOrganisationId ?? null;
    return canOnClient(this.ctx, action, subject, { ...fields, clientId });
  }

  private async allow(action: 'read' | 'create' | 'update', subject: 'CarePlan' | 'Goal' | 'CarePlanAction', on: Client | Goal): Promise<void> {
    const target = 'pseudonym' in on ? { clientId: on.id, ownerOrganisationId: on.ownerOrganisationId } : on;
    if (!(await this.may(action, subject, target))) {
      throw forbidden("The client's consent does not include the care plan (LIFE_DOMAINS) for your organisation.");
    }
  }

  private async readableGoal(id: string, lock: boolean): Promise<Goal> {
    if (!isUuid(id)) throw notFound('Goal');
    const qb = this.ctx.em.createQueryBuilder(Goal, 'g').where('g.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const goal = (await restrictToAllowed(this.ctx, qb, 'read', 'Goal', 'g')) ? await qb.getOne() : null;
    if (!goal) throw notFound('Goal');
    return goal;
  }

  private async readableAction(id: string): Promise<CarePlanAction> {
    if (!isUuid(id)) throw notFound('Action');
    const qb = this.ctx.em.createQueryBuilder(CarePlanAction, 'a').where('a.id = :id', { id });
    const action = (await restrictToAllowed(this.ctx, qb, 'read', 'CarePlanAction', 'a')) ? await qb.getOne() : null;
    if (!action) throw notFound('Action');
    return action;
  }

  /** The plan is created on first use. */
  private async ensurePlan(client: Client): Promise<void> {
    await this.ctx.em.query(`INSERT INTO care_plans (client_id, owner_organisation_id) VALUES ($1, $2) ON CONFLICT (client_id) DO NOTHING`, [
      client.id,
      client.ownerOrganisationId,
    ]);
  }

  private async touch(clientId: string): Promise<void> {
    await this.ctx.em.query('UPDATE care_plans SET updated_at = $2 WHERE client_id = $1', [clientId, this.ctx.now]);
  }
}

/**
 * A lead whose consent was withdrawn or ran out leads no more: the client's own organisation
 * may then name a new one (otherwise nobody could).
 */
function leadAmong(plan: Pick<CarePlan, 'leadOrganisationId'>, followers: string[]): string | null {
  return plan.leadOrganisationId && followers.includes(plan.leadOrganisationId) ? plan.leadOrganisationId : null;
}

/** A plan nobody has written to yet: shown empty, saved on the first change. */
function unsavedPlan(client: Client): CarePlan {
  return Object.assign(new CarePlan(), {
    id: '',
    clientId: client.id,
    ownerOrganisationId: client.ownerOrganisationId,
    leadOrganisationId: null,
    leadSince: null,
    createdAt: null,
    updatedAt: null,
  });
}

function required(field: string, value: string): string {
  const text = value.trim();
  if (!text) throw badInput(field, 'must not be empty.', 'REQUIRED');
  return text;
}

function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}
