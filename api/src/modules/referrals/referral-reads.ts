import { clientAccess, row, restrictToAllowed } from '../../access';
import { systemView, type RequestContext } from '../../context';
import { notFound, isUuid, checkPageSize, cursorCodec, emptyPage, Page, toPage } from '../../common';
import { announceInboxChange } from '../notifications';
import { expireDue } from './expiry';
import { ReferralAction, ReferralStatus, ReferralViewerRole } from './referral-enums';
import { TRANSITIONS } from './referral-rules';
import { Referral } from './referral.entity';
import { enumValues } from '../../common';

export interface InboxArgs {
  status?: ReferralStatus | null;
  overdueOnly?: boolean | null;
  first: number;
  after?: string | null;
}

/** Referral lists page by when they were sent (or made), then id. */
const referralCursor = cursorCodec('time', 'uuid');

/** Reading referrals: one, the inbox and the sent list, what is unread, and what the viewer may do. */
export class ReferralReads {
  constructor(private readonly ctx: RequestContext) {}

  /** Applies expiry due by now to the viewer's organisation's referrals, once per request. */
  async settle(): Promise<void> {
    const ctx = this.ctx as RequestContext & { referralsSettled?: boolean };
    const org = ctx.viewer?.organisationId;
    if (ctx.referralsSettled || !org) return;
    ctx.referralsSettled = true;
    // Brug's own work inside this request's transaction (row-level security still limits it to
    // this organisation's referrals): the steps are Brug's, not the reader's.
    await expireDue(systemView(ctx), org);
  }

  /** One referral the viewer's organisation sent or received; NOT_FOUND for everyone else. */
  async get(id: string, options: { markRead?: boolean; lock?: boolean } = {}): Promise<Referral> {
    if (!isUuid(id)) throw notFound('Referral');
    await this.settle();
    const qb = this.ctx.em.createQueryBuilder(Referral, 'r').where('r.id = :id', { id });
    if (!(await restrictToAllowed(this.ctx, qb, 'read', 'Referral', 'r'))) throw notFound('Referral');
    if (options.lock) qb.setLock('pessimistic_write');
    const referral = await qb.getOne();
    if (!referral) throw notFound('Referral');
    if (options.markRead && this.isReceiver(referral)) await this.markRead(referral);
    return referral;
  }

  /** Referrals sent to the viewer's organisation's services (never drafts), newest first. */
  async inbox(args: InboxArgs): Promise<Page<Referral>> {
    const org = this.ctx.viewer?.organisationId;
    if (!org) return emptyPage();
    await this.settle();
    return this.list(args, 'r.receiving_organisation_id = :org', org, 'sent_at');
  }

  /** Referrals from the viewer's organisation (drafts included), newest first. */
  async sent(args: InboxArgs): Promise<Page<Referral>> {
    const org = this.ctx.viewer?.organisationId;
    if (!org) return emptyPage();
    await this.settle();
    return this.list(args, 'r.sender_organisation_id = :org', org, 'created_at');
  }

  private async list(args: InboxArgs, side: string, org: string, sortColumn: 'sent_at' | 'created_at'): Promise<Page<Referral>> {
    const first = checkPageSize(args.first);
    const cursor = referralCursor.decode(args.after);
    const qb = this.ctx.em.createQueryBuilder(Referral, 'r').where(side, { org });
    if (!(await restrictToAllowed(this.ctx, qb, 'read', 'Referral', 'r'))) return emptyPage();
    if (args.status) qb.andWhere('r.status = :status', { status: args.status });
    if (args.overdueOnly) qb.andWhere(`r.status = 'SENT' AND r.due_at <= :now`, { now: this.ctx.now });
    const totalCount = await qb.clone().getCount();
    const sortKey = `COALESCE(r.${sortColumn}, r.created_at)`;
    if (cursor) {
      qb.andWhere(`(${sortKey}, r.id) < (:afterAt, :afterId)`, { afterAt: new Date(cursor[0]), afterId: cursor[1] });
    }
    const rows = await qb
      .orderBy(sortKey, 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(first + 1)
      .getMany();
    return toPage(rows, first, totalCount, (r) => referralCursor.key([(sortColumn === 'sent_at' ? r.sentAt : r.createdAt) ?? r.createdAt, r.id]));
  }

  /** SENT referrals to the viewer's organisation that the viewer has not opened yet. */
  async unreadCount(): Promise<number> {
    const org = this.ctx.viewer?.organisationId;
    if (!org) return 0;
    await this.settle();
    const [row] = await this.ctx.em.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM referrals r
        WHERE r.receiving_organisation_id = $1 AND r.status = 'SENT'
          AND NOT EXISTS (SELECT 1 FROM referral_reads rr WHERE rr.referral_id = r.id AND rr.user_id = $2)`,
      [org, this.ctx.viewer!.userId],
    );
    return row.n;
  }

  private async markRead(referral: Referral): Promise<void> {
    const inserted = await this.ctx.em.query<{ referral_id: string }[]>(
      `INSERT INTO referral_reads (referral_id, user_id, read_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING referral_id`,
      [referral.id, this.ctx.viewer!.userId, this.ctx.now],
    );
    if (inserted.length) await announceInboxChange(this.ctx.em, [], [this.ctx.viewer!.userId]);
  }

  isSender(referral: Referral): boolean {
    return this.ctx.viewer?.organisationId === referral.senderOrganisationId;
  }

  isReceiver(referral: Referral): boolean {
    return this.ctx.viewer?.organisationId === referral.receivingOrganisationId && referral.status !== ReferralStatus.DRAFT;
  }

  viewerRole(referral: Referral): ReferralViewerRole {
    if (this.isSender(referral)) return ReferralViewerRole.SENDER;
    if (this.isReceiver(referral)) return ReferralViewerRole.RECEIVER;
    return ReferralViewerRole.OTHER;
  }

  /**
   * What the viewer may do now: their side may do it, the status allows it, and the viewer may
   * still see the client (as ReferralLifecycle.mayDo checks: acting on a referral writes about its client).
   */
  async allowedActions(referral: Referral): Promise<ReferralAction[]> {
    if (!(await clientAccess(this.ctx, referral.clientId))) return [];
    const ability = await this.ctx.ability();
    const subject = row('Referral', referralSubject(referral));
    return enumValues(ReferralAction, Object.keys(TRANSITIONS)).filter(
      (action) => TRANSITIONS[action].from.includes(referral.status) && ability.can(TRANSITIONS[action].ability, subject),
    );
  }
}

export function referralSubject(r: Pick<Referral, 'senderOrganisationId' | 'receivingOrganisationId' | 'status'>) {
  return { senderOrganisationId: r.senderOrganisationId, receivingOrganisationId: r.receivingOrganisationId, status: r.status };
}
