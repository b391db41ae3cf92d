import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Connection, PageArgs } from '../../common';
import type { RequestContext } from '../../context';
import { inboxCounts } from './inbox-counts';
import { InboxCounts } from './inbox';
import { Notification } from './notification.entity';
import { NotificationService } from './notification.service';
import { inboxStream, type SubscriptionContext } from './subscriptions';

@ObjectType('NotificationConnection')
export class NotificationConnection extends Connection(Notification, 'Notification') {}

@ArgsType()
class NotificationArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false })
  unreadOnly: boolean = false;
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: 'Your notices, newest first.' })
  notifications(@Args(() => NotificationArgs) { unreadOnly, first, after }: NotificationArgs, @Ctx() ctx: RequestContext) {
    return new NotificationService(ctx).list(first, after, unreadOnly);
  }

  @Authorized()
  @Query(() => Int, { description: 'Your unread notices.' })
  unreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    return new NotificationService(ctx).unreadCount();
  }

  @Authorized()
  @Query(() => InboxCounts, { description: 'Both navigation counts at once (what inboxChanged pushes).' })
  inboxCounts(@Ctx() ctx: RequestContext): Promise<InboxCounts> {
    return inboxCounts(ctx);
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Marks the given notices (or, without ids, all) as read; returns how many changed. NOT_FOUND if an id is not yours.' })
  markNotificationsRead(@Arg('ids', () => [ID], { nullable: true }) ids: string[] | null, @Ctx() ctx: RequestContext): Promise<number> {
    return new NotificationService(ctx).markRead(ids);
  }

  @Authorized()
  @Subscription(() => InboxCounts, {
    description:
      'graphql-ws on /graphql (session cookie on the upgrade, or connectionParams { token }). Pushes your counts at once, then whenever they may have changed, from any API process.',
    subscribe: ({ context }) => inboxStream(context as SubscriptionContext),
  })
  inboxChanged(@Root() counts: InboxCounts): InboxCounts {
    return counts;
  }
}
