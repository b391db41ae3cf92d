import { Args, ArgsType, Authorized, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../../common';
import type { RequestContext } from '../../context';
import { TimelineConnection, TimelineEntry, TIMELINE_KINDS_DESCRIPTION } from './timeline-entry.type';
import { TimelineService } from './timeline.service';

@ArgsType()
class TimelineArgs extends PageArgs {
  @Field(() => ID)
  clientId: string;

  @Field(() => ID, { nullable: true, description: 'Only entries written by this organisation' })
  organisationId?: string | null;

  @Field(() => [String], { nullable: true, description: `Only entries of these kinds: ${TIMELINE_KINDS_DESCRIPTION}` })
  kinds?: string[] | null;
}

@Resolver(() => TimelineEntry)
export class TimelineResolver {
  @Authorized()
  @Query(() => TimelineConnection, {
    description:
      "A client's one timeline across organisations, newest first, only what you may see. NOT_FOUND when the client is not visible. " +
      'Counts as a visit of the client (see clientsWithChangesSinceMyLastVisit).',
  })
  clientTimeline(
    @Args(() => TimelineArgs) { clientId, organisationId, kinds, first, after }: TimelineArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<TimelineConnection> {
    return new TimelineService(ctx).page({ clientId, organisationId, kinds, first, after });
  }
}
