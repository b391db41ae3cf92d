import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Notification } from '../notifications';
import { readableReferralById, serviceByIdForReferral } from './referral.loaders';

/**
 * What a notice names, for the web to word it in the reader's language: the service and the
 * day the referral was sent (never the client). Lives here, not in notifications, so the
 * notifications module does not depend on referrals.
 */
@Resolver(() => Notification)
export class NotificationReferralResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The service the referral is addressed to' })
  async serviceName(@Root() notice: Notification, @Ctx() ctx: RequestContext): Promise<string | null> {
    const referral = notice.referralId ? await ctx.loader(readableReferralById).load(notice.referralId) : null;
    return referral ? ((await ctx.loader(serviceByIdForReferral).load(referral.serviceId))?.name ?? null) : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the referral was sent (or drafted)' })
  async referralSentAt(@Root() notice: Notification, @Ctx() ctx: RequestContext): Promise<Date | null> {
    const referral = notice.referralId ? await ctx.loader(readableReferralById).load(notice.referralId) : null;
    return referral ? (referral.sentAt ?? referral.createdAt) : null;
  }
}
