import { In } from 'typeorm';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { restrictToAllowed } from '../../access/client-access';
import { byKeyLoader } from '../../common/loaders';
import type { RequestContext } from '../../context/request-context';
import { Notification } from '../notifications/notification.entity';
import { Service } from '../service-map/service.entity';
import { Referral } from './referral.entity';

/** The referrals the viewer's notices are about, only those the viewer may read (one query). */
const noticeReferralById = (ctx: RequestContext) =>
  byKeyLoader<string, Referral>(async (ids) => {
    const qb = ctx.em.createQueryBuilder(Referral, 'r').where('r.id IN (:...ids)', { ids: [...ids] });
    if (!(await restrictToAllowed(ctx, qb, 'read', 'Referral', 'r'))) return [];
    return qb.getMany();
  }, (r) => r.id);

const serviceById = (ctx: RequestContext) => byKeyLoader<string, Service>((ids) => ctx.em.findBy(Service, { id: In([...ids]) }), (s) => s.id);

/**
 * What a notice names, for the web to word it in the reader's language: the service and the
 * day the referral was sent (never the client). Lives here, not in notifications, so the
 * notifications module does not depend on referrals.
 */
@Resolver(() => Notification)
export class NotificationReferralResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The service the referral is addressed to' })
  async serviceName(@Root() notice: Notification, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (!notice.referralId) return null;
    const referral = await ctx.loader(noticeReferralById).load(notice.referralId);
    if (!referral) return null;
    return (await ctx.loader(serviceById).load(referral.serviceId))?.name ?? null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the referral was sent (or drafted)' })
  async referralSentAt(@Root() notice: Notification, @Ctx() ctx: RequestContext): Promise<Date | null> {
    if (!notice.referralId) return null;
    const referral = await ctx.loader(noticeReferralById).load(notice.referralId);
    return referral ? (referral.sentAt ?? referral.createdAt) : null;
  }
}
