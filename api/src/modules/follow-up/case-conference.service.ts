import { restrictToAllowed, Scope, AuditOperation } from '../../access';
import { badInput, conflict, forbidden, notFound, isUuid } from '../../common';
import type { RequestContext } from '../../context';
import { refuseErased } from '../clients';
import { Organisation } from '../service-map';
import { CarePlanAction } from './care-plan-action.entity';
import { CarePlanService } from './care-plan.service';
import { CaseConference, CaseConferenceStatus } from './case-conference.entity';
import type { AddConferenceDecisionInput, PlanCaseConferenceInput, RecordCaseConferenceInput } from './dto/conference.input';
import { auditAccess, followersOf, recordFollowUpEvent, visibleClient } from './follow-up-access';
import { planByClient } from './follow-up.loaders';

const LIFE_DOMAINS = [Scope.LIFE_DOMAINS];

/**
 * Case conferences, part of the plan (LIFE_DOMAINS). Only the lead organisation plans, records
 * and decides; it can invite only the organisations that follow the client now (the owner and
 * live consents), so an invitation never reaches an organisation the client did not agree to.
 */
export class CaseConferenceService {
  constructor(private readonly ctx: RequestContext) {}

  async plan(input: PlanCaseConferenceInput): Promise<CaseConference> {
    const { ctx } = this;
    const client = refuseErased(await visibleClient(ctx, input.clientId));
    await this.requireLead(client.id);
    const agenda = input.agenda.trim();
    if (!agenda) throw badInput('agenda', 'must not be empty.');
    const followers = await followersOf(ctx, client.id);
    const invited = [...new Set([ctx.viewer!.organisationId!, ...input.invitedOrganisationIds])];
    if (invited.some((id) => !isUuid(id) || !followers.includes(id))) {
      throw badInput('invitedOrganisationIds', "only the client's own organisation and organisations holding a live consent for the client can be invited.");
    }
    const conference = ctx.em.create(CaseConference, {
      clientId: client.id,
      ownerOrganisationId: client.ownerOrganisationId,
      organiserOrganisationId: ctx.viewer!.organisationId!,
      organiserOrganisationName: ctx.viewer!.organisationName ?? '',
      plannedAt: input.plannedAt,
      place: input.place?.trim() ?? '',
      agenda,
      invitedOrganisationIds: invited,
      createdByName: ctx.viewer!.displayName,
    });
    await ctx.em.insert(CaseConference, conference);
    await this.event(conference, 'CONFERENCE_PLANNED');
    await auditAccess(ctx, client.id, LIFE_DOMAINS, AuditOperation.CREATE, 'planCaseConference');
    return ctx.em.findOneByOrFail(CaseConference, { id: conference.id });
  }

  async record(input: RecordCaseConferenceInput): Promise<CaseConference> {
    const { ctx } = this;
    const conference = await this.readable(input.id);
    await this.requireLead(conference.clientId);
    const attended = [...new Set(input.attendedOrganisationIds)];
    if (attended.some((id) => !conference.invitedOrganisationIds.includes(id)))
      throw badInput('attendedOrganisationIds', 'only invited organisations can have attended.');
    const result = await ctx.em
      .createQueryBuilder()
      .update(CaseConference)
      .set({ status: CaseConferenceStatus.HELD, attendedOrganisationIds: attended, minutes: input.minutes?.trim() || null })
      .where('id = :id AND status = :planned', { id: conference.id, planned: CaseConferenceStatus.PLANNED })
      .execute();
    if (!result.affected) throw conflict('This case conference was recorded already; reload to see it.');
    const updated = await ctx.em.findOneByOrFail(CaseConference, { id: conference.id });
    await this.event(updated, 'CONFERENCE_HELD');
    await auditAccess(ctx, conference.clientId, LIFE_DOMAINS, AuditOperation.UPDATE, 'recordCaseConference');
    return updated;
  }

  /** A decision goes straight onto the plan: an action with an owner and a due date, under a goal (new or existing). */
  async addDecision(input: AddConferenceDecisionInput): Promise<CarePlanAction> {
    const conference = await this.readable(input.conferenceId);
    await this.requireLead(conference.clientId);
    const plan = new CarePlanService(this.ctx);
    let goalId = input.goalId ?? null;
    if (!goalId) {
      if (!input.lifeDomain || !input.goalText?.trim())
        throw badInput('goalText', 'give the goal this decision serves, or a life domain and the new goal in the client’s words.');
      goalId = (await plan.addGoal({ clientId: conference.clientId, lifeDomain: input.lifeDomain, text: input.goalText }, 'addConferenceDecision')).id;
    }
    return plan.addAction(
      { goalId, description: input.description, organisationId: input.organisationId, dueOn: input.dueOn },
      conference.id,
      'addConferenceDecision',
    );
  }

  /** The client's conferences the viewer may read (the plan's readers), newest first. */
  async forClient(clientId: string): Promise<CaseConference[]> {
    const client = await visibleClient(this.ctx, clientId);
    const qb = this.ctx.em.createQueryBuilder(CaseConference, 'k').where('k.client_id = :clientId', { clientId: client.id });
    if (!(await restrictToAllowed(this.ctx, qb, 'read', 'CaseConference', 'k')))
      throw forbidden("The client's consent does not include the care plan (LIFE_DOMAINS) for your organisation.");
    await auditAccess(this.ctx, client.id, LIFE_DOMAINS, AuditOperation.READ, 'caseConferences');
    return qb.orderBy('k.planned_at', 'DESC').addOrderBy('k.id', 'DESC').getMany();
  }

  async isLead(clientId: string): Promise<boolean> {
    const plan = await this.ctx.loader(planByClient).load(clientId);
    const lead = plan ? await new CarePlanService(this.ctx).currentLead(plan) : null;
    return !!lead && lead === this.ctx.viewer?.organisationId;
  }

  organisations(ids: string[]): Promise<Organisation[]> {
    return ids.length ? this.ctx.em.createQueryBuilder(Organisation, 'o').where('o.id = ANY(:ids)', { ids }).orderBy('o.name').getMany() : Promise.resolve([]);
  }

  private async requireLead(clientId: string): Promise<void> {
    if (!(await this.isLead(clientId))) throw forbidden('Only the lead organisation (care coordinator) plans and records case conferences.');
  }

  private async readable(id: string): Promise<CaseConference> {
    if (!isUuid(id)) throw notFound('Case conference');
    const qb = this.ctx.em.createQueryBuilder(CaseConference, 'k').where('k.id = :id', { id });
    const conference = (await restrictToAllowed(this.ctx, qb, 'read', 'CaseConference', 'k')) ? await qb.getOne() : null;
    if (!conference) throw notFound('Case conference');
    return conference;
  }

  private async event(conference: CaseConference, kind: string): Promise<void> {
    await recordFollowUpEvent(this.ctx, {
      clientId: conference.clientId,
      ownerOrganisationId: conference.ownerOrganisationId,
      kind,
      // Part of the plan: on the timeline of those who may read the plan only.
      scope: Scope.LIFE_DOMAINS,
      summary: { conferenceId: conference.id, plannedAt: conference.plannedAt, organiserOrganisationName: conference.organiserOrganisationName },
      subjectType: 'CaseConference',
      subjectId: conference.id,
    });
  }
}
