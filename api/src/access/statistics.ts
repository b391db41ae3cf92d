import { forbidden } from '../common';
import type { AccessContext } from './access-context';
import { row } from './ability';

/**
 * Whose counts a request for statistics (life-domain progress, referrals outside the network)
 * may see, through the one ability: the network's for coordinators (null: every organisation),
 * or the viewer's own organisation's. FORBIDDEN otherwise.
 */
export async function statisticsOrganisation(ctx: AccessContext, scope: 'ORGANISATION' | 'NETWORK'): Promise<string | null> {
  const ability = await ctx.ability();
  if (scope === 'NETWORK') {
    if (!ability.can('read', 'NetworkStatistics')) throw forbidden('Only network coordinators see the network figures.');
    return null;
  }
  const org = ctx.viewer?.organisationId ?? null;
  if (!org || !ability.can('read', row('Client', { ownerOrganisationId: org }))) throw forbidden('Only members of an organisation see its figures.');
  return org;
}
