import { notFound, isUuid, checkPageSize, cursorCodec, emptyPage, Page, toPage } from '../../common';
import type { RequestContext } from '../../context';
import { referrals } from './inbox';
import { Notification } from './notification.entity';
import type { EntityManager } from 'typeorm';
import { announceInboxChange } from './notify';

/** The signed-in user's own notices (row-level security also keeps them to their owner). */
/** Notices page by their creation time, then id. */
const noticeCursor = cursorCodec('time', 'uuid');

export class NotificationService {
  constructor(private readonly ctx: RequestContext) {}

  async list(first: number, after: string | null | undefined, unreadOnly: boolean): Promise<Page<Notification>> {
    const viewer = this.ctx.viewer;
    if (!viewer) return emptyPage();
    checkPageSize(first);
    await referrals().settle(this.ctx);
    const cursor = noticeCursor.decode(after);
    const qb = this.ctx.em.createQueryBuilder(Notification, 'n').where('n.user_id = :userId', { userId: viewer.userId });
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    const totalCount = await qb.clone().getCount();
    if (cursor) {
      qb.andWhere('(n.created_at, n.id) < (:at, :id)', { at: new Date(cursor[0]), id: cursor[1] });
    }
    const rows = await qb
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(first + 1)
      .getMany();
    return toPage(rows, first, totalCount, (n) => noticeCursor.key([n.createdAt, n.id]));
  }

  async unreadCount(): Promise<number> {
    const viewer = this.ctx.viewer;
    if (!viewer) return 0;
    await referrals().settle(this.ctx);
    const [row] = await this.ctx.em.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [
      viewer.userId,
    ]);
    return row.n;
  }

  /** Marks the given notices (or all of them) read; NOT_FOUND if an id is not one of yours. */
  async markRead(ids: string[] | null | undefined): Promise<number> {
    const userId = this.ctx.viewer!.userId;
    let changed: { id: string }[];
    if (ids) {
      const unique = [...new Set(ids)];
      if (unique.some((id) => !isUuid(id))) throw notFound('Notification');
      const mine: { n: number }[] = await this.ctx.em.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND id = ANY($2::uuid[])`, [
        userId,
        unique,
      ]);
      if (mine[0].n !== unique.length) throw notFound('Notification');
      changed = await updated<{ id: string }>(
        this.ctx.em,
        `UPDATE notifications SET read_at = $3 WHERE user_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL RETURNING id`,
        [userId, unique, this.ctx.now],
      );
    } else {
      changed = await updated<{ id: string }>(this.ctx.em, `UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL RETURNING id`, [
        userId,
        this.ctx.now,
      ]);
    }
    if (changed.length) await announceInboxChange(this.ctx.em, [], [userId]);
    return changed.length;
  }
}

/** The rows an UPDATE ... RETURNING changed (TypeORM answers UPDATE with [rows, count]). */
async function updated<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const result = await em.query<unknown[]>(sql, params);
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}
