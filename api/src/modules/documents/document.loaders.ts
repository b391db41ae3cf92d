import { restrictToAllowed } from '../../access';
import { groupLoader } from '../../common';
import type { RequestContext } from '../../context';
import { ClientDocument } from './client-document.entity';

/** Each client's documents the viewer may open (the SQL carries the section rule), newest first. */
export const documentsByClient = (ctx: RequestContext) =>
  groupLoader<string, ClientDocument>(
    async (clientIds) => {
      const qb = ctx.em.createQueryBuilder(ClientDocument, 'd').where('d.client_id = ANY(:clientIds)', { clientIds: [...clientIds] });
      if (!(await restrictToAllowed(ctx, qb, 'read', 'ClientDocument', 'd'))) return [];
      return qb.orderBy('d.created_at', 'DESC').addOrderBy('d.id', 'ASC').getMany();
    },
    (d) => d.clientId,
  );
