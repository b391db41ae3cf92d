import type { GraphQLResolveInfo } from 'graphql';
import { row, restrictToAllowed, AuditOperation } from '../../access';
import { badInput, conflict, forbidden, notFound, isUuid } from '../../common';
import type { RequestContext } from '../../context';
import type { ServiceCategory } from '../service-map';
import type { OutreachSessionInput } from './dto/outreach.input';
import { OutreachMaterialKind } from './outreach-material-kind.entity';
import { OutreachPlace } from './outreach-place.entity';
import { OutreachSession, OutreachSessionMaterial, OutreachSessionReferral } from './outreach-session.entity';

export const SESSIONS_MAX = 500;
/** A session is logged the same night or later; a start far in the future is a typing mistake. */
const LONGEST_SESSION_HOURS = 24;

/**
 * Outreach sessions of the viewer's organisation. Logging is idempotent on the id the phone
 * made: a second send (a retry after a lost answer, two tabs, a flaky connection) finds the
 * first and answers it; two sends at the same moment meet at the primary key, and the second
 * waits for the first and answers the same session. Nothing here names a client.
 */
export class OutreachService {
  constructor(private readonly ctx: RequestContext) {}

  async sessions(filter: { from?: Date | null; to?: Date | null; first?: number | null }): Promise<OutreachSession[]> {
    const qb = this.ctx.em.createQueryBuilder(OutreachSession, 's');
    if (!(await restrictToAllowed(this.ctx, qb, 'read', 'OutreachSession', 's'))) return [];
    if (filter.from) qb.andWhere('s.starts_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('s.starts_at < :to', { to: filter.to });
    const first = Math.min(Math.max(filter.first ?? 50, 1), SESSIONS_MAX);
    return qb.orderBy('s.starts_at', 'DESC').addOrderBy('s.id', 'DESC').take(first).getMany();
  }

  async session(id: string, action: 'read' | 'update' = 'read'): Promise<OutreachSession | null> {
    if (!isUuid(id)) return null;
    const qb = this.ctx.em.createQueryBuilder(OutreachSession, 's').where('s.id = :id', { id });
    if (!(await restrictToAllowed(this.ctx, qb, action, 'OutreachSession', 's'))) return null;
    return qb.getOne();
  }

  async log(id: string, input: OutreachSessionInput, info: GraphQLResolveInfo): Promise<OutreachSession> {
    const { ctx } = this;
    const organisationId = ctx.viewer?.organisationId;
    if (!organisationId || !(await ctx.ability()).can('create', row('OutreachSession', { organisationId }))) throw forbidden();
    if (!isUuid(id)) throw badInput('id', 'must be a UUID made by the device.');
    // Sent before (the answer was lost, or another tab sent it): the same session, unchanged.
    const earlier = await this.session(id);
    if (earlier) return earlier;
    const checked = await this.checked(organisationId, input);
    const inserted: { id: string }[] = await ctx.em.query(
      `INSERT INTO outreach_sessions (id, organisation_id, place_id, starts_at, ends_at, colleague_user_ids, peer_workers, experience_experts,
         contacts_total, contacts_new, languages, topics, signals, created_by_user_id, created_at, updated_at, updated_by_user_id, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15, $14, 1)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [id, organisationId, ...this.sessionValues(checked)],
    );
    if (!inserted.length) {
      // A concurrent send of the same entry committed first (we waited for it at the key).
      const first = await this.session(id);
      if (first) return first;
      throw conflict('This session id is already taken; log the session again.');
    }
    await this.writeCounts(id, checked);
    await ctx.audit.access({ clientId: null, scopes: [], operation: AuditOperation.CREATE, action: info });
    return (await this.session(id))!;
  }

  /** Changes a session; `version` is the one the edit started from, so two edits never silently overwrite each other. */
  async update(id: string, version: number, input: OutreachSessionInput, info: GraphQLResolveInfo): Promise<OutreachSession> {
    const { ctx } = this;
    const current = await this.session(id, 'update');
    if (!current) throw notFound('Outreach session');
    const checked = await this.checked(current.organisationId, input, current);
    const updated: unknown[] = await ctx.em.query(
      `UPDATE outreach_sessions SET place_id = $3, starts_at = $4, ends_at = $5, colleague_user_ids = $6, peer_workers = $7, experience_experts = $8,
         contacts_total = $9, contacts_new = $10, languages = $11, topics = $12, signals = $13, updated_by_user_id = $14, updated_at = $15,
         version = version + 1
       WHERE id = $1 AND version = $2 RETURNING id`,
      [id, version, ...this.sessionValues(checked)],
    );
    // pg answers [rows, count] for UPDATE ... RETURNING through TypeORM.
    const rows = Array.isArray(updated[0]) ? (updated[0] as unknown[]) : updated;
    if (!rows.length) throw conflict('Someone changed this session in the meantime; reload it and make your change again.');
    await ctx.em.query(`DELETE FROM outreach_session_materials WHERE session_id = $1`, [id]);
    await ctx.em.query(`DELETE FROM outreach_session_referrals WHERE session_id = $1`, [id]);
    await this.writeCounts(id, checked);
    await ctx.audit.access({ clientId: null, scopes: [], operation: AuditOperation.UPDATE, action: info });
    return (await this.session(id))!;
  }

  async canEdit(session: OutreachSession): Promise<boolean> {
    return (await this.ctx.ability()).can('update', row('OutreachSession', session));
  }

  /** Parameters $3 to $15 of both the INSERT and the UPDATE of a session: its checked fields, who wrote it and when. */
  private sessionValues(checked: Awaited<ReturnType<OutreachService['checked']>>): unknown[] {
    const { ctx } = this;
    return [
      checked.placeId,
      checked.startsAt,
      checked.endsAt,
      checked.colleagueIds,
      checked.peerWorkers,
      checked.experienceExperts,
      checked.contactsTotal,
      checked.contactsNew,
      checked.languages,
      checked.topics,
      checked.signals,
      ctx.viewer!.userId,
      ctx.now,
    ];
  }

  /** The input checked against the organisation's own lists; counts of zero are left out. */
  private async checked(organisationId: string, input: OutreachSessionInput, current?: OutreachSession) {
    const { em } = this.ctx;
    const startsAt = new Date(input.startsAt);
    const endsAt = new Date(input.endsAt);
    if (Number.isNaN(startsAt.getTime()) || Number.isNaN(endsAt.getTime())) throw badInput('startsAt', 'give a start and an end.');
    if (endsAt <= startsAt) throw badInput('endsAt', 'must be after the start.');
    if (endsAt.getTime() - startsAt.getTime() > LONGEST_SESSION_HOURS * 3_600_000)
      throw badInput('endsAt', `a session lasts at most ${LONGEST_SESSION_HOURS} hours.`);
    if (startsAt.getTime() > this.ctx.now.getTime() + 24 * 3_600_000) throw badInput('startsAt', 'log a session once it has taken place.');
    if (input.contactsNew > input.contactsTotal) throw badInput('contactsNew', 'cannot be more than the contacts in total.');
    // Archived places and kinds are still accepted: a phone that was offline may not know yet.
    const place = await em.findOneBy(OutreachPlace, { id: input.placeId, organisationId });
    if (!place) throw badInput('placeId', 'is not one of your organisation’s places.');
    const colleagueIds = [...new Set(input.colleagueIds)];
    if (colleagueIds.length) {
      const members: { user_id: string }[] = await em.query(`SELECT user_id FROM memberships WHERE organisation_id = $1 AND user_id = ANY($2::uuid[])`, [
        organisationId,
        colleagueIds,
      ]);
      const known = new Set([...members.map((m) => m.user_id), ...(current?.colleagueUserIds ?? [])]);
      if (colleagueIds.some((c) => !known.has(c))) throw badInput('colleagueIds', 'name members of your organisation only.');
    }
    const materials = mergeCounts(input.materials.map((m) => [m.materialKindId, m.count]));
    if (materials.size) {
      const kinds = await em
        .createQueryBuilder(OutreachMaterialKind, 'k')
        .where('k.id = ANY(:ids)', { ids: [...materials.keys()] })
        .andWhere('k.organisation_id = :organisationId', { organisationId })
        .getCount();
      if (kinds !== materials.size) throw badInput('materials', 'use your organisation’s own kinds of material.');
    }
    const referrals = mergeCounts<ServiceCategory>(input.referrals.map((r) => [r.category, r.count]));
    const signals = input.signals?.trim() || null;
    return {
      placeId: place.id,
      startsAt,
      endsAt,
      colleagueIds,
      peerWorkers: input.peerWorkers,
      experienceExperts: input.experienceExperts,
      contactsTotal: input.contactsTotal,
      contactsNew: input.contactsNew,
      languages: [...new Set(input.languages)],
      topics: [...new Set(input.topics)],
      signals,
      materials,
      referrals,
    };
  }

  private async writeCounts(sessionId: string, checked: { materials: Map<string, number>; referrals: Map<ServiceCategory, number> }): Promise<void> {
    const { em } = this.ctx;
    if (checked.materials.size) {
      await em.insert(
        OutreachSessionMaterial,
        [...checked.materials].map(([materialKindId, count]) => ({ sessionId, materialKindId, count })),
      );
    }
    if (checked.referrals.size) {
      await em.insert(
        OutreachSessionReferral,
        [...checked.referrals].map(([category, count]) => ({ sessionId, category, count })),
      );
    }
  }
}

/** One count per key (a repeated key adds up); zeros are not stored. */
function mergeCounts<K extends string = string>(pairs: [K, number][]): Map<K, number> {
  const merged = new Map<K, number>();
  for (const [key, count] of pairs) if (count > 0) merged.set(key, (merged.get(key) ?? 0) + count);
  return merged;
}
