import type { RequestContext } from '../../context/request-context';
import type { ServiceReferralStatistics } from './referral.types';

/** Counts from 1 up to this are not shown: a small service with one referral could single someone out. */
export const SUPPRESS_BELOW = 3;

const shown = (n: number) => (n > 0 && n < SUPPRESS_BELOW ? null : n);

/**
 * Per service: how many referrals wait and how long, and how the last 90 days' answers went.
 * The coordinator's organisation holds no referral, so the figures come from
 * brug_referral_statistics(), a database function that returns aggregates only.
 */
export async function referralStatistics(ctx: RequestContext): Promise<ServiceReferralStatistics[]> {
  const rows: {
    service_id: string;
    service_name: string;
    organisation_name: string;
    waiting: number;
    median_hours: number | null;
    max_hours: number | null;
    accepted: number;
    declined: number;
    expired: number;
  }[] = await ctx.em.query(`SELECT * FROM brug_referral_statistics($1)`, [ctx.now]);
  return rows.map((r) => {
    const waiting = shown(r.waiting);
    return {
      serviceId: r.service_id,
      serviceName: r.service_name,
      organisationName: r.organisation_name,
      waiting,
      medianWaitingHours: waiting ? round(r.median_hours) : null,
      maxWaitingHours: waiting ? round(r.max_hours) : null,
      accepted90d: shown(r.accepted),
      declined90d: shown(r.declined),
      expired90d: shown(r.expired),
    };
  });
}

const round = (n: number | null) => (n == null ? null : Math.round(n * 10) / 10);
