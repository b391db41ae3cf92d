import { restrictToAllowed } from '../../access';
import { byKeyLoader, groupLoader } from '../../common';
import type { RequestContext } from '../../context';
import { Consent } from './consent.entity';

/** Consents by id that the viewer may read (the owning organisation's, or given to the viewer's). */
export const consentById = (ctx: RequestContext) =>
  byKeyLoader<string, Consent>(
    async (ids) => {
      const qb = ctx.em.createQueryBuilder(Consent, 'k').where('k.id = ANY(:ids)', { ids: [...ids] });
      if (!(await restrictToAllowed(ctx, qb, 'read', 'Consent', 'k'))) return [];
      return qb.getMany();
    },
    (k) => k.id,
  );

/** Each client's consents the viewer may read, newest first. */
export const consentsByClient = (ctx: RequestContext) =>
  groupLoader<string, Consent>(
    async (clientIds) => {
      const qb = ctx.em.createQueryBuilder(Consent, 'k').where('k.client_id = ANY(:clientIds)', { clientIds: [...clientIds] });
      if (!(await restrictToAllowed(ctx, qb, 'read', 'Consent', 'k'))) return [];
      return qb.orderBy('k.recorded_at', 'DESC').addOrderBy('k.id', 'ASC').getMany();
    },
    (k) => k.clientId,
  );
