import { In } from 'typeorm';
import { restrictToAllowed } from '../../access';
import { byKeyLoader, groupLoader } from '../../common';
import type { RequestContext } from '../../context';
import { Service } from '../service-map';
import { ReferralEvent } from './referral-event.entity';
import { ReferralMessage } from './referral-message.entity';
import { Referral } from './referral.entity';

/**
 * The service a referral is addressed to, archived or not: a referral keeps naming the service
 * it was sent to (listings are network-public map data, not client data).
 */
export const serviceByIdForReferral = (ctx: RequestContext) =>
  byKeyLoader<string, Service>(
    (ids) => ctx.em.findBy(Service, { id: In([...ids]) }),
    (s) => s.id,
  );

/** Each referral's steps, oldest first, only for referrals the viewer may read. */
export const eventsByReferral = (ctx: RequestContext) =>
  groupLoader<string, ReferralEvent>(
    async (ids) => {
      const qb = ctx.em
        .createQueryBuilder(ReferralEvent, 'e')
        .innerJoin(Referral, 'r', 'r.id = e.referral_id')
        .where('e.referral_id = ANY(:ids)', { ids: [...ids] });
      if (!(await restrictToAllowed(ctx, qb, 'read', 'Referral', 'r'))) return [];
      return qb.orderBy('e.at', 'ASC').addOrderBy('e.id', 'ASC').getMany();
    },
    (e) => e.referralId,
  );

/** Each referral's message thread, oldest first, only for referrals the viewer may read. */
export const messagesByReferral = (ctx: RequestContext) =>
  groupLoader<string, ReferralMessage>(
    async (ids) => {
      const qb = ctx.em
        .createQueryBuilder(ReferralMessage, 'm')
        .innerJoin(Referral, 'r', 'r.id = m.referral_id')
        .where('m.referral_id = ANY(:ids)', { ids: [...ids] });
      if (!(await restrictToAllowed(ctx, qb, 'read', 'Referral', 'r'))) return [];
      return qb.orderBy('m.at', 'ASC').addOrderBy('m.id', 'ASC').getMany();
    },
    (m) => m.referralId,
  );

/** How many messages each referral's thread holds and when the last was posted (no text), only for referrals the viewer may read. */
export interface ThreadSummary {
  referralId: string;
  count: number;
  lastAt: Date;
}
export const threadSummaryByReferral = (ctx: RequestContext) =>
  byKeyLoader<string, ThreadSummary>(
    async (ids) => {
      const qb = ctx.em
        .createQueryBuilder(ReferralMessage, 'm')
        .innerJoin(Referral, 'r', 'r.id = m.referral_id')
        .select('m.referral_id', 'referralId')
        .addSelect('count(*)::int', 'count')
        .addSelect('max(m.at)', 'lastAt')
        .where('m.referral_id = ANY(:ids)', { ids: [...ids] })
        .groupBy('m.referral_id');
      if (!(await restrictToAllowed(ctx, qb, 'read', 'Referral', 'r'))) return [];
      return qb.getRawMany<ThreadSummary>();
    },
    (t) => t.referralId,
  );

/** Which of these referrals the viewer has opened. */
export const readByViewer = (ctx: RequestContext) =>
  byKeyLoader<string, { referral_id: string }>(
    (ids) => ctx.em.query(`SELECT referral_id FROM referral_reads WHERE user_id = $1 AND referral_id = ANY($2::uuid[])`, [ctx.viewer?.userId, [...ids]]),
    (r) => r.referral_id,
  );

/** Referrals by id, only those the viewer may read (a notice outlives its reader's access). */
export const readableReferralById = (ctx: RequestContext) =>
  byKeyLoader<string, Referral>(
    async (ids) => {
      const qb = ctx.em.createQueryBuilder(Referral, 'r').where('r.id IN (:...ids)', { ids: [...ids] });
      if (!(await restrictToAllowed(ctx, qb, 'read', 'Referral', 'r'))) return [];
      return qb.getMany();
    },
    (r) => r.id,
  );
