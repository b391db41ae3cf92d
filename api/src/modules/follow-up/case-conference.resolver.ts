import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ClientData, NoClientData, Scope } from '../../access';
import type { RequestContext } from '../../context';
import { Organisation, organisationById } from '../service-map';
import { CarePlanAction } from './care-plan-action.entity';
import { CaseConference } from './case-conference.entity';
import { CaseConferenceService } from './case-conference.service';
import { AddConferenceDecisionInput, PlanCaseConferenceInput, RecordCaseConferenceInput } from './dto/conference.input';
import { actionsByConference } from './follow-up.loaders';

@Resolver(() => CaseConference)
export class CaseConferenceResolver {
  @Authorized()
  @Query(() => [CaseConference], {
    description: "The client's case conferences (readers of the plan), newest first. NOT_FOUND when the client is not visible, FORBIDDEN without LIFE_DOMAINS.",
  })
  caseConferences(@Arg('clientId', () => ID) clientId: string, @Ctx() ctx: RequestContext): Promise<CaseConference[]> {
    return new CaseConferenceService(ctx).forClient(clientId);
  }

  @Authorized()
  @Mutation(() => CaseConference, { description: 'Plans a case conference (the lead organisation), inviting only organisations that follow the client.' })
  planCaseConference(@Arg('input', () => PlanCaseConferenceInput) input: PlanCaseConferenceInput, @Ctx() ctx: RequestContext): Promise<CaseConference> {
    return new CaseConferenceService(ctx).plan(input);
  }

  @Authorized()
  @Mutation(() => CaseConference, { description: 'Records who attended and what was discussed (the lead organisation). CONFLICT when recorded already.' })
  recordCaseConference(@Arg('input', () => RecordCaseConferenceInput) input: RecordCaseConferenceInput, @Ctx() ctx: RequestContext): Promise<CaseConference> {
    return new CaseConferenceService(ctx).record(input);
  }

  @Authorized()
  @Mutation(() => CarePlanAction, {
    description: 'Writes a decision of a case conference onto the plan as an action with an owner and a due date (the lead organisation).',
  })
  addConferenceDecision(
    @Arg('input', () => AddConferenceDecisionInput) input: AddConferenceDecisionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CarePlanAction> {
    return new CaseConferenceService(ctx).addDecision(input);
  }

  @ClientData<CaseConference>({ section: Scope.LIFE_DOMAINS, client: (c) => c.clientId })
  @FieldResolver(() => [Organisation], { description: 'The organisations invited' })
  async invitedOrganisations(@Root() conference: CaseConference, @Ctx() ctx: RequestContext): Promise<Organisation[]> {
    const orgs = await ctx.loader(organisationById).loadMany(conference.invitedOrganisationIds);
    return orgs.filter((o): o is Organisation => o instanceof Organisation).sort((a, b) => a.name.localeCompare(b.name));
  }

  @ClientData<CaseConference>({ section: Scope.LIFE_DOMAINS, client: (c) => c.clientId })
  @FieldResolver(() => [Organisation], { description: 'The organisations that attended' })
  async attendedOrganisations(@Root() conference: CaseConference, @Ctx() ctx: RequestContext): Promise<Organisation[]> {
    const orgs = await ctx.loader(organisationById).loadMany(conference.attendedOrganisationIds);
    return orgs.filter((o): o is Organisation => o instanceof Organisation).sort((a, b) => a.name.localeCompare(b.name));
  }

  @NoClientData('the actions declare their own fields')
  @FieldResolver(() => [CarePlanAction], { description: 'The decisions, as actions on the plan' })
  decisions(@Root() conference: CaseConference, @Ctx() ctx: RequestContext) {
    return ctx.loader(actionsByConference).load(conference.id);
  }

  @NoClientData('what the viewer may do')
  @FieldResolver(() => Boolean, { description: 'You may record it and its decisions (the lead organisation)' })
  viewerIsOrganiser(@Root() conference: CaseConference, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new CaseConferenceService(ctx).isLead(conference.clientId);
  }
}
