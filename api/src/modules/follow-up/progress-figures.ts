import type { RequestContext } from '../../context';
import { statisticsOrganisation } from '../../access';

/** Improvement in one life domain: people rated at least twice in the period, and how their rating moved. */
export interface LifeDomainProgress {
  domain: string;
  /** People rated at least twice in the period; null when under 5 (suppressed). */
  clients: number | null;
  improved: number | null;
  unchanged: number | null;
  worsened: number | null;
}

/**
 * For the figures module: how the life-domain ratings moved between each person's first and last
 * assessment in [fromDay, toDay], per domain, as counts only (any count under 5 is null). For the
 * viewer's own organisation (its own clients), or the network (coordinators). The counting is
 * brug_life_domain_progress() in the database: no assessment is loaded here.
 */
export async function lifeDomainProgress(
  ctx: RequestContext,
  { fromDay, toDay, scope }: { fromDay: string; toDay: string; scope: 'ORGANISATION' | 'NETWORK' },
): Promise<LifeDomainProgress[]> {
  const org = await statisticsOrganisation(ctx, scope);
  const rows: LifeDomainProgress[] = await ctx.em.query(
    `SELECT domain, clients, improved, unchanged, worsened FROM brug_life_domain_progress($1::date, $2::date, $3::uuid)`,
    [fromDay, toDay, org],
  );
  return rows;
}
