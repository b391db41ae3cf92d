import { Scope, NoClientData, ClientData } from '../../access';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Client } from '../clients';
import { Organisation, organisationById } from '../service-map';
import { CarePlanAction } from './care-plan-action.entity';
import { CarePlan } from './care-plan.entity';
import { isOverdue, CarePlanService } from './care-plan.service';
import { AddActionInput, CompleteActionInput } from './dto/action.input';
import { AddGoalInput, UpdateGoalInput } from './dto/goal.input';
import { followersOf } from './follow-up-access';
import { RecordLifeDomainAssessmentInput } from './dto/assessment.input';
import { actionsByGoal, assessmentsByClient, goalById, goalsByClient, visibleClientById } from './follow-up.loaders';
import { LifeDomainAssessment } from './life-domain-assessment.entity';
import { LifeDomainAssessmentService } from './life-domain-assessment.service';
import { Goal } from './goal.entity';
import { CarePlanActionStatus } from './taxonomy';

@Resolver(() => CarePlan)
export class CarePlanResolver {
  @Authorized()
  @Query(() => CarePlan, {
    description:
      "The client's care plan (LIFE_DOMAINS section); empty until the first goal or lead. NOT_FOUND when the client is not visible, " +
      'FORBIDDEN when your consent lacks LIFE_DOMAINS. Counts as a visit of the client.',
  })
  carePlan(@Arg('clientId', () => ID) clientId: string, @Ctx() ctx: RequestContext): Promise<CarePlan> {
    return new CarePlanService(ctx).get(clientId);
  }

  @Authorized()
  @Mutation(() => CarePlan, {
    description:
      "Names the lead organisation (care coordinator): the client's own organisation or one with a live consent. Allowed for the lead organisation, " +
      "or for the client's own organisation while there is no lead.",
  })
  setCarePlanLead(
    @Arg('clientId', () => ID) clientId: string,
    @Arg('organisationId', () => ID) organisationId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CarePlan> {
    return new CarePlanService(ctx).setLead(clientId, organisationId);
  }

  @Authorized()
  @Mutation(() => Goal, { description: 'Adds a goal (owner, or an organisation whose consent includes LIFE_DOMAINS).' })
  addGoal(@Arg('input', () => AddGoalInput) input: AddGoalInput, @Ctx() ctx: RequestContext): Promise<Goal> {
    return new CarePlanService(ctx).addGoal(input);
  }

  @Authorized()
  @Mutation(() => Goal, { description: 'Changes a goal: its words, life domain or status. NOT_FOUND unless you may read the goal.' })
  updateGoal(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateGoalInput) input: UpdateGoalInput, @Ctx() ctx: RequestContext): Promise<Goal> {
    return new CarePlanService(ctx).updateGoal(id, input);
  }

  @Authorized()
  @Mutation(() => CarePlanAction, {
    description: 'Adds an action under a goal, owned by an organisation that follows the client. NOT_FOUND unless you may read the goal.',
  })
  addAction(@Arg('input', () => AddActionInput) input: AddActionInput, @Ctx() ctx: RequestContext): Promise<CarePlanAction> {
    return new CarePlanService(ctx).addAction(input);
  }

  @Authorized()
  @Mutation(() => CarePlanAction, {
    description: 'Completes an open action as done or not done (its own organisation or the lead). CONFLICT when it was completed already.',
  })
  completeAction(@Arg('input', () => CompleteActionInput) input: CompleteActionInput, @Ctx() ctx: RequestContext): Promise<CarePlanAction> {
    return new CarePlanService(ctx).completeAction(input);
  }

