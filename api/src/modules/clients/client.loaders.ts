import { clientsWithAccess, restrictToAllowed, type Scope } from '../../access';
import { byKeyLoader } from '../../common';
import type { RequestContext } from '../../context';
import { ClientSection } from './client-section.entity';
import { Client } from './client.entity';

/**
 * Clients by id, only those the viewer may see (null for any other, as for an unknown id).
 * For other modules' field resolvers, e.g. Referral.client. Reading a returned client's
 * fields is audited by the Client type itself.
 */
export const clientById = (ctx: RequestContext) =>
  byKeyLoader<string, Client>(
    async (ids) => {
      const qb = ctx.em.createQueryBuilder(Client, 'c').where('c.id = ANY(:ids)', { ids: [...ids] });
      if (!(await restrictToAllowed(ctx, qb, 'read', 'Client', 'c'))) return [];
      return clientsWithAccess(ctx, qb, 'c');
    },
    (c) => c.id,
  );

export const sectionKey = (clientId: string, scope: Scope) => `${clientId}|${scope}`;

/**
 * One section of a client by `sectionKey(clientId, scope)`, only if the viewer may read it: the
 * SQL itself carries the ClientSection rule, so a section not shared is never read.
 */
export const sectionByKey = (ctx: RequestContext) =>
  byKeyLoader<string, ClientSection>(
    async (keys) => {
      const pairs = keys.map((k) => k.split('|'));
      const qb = ctx.em
        .createQueryBuilder(ClientSection, 's')
        .where('(s.client_id, s.scope) IN (SELECT * FROM unnest(CAST(:clientIds AS uuid[]), CAST(:scopes AS text[])))', {
          clientIds: pairs.map((p) => p[0]),
          scopes: pairs.map((p) => p[1]),
        });
      if (!(await restrictToAllowed(ctx, qb, 'read', 'ClientSection', 's'))) return [];
      return qb.getMany();
    },
    (s) => sectionKey(s.clientId, s.scope),
  );
