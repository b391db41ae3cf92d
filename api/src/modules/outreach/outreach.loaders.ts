import { restrictToAllowed } from '../../access';
import { byKeyLoader, groupLoader } from '../../common';
import type { RequestContext } from '../../context';
import { User } from '../identity';
import { OutreachMaterialKind } from './outreach-material-kind.entity';
import { OutreachPlace } from './outreach-place.entity';
import { OutreachSessionMaterial, OutreachSessionReferral } from './outreach-session.entity';

/** The organisation's places, by id (only those the viewer may read: SQL from the ability). */
export const outreachPlaceById = (ctx: RequestContext) =>
  byKeyLoader<string, OutreachPlace>(
    async (ids) => {
      const qb = ctx.em.createQueryBuilder(OutreachPlace, 'p').where('p.id = ANY(:ids)', { ids: [...ids] });
      return (await restrictToAllowed(ctx, qb, 'read', 'OutreachPlace', 'p')) ? qb.getMany() : [];
    },
    (p) => p.id,
  );

export const outreachMaterialKindById = (ctx: RequestContext) =>
  byKeyLoader<string, OutreachMaterialKind>(
    async (ids) => {
      const qb = ctx.em.createQueryBuilder(OutreachMaterialKind, 'm').where('m.id = ANY(:ids)', { ids: [...ids] });
      return (await restrictToAllowed(ctx, qb, 'read', 'OutreachMaterialKind', 'm')) ? qb.getMany() : [];
    },
    (m) => m.id,
  );

/** Counts of a session, asked for all sessions of a list at once (the sessions were loaded through the rule). */
export const outreachMaterialsBySession = (ctx: RequestContext) =>
  groupLoader<string, OutreachSessionMaterial>(
    (ids) =>
      ctx.em
        .createQueryBuilder(OutreachSessionMaterial, 'sm')
        .where('sm.session_id = ANY(:ids)', { ids: [...ids] })
        .getMany(),
    (m) => m.sessionId,
  );

export const outreachReferralsBySession = (ctx: RequestContext) =>
  groupLoader<string, OutreachSessionReferral>(
    (ids) =>
      ctx.em
        .createQueryBuilder(OutreachSessionReferral, 'sr')
        .where('sr.session_id = ANY(:ids)', { ids: [...ids] })
        .orderBy('sr.category')
        .getMany(),
    (r) => r.sessionId,
  );

/** Workers' names for the "who went" line; only colleagues of the viewer's own organisation. */
export const colleagueById = (ctx: RequestContext) =>
  byKeyLoader<string, { id: string; displayName: string }>(
    async (ids) => {
      const organisationId = ctx.viewer?.organisationId;
      if (!organisationId) return [];
      return ctx.em
        .createQueryBuilder(User, 'u')
        .select(['u.id', 'u.displayName'])
        .where('u.id = ANY(:ids)', { ids: [...ids] })
        .andWhere('EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.organisation_id = :org)', { org: organisationId })
        .getMany();
    },
    (u) => u.id,
  );
