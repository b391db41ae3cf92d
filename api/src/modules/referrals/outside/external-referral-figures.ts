import { statisticsOrganisation } from '../../../access';
import type { RequestContext } from '../../../context';

/** Referrals outside the network in one category: how many, to how many people (null under 5). */
export interface OutsideNetworkCount {
  category: string;
  referrals: number | null;
  clients: number | null;
}

/**
 * For the figures module: referrals "outside the network" per service category in [fromDay,
 * toDay], so coordinators see which services the map lacks. Counted by the database function
 * brug_external_referral_counts (aggregates only; any count under 5 is null). An organisation
 * gets those it sent; the network scope is for coordinators.
 */
export async function outsideNetworkReferralCounts(
  ctx: RequestContext,
  { fromDay, toDay, scope }: { fromDay: string; toDay: string; scope: 'ORGANISATION' | 'NETWORK' },
): Promise<OutsideNetworkCount[]> {
  const org = await statisticsOrganisation(ctx, scope);
  return ctx.em.query(`SELECT category, referrals, clients FROM brug_external_referral_counts($1::date, $2::date, $3::uuid)`, [fromDay, toDay, org]);
}
