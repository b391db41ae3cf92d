import { Authorized, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { NoClientData } from '../../access';
import type { RequestContext } from '../../context';
import { suppress } from './suppression';

@NoClientData('aggregates per service, small counts suppressed')
@ObjectType({
  description:
    'Referral figures of one service, aggregates only. A count between 1 and the threshold is suppressed (null) so that no one can be singled out; waiting times are given only when the waiting count is shown.',
})
export class ServiceReferralStatistics {
  @Field(() => ID)
  serviceId: string;

  @Field(() => String)
  serviceName: string;

  @Field(() => String)
  organisationName: string;

  @Field(() => Int, { nullable: true, description: 'SENT and not yet answered' })
  waiting: number | null;

  @Field(() => Float, { nullable: true })
  medianWaitingHours: number | null;

  @Field(() => Float, { nullable: true })
  maxWaitingHours: number | null;

  @Field(() => Int, { nullable: true, description: 'Accepted in the last 90 days' })
  accepted90d: number | null;

  @Field(() => Int, { nullable: true })
  declined90d: number | null;

  @Field(() => Int, { nullable: true })
  expired90d: number | null;
}

const MEASURES = ['waiting', 'accepted', 'declined', 'expired'] as const;

/**
 * Per service: how many referrals wait and how long, and how the last 90 days' answers went.
 * The coordinator's organisation holds no referral, so the figures come from
 * brug_referral_statistics(), a database function that returns aggregates only. A count of
 * fewer than 5 clients is suppressed by the one rule of this module (no totals are shown
 * here, so nothing else has to go with it).
 */
export async function referralStatistics(ctx: RequestContext): Promise<ServiceReferralStatistics[]> {
  const rows: ({
    service_id: string;
    service_name: string;
    organisation_name: string;
    median_hours: number | null;
    max_hours: number | null;
  } & Record<(typeof MEASURES)[number] | `${(typeof MEASURES)[number]}_clients`, number>)[] = await ctx.em.query(`SELECT * FROM brug_referral_statistics($1)`, [
    ctx.now,
  ]);
  const cells = new Map(rows.flatMap((r) => MEASURES.map((m) => [`${r.service_id}|${m}`, { value: r[m], people: r[`${m}_clients`] }] as const)));
  const hidden = suppress(cells);
  return rows.map((r) => {
    const shown = (m: (typeof MEASURES)[number]) => (hidden.has(`${r.service_id}|${m}`) ? null : r[m]);
    const waiting = shown('waiting');
    return {
      serviceId: r.service_id,
      serviceName: r.service_name,
      organisationName: r.organisation_name,
      waiting,
      medianWaitingHours: waiting ? round(r.median_hours) : null,
      maxWaitingHours: waiting ? round(r.max_hours) : null,
      accepted90d: shown('accepted'),
      declined90d: shown('declined'),
      expired90d: shown('expired'),
    };
  });
}

const round = (n: number | null) => (n == null ? null : Math.round(n * 10) / 10);

/** The coordinators' per-service referral counts (the referrals page), under the figures' suppression. */
@Resolver()
export class ReferralStatisticsResolver {
  @Authorized('COORDINATOR')
  @Query(() => [ServiceReferralStatistics], { description: 'Per service: referrals waiting and for how long, answers in the last 90 days. Aggregates only.' })
  referralStatistics(@Ctx() ctx: RequestContext): Promise<ServiceReferralStatistics[]> {
    return referralStatistics(ctx);
  }
}
