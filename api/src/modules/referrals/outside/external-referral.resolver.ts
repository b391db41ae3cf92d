import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { NoClientData } from '../../../access';
import { dayAt } from '../../follow-up';
import type { RequestContext } from '../../../context';
import { ExternalReferral } from './external-referral.entity';
import { CreateExternalReferralInput, RecordExternalReferralOutcomeInput } from './external-referral.input';
import { ExternalReferralService } from './external-referral.service';

@Resolver(() => ExternalReferral)
export class ExternalReferralResolver {
  @Authorized()
  @Query(() => [ExternalReferral], {
    description:
      "The client's referrals outside the network you may read (the client's own organisation: all; others: their own), newest first. NOT_FOUND when the client is not visible.",
  })
  externalReferrals(@Arg('clientId', () => ID) clientId: string, @Ctx() ctx: RequestContext): Promise<ExternalReferral[]> {
    return new ExternalReferralService(ctx).forClient(clientId);
  }

  @Authorized()
  @Mutation(() => ExternalReferral, { description: 'Records a referral to a service that is not on the map (an organisation that follows the client).' })
  createExternalReferral(
    @Arg('input', () => CreateExternalReferralInput) input: CreateExternalReferralInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ExternalReferral> {
    return new ExternalReferralService(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => ExternalReferral, { description: 'Records how a referral outside the network went (its sender). CONFLICT when it was recorded already.' })
  recordExternalReferralOutcome(
    @Arg('input', () => RecordExternalReferralOutcomeInput) input: RecordExternalReferralOutcomeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ExternalReferral> {
    return new ExternalReferralService(ctx).recordOutcome(input);
  }

  @NoClientData('what the viewer may do')
  @FieldResolver(() => Boolean, { description: 'You may record the outcome (the sender, while there is none)' })
  viewerCanRecordOutcome(@Root() referral: ExternalReferral, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new ExternalReferralService(ctx).mayRecordOutcome(referral);
  }

  @NoClientData('judged from the follow-up day')
  @FieldResolver(() => Boolean, { description: 'No outcome yet and the follow-up day has passed (judged now)' })
  isOverdue(@Root() referral: ExternalReferral, @Ctx() ctx: RequestContext): boolean {
    return !referral.outcome && referral.followUpOn < dayAt(ctx.now);
  }
}
