import { restrictToAllowed } from '../../access';
import { groupLoader } from '../../common';
import type { RequestContext } from '../../context';
import { Service } from './service.entity';
import { ListingStatus } from './taxonomy';

function servicesOf(ctx: RequestContext, includeArchived: boolean) {
  return groupLoader<string, Service>(
    async (organisationIds) => {
      const qb = ctx.em.createQueryBuilder(Service, 's').where('s.organisation_id = ANY(:organisationIds)', { organisationIds: [...organisationIds] });
      if (!includeArchived) qb.andWhere('s.status = :active', { active: ListingStatus.ACTIVE });
      if (!(await restrictToAllowed(ctx, qb, 'read', 'Service', 's'))) return [];
      return qb.orderBy('s.name', 'ASC').addOrderBy('s.id', 'ASC').getMany();
    },
    (s) => s.organisationId,
  );
}

/** Each organisation's active services. */
export const activeServicesByOrganisation = (ctx: RequestContext) => servicesOf(ctx, false);

/** Each organisation's services including the archived ones the viewer may see (its editors). */
export const allServicesByOrganisation = (ctx: RequestContext) => servicesOf(ctx, true);
