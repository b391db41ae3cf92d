import { In } from 'typeorm';
import { groupLoader } from '../../common/loaders';
import type { RequestContext } from '../../context/request-context';
import { Membership } from './membership.entity';

export const membershipsByUser = (ctx: RequestContext) =>
  groupLoader<string, Membership>(
    (userIds) => ctx.em.find(Membership, { where: { userId: In([...userIds]) }, order: { createdAt: 'ASC' } }),
    (m) => m.userId,
  );