  @Authorized()
  @Mutation(() => LifeDomainAssessment, {
    description:
      'Records an assessment of the life domains (ratings 1-5); the earlier ones are kept, and the newest becomes the LIFE_DOMAINS section. ' +
      'Owner, or an organisation whose consent includes LIFE_DOMAINS.',
  })
  recordLifeDomainAssessment(
    @Arg('input', () => RecordLifeDomainAssessmentInput) input: RecordLifeDomainAssessmentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LifeDomainAssessment> {
    return new LifeDomainAssessmentService(ctx).record(input);
  }

  @NoClientData('the Client declares its own fields')
  @FieldResolver(() => Client)
  async client(@Root() plan: CarePlan, @Ctx() ctx: RequestContext): Promise<Client> {
    return (await ctx.loader(visibleClientById).load(plan.clientId))!;
  }

  @ClientData<CarePlan>({ section: Scope.LIFE_DOMAINS, client: (p) => p.clientId })
  @FieldResolver(() => Organisation, {
    nullable: true,
    description: "The lead organisation (care coordinator); null until named, and again once the lead's consent is withdrawn or expired",
  })
  async leadOrganisation(@Root() plan: CarePlan, @Ctx() ctx: RequestContext) {
    const lead = await new CarePlanService(ctx).currentLead(plan);
    return lead ? ctx.loader(organisationById).load(lead) : null;
  }

  @ClientData<CarePlan>({ section: Scope.LIFE_DOMAINS, client: (p) => p.clientId })
  @FieldResolver(() => [Goal], { description: 'Oldest first' })
  goals(@Root() plan: CarePlan, @Ctx() ctx: RequestContext) {
    return ctx.loader(goalsByClient).load(plan.clientId);
  }

  @ClientData<CarePlan>({ section: Scope.LIFE_DOMAINS, client: (p) => p.clientId })
  @FieldResolver(() => [Organisation], { description: "The client's own organisation and those with a live consent: who may lead or own actions" })
  async followingOrganisations(@Root() plan: CarePlan, @Ctx() ctx: RequestContext): Promise<Organisation[]> {
    const ids = await followersOf(ctx, plan.clientId);
    const orgs = await ctx.loader(organisationById).loadMany(ids);
    return orgs.filter((o): o is Organisation => o instanceof Organisation).sort((a, b) => a.name.localeCompare(b.name));
  }

  @ClientData<CarePlan>({ section: Scope.LIFE_DOMAINS, client: (p) => p.clientId })
  @FieldResolver(() => [LifeDomainAssessment], { description: 'The assessments of the life domains, oldest first: the ratings over time' })
  assessments(@Root() plan: CarePlan, @Ctx() ctx: RequestContext) {
    return ctx.loader(assessmentsByClient).load(plan.clientId);
  }

  @NoClientData('what the viewer may do')
  @FieldResolver(() => Boolean, { description: 'You may record an assessment of the life domains' })
  viewerCanAssess(@Root() plan: CarePlan, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new LifeDomainAssessmentService(ctx).mayRecord({ id: plan.clientId, ownerOrganisationId: plan.ownerOrganisationId });
  }

  @NoClientData('what the viewer may do')
  @FieldResolver(() => Boolean, { description: 'You may add goals and actions' })
  viewerCanAddGoals(@Root() plan: CarePlan, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new CarePlanService(ctx).may('create', 'Goal', plan);
  }

  @NoClientData('what the viewer may do')
  @FieldResolver(() => Boolean, { description: 'You may name the lead organisation' })
  viewerCanSetLead(@Root() plan: CarePlan, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new CarePlanService(ctx).mayName(plan);
  }
}

@Resolver(() => Goal)
export class GoalResolver {
  @NoClientData('the actions declare their own fields')
  @FieldResolver(() => [CarePlanAction], { description: 'By due date' })
  actions(@Root() goal: Goal, @Ctx() ctx: RequestContext) {
    return ctx.loader(actionsByGoal).load(goal.id);
  }
}

@Resolver(() => CarePlanAction)
export class CarePlanActionResolver {
  @NoClientData('the organisation that owns the action')
  @FieldResolver(() => Organisation, { description: 'The organisation that does it' })
  async organisation(@Root() action: CarePlanAction, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await ctx.loader(organisationById).load(action.organisationId))!;
  }

  @NoClientData('judged from the due date')
  @FieldResolver(() => Boolean, { description: 'Open after its due date (judged now)' })
  isOverdue(@Root() action: CarePlanAction, @Ctx() ctx: RequestContext): boolean {
    return isOverdue(action, ctx.now);
  }

  @NoClientData('the Goal declares its own fields')
  @FieldResolver(() => Goal, { nullable: true, description: 'The goal; null when you may not read the plan (you see your own action only)' })
  goal(@Root() action: CarePlanAction, @Ctx() ctx: RequestContext) {
    return ctx.loader(goalById).load(action.goalId);
  }

  @NoClientData('the Client declares its own fields')
  @FieldResolver(() => Client, { nullable: true, description: 'The client (pseudonym); null when you may no longer see the client' })
  client(@Root() action: CarePlanAction, @Ctx() ctx: RequestContext) {
    return ctx.loader(visibleClientById).load(action.clientId);
  }

  @NoClientData('what the viewer may do')
  @FieldResolver(() => Boolean, { description: 'You may complete it (open, and you are its organisation or the lead)' })
  async viewerCanComplete(@Root() action: CarePlanAction, @Ctx() ctx: RequestContext): Promise<boolean> {
    return action.status === CarePlanActionStatus.OPEN && (await new CarePlanService(ctx).mayComplete(action));
  }
}
