import { row } from '../../access/ability';
import { clientAccess, restrictToAllowed } from '../../access/client-access';
import { systemView } from '../../access/system';
import { IsNull } from 'typeorm';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { checkPageSize, decodeCursor, emptyPage, Page, toPage } from '../../common/pagination';
import type { RequestContext } from '../../context/request-context';
import { AuditOperation } from '../audit/audit-entry.entity';
import { Membership } from '../identity/membership.entity';
import { NotificationKind } from '../notifications/notification.entity';
import { announceInboxChange, notify } from '../notifications/notify';
import { organisationById } from '../service-map/organisation.loaders';
import { Service } from '../service-map/service.entity';
import { CapacityStatus, ListingStatus } from '../service-map/taxonomy';
import { recordClientEvent } from '../timeline/client-events';
import { refuseErased } from '../clients/client.service';
import { dueDate, expiryDate } from './due-dates';
import type {
  AcceptReferralInput,
  CancelReferralInput,
  CompleteReferralInput,
  CreateReferralInput,
  DeclineReferralInput,
  IntroductionInput,
  ReferralConsentInput,
  UpdateReferralDraftInput,
} from './dto/referral.input';
import { once } from './idempotency';
import { organisationMaySeeClient, recordConsentWithReferral, visibleClient } from './referral-client';
import { CancelReason, ReferralAction, ReferralStatus, ReferralViewerRole } from './referral-enums';
import { ReferralEvent } from './referral-event.entity';
import { ReferralMessage } from './referral-message.entity';
import { pastTense, TRANSITIONS } from './referral-rules';
import { noticeText } from './referral-texts';
import { Referral } from './referral.entity';
import { serviceByIdForReferral } from './referral.loaders';

export interface InboxArgs {
  status?: ReferralStatus | null;
  overdueOnly?: boolean | null;
  first: number;
  after?: string | null;
}

const ACTION_WORDS: Record<ReferralAction, string> = {
  SEND: 'sent',
  UPDATE_DRAFT: 'edited as a draft',
  ACCEPT: 'accepted',
  DECLINE: 'declined',
  CANCEL: 'cancelled',
  COMPLETE: 'completed',
  POST_MESSAGE: 'discussed in a message',
  REFER_AGAIN: 'referred again',
};

const SIDE_OF: Record<ReferralAction, string> = {
  SEND: 'the sending organisation',
  UPDATE_DRAFT: 'the sending organisation',
  CANCEL: 'the sending organisation',
  REFER_AGAIN: 'the sending organisation',
  ACCEPT: 'the receiving organisation',
  DECLINE: 'the receiving organisation',
  COMPLETE: 'the receiving organisation',
  POST_MESSAGE: 'the two organisations',
};

/** Warm referrals: the lifecycle, who may do what (from the ability), and what each step tells whom. */
export class ReferralService {
  constructor(private readonly ctx: RequestContext) {}

  // ---------------------------------------------------------------- reads

  /** Applies expiry due by now to the viewer's organisation's referrals, once per request. */
  async settle(): Promise<void> {
    const ctx = this.ctx as RequestContext & { referralsSettled?: boolean };
    const org = ctx.viewer?.organisationId;
    if (ctx.referralsSettled || !org) return;
    ctx.referralsSettled = true;
    // Brug's own work inside this request's transaction (row-level security still limits it to
    // this organisation's referrals): the steps are Brug's, not the reader's.
    await new ReferralService(systemView(ctx)).expireDue(org);
  }

  /**
   * As the system: tells both sides once when a SENT referral passes its due date, and expires
   * the ones past their grace period (see due-dates.ts) with the same event, timeline and notice
   * writers as every other step. Each change is guarded, so two processes never notify or
   * expire one referral twice. `organisationId` limits it to one organisation's referrals.
   */
  async expireDue(organisationId?: string | null): Promise<number> {
    const { ctx } = this;
    const due = ctx.em.createQueryBuilder(Referral, 'r').where(`r.status = 'SENT' AND r.due_at <= :now`, { now: ctx.now });
    due.andWhere('(r.expires_at <= :now OR r.overdue_notified_at IS NULL)', { now: ctx.now });
    if (organisationId) due.andWhere('(r.sender_organisation_id = :org OR r.receiving_organisation_id = :org)', { org: organisationId });
    if (!(await restrictToAllowed(ctx, due, 'expire', 'Referral', 'r'))) return 0;
    let expired = 0;
    for (const referral of await due.orderBy('r.due_at', 'ASC').getMany()) {
      const sides = [referral.senderOrganisationId, referral.receivingOrganisationId];
      if (referral.expiresAt && referral.expiresAt <= ctx.now) {
        const result = await ctx.em.update(Referral, { id: referral.id, status: ReferralStatus.SENT }, { status: ReferralStatus.EXPIRED, statusChangedAt: ctx.now, updatedAt: ctx.now });
        if (!result.affected) continue;
        expired += 1;
        await this.recordEvent(referral, ReferralStatus.SENT, ReferralStatus.EXPIRED, 'NO_ANSWER_IN_TIME');
        await this.timeline(referral, 'REFERRAL_EXPIRED');
        await this.tell(referral, NotificationKind.REFERRAL_EXPIRED, sides, undefined, ReferralStatus.EXPIRED, [referral.sentByUserId]);
      } else {
        const result = await ctx.em.update(Referral, { id: referral.id, status: ReferralStatus.SENT, overdueNotifiedAt: IsNull() }, { overdueNotifiedAt: ctx.now });
        if (result.affected) await this.tell(referral, NotificationKind.REFERRAL_OVERDUE, sides, undefined, null, [referral.sentByUserId]);
      }
    }
    return expired;
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
    const cursor = decodeCursor(args.after, 2);
    const qb = this.ctx.em.createQueryBuilder(Referral, 'r').where(side, { org });
    if (!(await restrictToAllowed(this.ctx, qb, 'read', 'Referral', 'r'))) return emptyPage();
    if (args.status) qb.andWhere('r.status = :status', { status: args.status });
    if (args.overdueOnly) qb.andWhere(`r.status = 'SENT' AND r.due_at <= :now`, { now: this.ctx.now });
    const totalCount = await qb.clone().getCount();
    const sortKey = `COALESCE(r.${sortColumn}, r.created_at)`;
    if (cursor) {
      if (typeof cursor[0] !== 'string' || !isUuid(cursor[1])) throw badInput('after', 'this cursor is not valid; use the endCursor of the previous page.');
      qb.andWhere(`(${sortKey}, r.id) < (:afterAt, :afterId)`, { afterAt: new Date(cursor[0]), afterId: cursor[1] });
    }
    const rows = await qb.orderBy(sortKey, 'DESC').addOrderBy('r.id', 'DESC').limit(first + 1).getMany();
    return toPage(rows, first, totalCount, (r) => [((sortColumn === 'sent_at' ? r.sentAt : r.createdAt) ?? r.createdAt).toISOString(), r.id]);
  }

  /** SENT referrals to the viewer's organisation that the viewer has not opened yet. */
  async unreadCount(): Promise<number> {
    const org = this.ctx.viewer?.organisationId;
    if (!org) return 0;
    await this.settle();
    const [row] = await this.ctx.em.query(
      `SELECT count(*)::int AS n FROM referrals r
        WHERE r.receiving_organisation_id = $1 AND r.status = 'SENT'
          AND NOT EXISTS (SELECT 1 FROM referral_reads rr WHERE rr.referral_id = r.id AND rr.user_id = $2)`,
      [org, this.ctx.viewer!.userId],
    );
    return row.n;
  }

  private async markRead(referral: Referral): Promise<void> {
    const inserted = await this.ctx.em.query(
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

  /** What the viewer may do now: their side may do it, and the status allows it. */
  async allowedActions(referral: Referral): Promise<ReferralAction[]> {
    const ability = await this.ctx.ability();
    const subject = row('Referral', referralSubject(referral));
    return (Object.keys(TRANSITIONS) as ReferralAction[]).filter(
      (action) => TRANSITIONS[action].from.includes(referral.status) && ability.can(TRANSITIONS[action].ability, subject),
    );
  }

  // ---------------------------------------------------------------- changes

  async create(input: CreateReferralInput, key?: string | null): Promise<Referral> {
    return once(this.ctx, 'createReferral', key, () => this.createNow(input), (r) => r.id, (id) => this.get(id));
  }

  private async createNow(input: CreateReferralInput, from?: Referral): Promise<Referral> {
    const { ctx } = this;
    const viewer = ctx.viewer!;
    if (!viewer.organisationId || !viewer.role) throw forbidden('Only members of an organisation can refer clients.');
    const client = isUuid(input.clientId) ? await visibleClient(ctx, input.clientId) : null;
    if (!client) throw notFound('Client');
    refuseErased(client);
    const service = await this.referableService(input.serviceId, 'serviceId');
    const referral = ctx.em.create(Referral, {
      clientId: client.id,
      ownerOrganisationId: client.ownerOrganisationId,
      senderOrganisationId: viewer.organisationId,
      receivingOrganisationId: service.organisationId,
      serviceId: service.id,
      status: ReferralStatus.DRAFT,
      urgency: input.urgency,
      reason: input.reason.trim(),
      clientWishes: input.clientWishes.trim(),
      sharedScopes: [...new Set(input.sharedScopes ?? [])],
      ...introductionColumns(input.introduction),
      createdByUserId: viewer.userId,
      sentByUserId: viewer.userId,
      sentByName: viewer.displayName,
      referredAgainFromId: from?.id ?? null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await ctx.em.insert(Referral, referral);
    await this.recordEvent(referral, null, ReferralStatus.DRAFT, null);
    await this.timeline(referral, 'REFERRAL_CREATED', service);
    await this.audit(referral, [], from ? 'referAgain' : 'createReferral');
    if (input.send) return this.sendNow(referral.id, input.consent ?? null, 'createReferral');
    if (input.consent) throw badInput('consent', 'consent is recorded when the referral is sent: pass send: true, or give it to sendReferral.');
    return this.get(referral.id);
  }

  async updateDraft(id: string, input: UpdateReferralDraftInput): Promise<Referral> {
    const referral = await this.get(id, { lock: true });
    await this.mayDo(referral, ReferralAction.UPDATE_DRAFT);
    const changes: Partial<Referral> = { updatedAt: this.ctx.now };
    if (input.serviceId) {
      const service = await this.referableService(input.serviceId, 'serviceId');
      changes.serviceId = service.id;
      changes.receivingOrganisationId = service.organisationId;
    }
    if (input.urgency) changes.urgency = input.urgency;
    if (input.reason != null) changes.reason = input.reason.trim();
    if (input.clientWishes != null) changes.clientWishes = input.clientWishes.trim();
    if (input.sharedScopes) changes.sharedScopes = [...new Set(input.sharedScopes)];
    if (input.introduction) Object.assign(changes, introductionColumns(input.introduction));
    const result = await this.ctx.em.update(Referral, { id, status: ReferralStatus.DRAFT }, changes);
    if (!result.affected) await this.refuse(await this.reload(id), ReferralAction.UPDATE_DRAFT);
    return this.reload(id);
  }

  async send(id: string, consent: ReferralConsentInput | null, key?: string | null): Promise<Referral> {
    return once(this.ctx, `sendReferral:${id}`, key, () => this.sendNow(id, consent), (r) => r.id, (rid) => this.get(rid));
  }

  private async sendNow(id: string, consent: ReferralConsentInput | null, from?: 'createReferral'): Promise<Referral> {
    const { ctx } = this;
    const referral = await this.get(id);
    await this.mayDo(referral, ReferralAction.SEND);
    const service = await this.referableService(referral.serviceId, 'serviceId');
    const client = await visibleClient(ctx, referral.clientId);
    if (!client) throw notFound('Client');
    const viewerOwnsClient = client.ownerOrganisationId === ctx.viewer!.organisationId;
    if (consent) {
      if (!viewerOwnsClient) throw forbidden("Only the client's own organisation can record the client's consent.");
      if (referral.receivingOrganisationId === client.ownerOrganisationId) throw badInput('consent', "the receiving organisation is the client's own organisation: no consent is needed.");
      await recordConsentWithReferral(ctx, client, referral.receivingOrganisationId, consent);
    } else if (!(await organisationMaySeeClient(ctx, client.id, referral.receivingOrganisationId))) {
      throw badInput(
        'consent',
        viewerOwnsClient
          ? "consent is needed: the receiving organisation holds no live consent for this client. Record the client's consent with the referral."
          : "consent is needed: the receiving organisation holds no live consent for this client, and only the client's own organisation can record it.",
      );
    }
    const sentAt = ctx.now;
    const dueAt = dueDate(referral.urgency, sentAt);
    const updated = await this.move(referral, ReferralAction.SEND, {
      sentAt,
      dueAt,
      expiresAt: expiryDate(referral.urgency, dueAt),
      sentByUserId: ctx.viewer!.userId,
      sentByName: ctx.viewer!.displayName,
    });
    await this.timeline(updated, 'REFERRAL_SENT', service);
    // Sending hands the client over: the trail names the sections shared with it.
    await this.audit(updated, updated.sharedScopes, from ?? 'sendReferral');
    await this.tell(updated, NotificationKind.REFERRAL_RECEIVED, [updated.receivingOrganisationId], service);
    return updated;
  }

  async accept(id: string, input: AcceptReferralInput, key?: string | null): Promise<Referral> {
    return once(this.ctx, `acceptReferral:${id}`, key, async () => {
      const referral = await this.get(id);
      await this.mayDo(referral, ReferralAction.ACCEPT);
      const worker = await this.receivingWorker(referral, input.receivingWorkerId);
      const updated = await this.move(referral, ReferralAction.ACCEPT, {
        acceptedByUserId: worker.userId,
        acceptedByName: worker.displayName,
        ...(input.introduction ? introductionColumns(input.introduction) : {}),
      });
      await this.timeline(updated, 'REFERRAL_ACCEPTED');
      await this.tell(updated, NotificationKind.REFERRAL_ANSWERED, [updated.senderOrganisationId], undefined, ReferralStatus.ACCEPTED, [updated.sentByUserId, worker.userId]);
      return updated;
    }, (r) => r.id, (rid) => this.get(rid));
  }

  async decline(id: string, input: DeclineReferralInput, key?: string | null): Promise<Referral> {
    return once(this.ctx, `declineReferral:${id}`, key, async () => {
      const referral = await this.get(id);
      await this.mayDo(referral, ReferralAction.DECLINE);
      let suggested: Service | null = null;
      if (input.suggestedServiceId) suggested = await this.referableService(input.suggestedServiceId, 'suggestedServiceId');
      const updated = await this.move(referral, ReferralAction.DECLINE, {
        declineReason: input.reason,
        declineNote: input.note.trim() || null,
        suggestedServiceId: suggested?.id ?? null,
      }, input.reason);
      await this.timeline(updated, 'REFERRAL_DECLINED', undefined, { reasonCode: input.reason });
      await this.tell(updated, NotificationKind.REFERRAL_ANSWERED, [updated.senderOrganisationId], undefined, ReferralStatus.DECLINED, [updated.sentByUserId]);
      return updated;
    }, (r) => r.id, (rid) => this.get(rid));
  }

  async cancel(id: string, input: CancelReferralInput, key?: string | null): Promise<Referral> {
    if (input.reason === CancelReason.CONSENT_WITHDRAWN) throw badInput('reason', 'CONSENT_WITHDRAWN is set by Brug when the client withdraws consent; choose another reason.');
    if (input.reason === CancelReason.OTHER && !input.note.trim()) throw badInput('note', 'say why the referral is cancelled.');
    return once(this.ctx, `cancelReferral:${id}`, key, async () => {
      const referral = await this.get(id);
      await this.mayDo(referral, ReferralAction.CANCEL);
      return this.cancelNow(referral, input.reason, input.note.trim() || null);
    }, (r) => r.id, (rid) => this.get(rid));
  }

  /** Cancels one referral (also used when consent is withdrawn); the receiver is told if it had it. */
  async cancelNow(referral: Referral, reason: CancelReason, note: string | null): Promise<Referral> {
    const updated = await this.move(referral, ReferralAction.CANCEL, { cancelReason: reason, cancelNote: note }, reason);
    await this.timeline(updated, 'REFERRAL_CANCELLED', undefined, { reasonCode: reason });
    // The receiver is told if it had it; when the client's organisation withdrew consent, the sender is told too.
    const told = [
      ...(referral.status !== ReferralStatus.DRAFT ? [updated.receivingOrganisationId] : []),
      ...(reason === CancelReason.CONSENT_WITHDRAWN && !this.isSender(updated) ? [updated.senderOrganisationId] : []),
    ];
    if (told.length) await this.tell(updated, NotificationKind.REFERRAL_CANCELLED, told, undefined, reason, [updated.acceptedByUserId]);
    return updated;
  }

  async complete(id: string, input: CompleteReferralInput, key?: string | null): Promise<Referral> {
    return once(this.ctx, `completeReferral:${id}`, key, async () => {
      const referral = await this.get(id);
      await this.mayDo(referral, ReferralAction.COMPLETE);
      const updated = await this.move(referral, ReferralAction.COMPLETE, { outcome: input.outcome, outcomeNote: input.note.trim() || null }, input.outcome);
      await this.timeline(updated, 'REFERRAL_COMPLETED', undefined, { outcome: input.outcome });
      await this.tell(updated, NotificationKind.REFERRAL_COMPLETED, [updated.senderOrganisationId], undefined, null, [updated.sentByUserId]);
      return updated;
    }, (r) => r.id, (rid) => this.get(rid));
  }

  async postMessage(id: string, body: string, key?: string | null): Promise<ReferralMessage> {
    const text = body.trim();
    if (!text) throw badInput('body', 'write a message.');
    if (text.length > 5000) throw badInput('body', 'is too long (at most 5000 characters).');
    return once(this.ctx, `postReferralMessage:${id}`, key, async () => {
      const { ctx } = this;
      const referral = await this.get(id);
      await this.mayDo(referral, ReferralAction.POST_MESSAGE);
      const message = ctx.em.create(ReferralMessage, {
        referralId: referral.id,
        clientId: referral.clientId,
        senderOrganisationId: referral.senderOrganisationId,
        receivingOrganisationId: referral.receivingOrganisationId,
        authorUserId: ctx.viewer!.userId,
        authorName: ctx.viewer!.displayName,
        organisationId: ctx.viewer!.organisationId,
        organisationName: ctx.viewer!.organisationName,
        body: text,
        at: ctx.now,
      });
      await ctx.em.insert(ReferralMessage, message);
      const otherSide = this.isSender(referral) ? referral.receivingOrganisationId : referral.senderOrganisationId;
      await this.tell(referral, NotificationKind.REFERRAL_MESSAGE, [otherSide]);
      return message;
    }, (m) => m.id, (mid) => this.ctx.em.findOneByOrFail(ReferralMessage, { id: mid }));
  }

  /** A new DRAFT copy of a declined or expired referral, to the suggested (or another) service. */
  async referAgain(id: string, serviceId?: string | null, key?: string | null): Promise<Referral> {
    return once(this.ctx, `referAgain:${id}`, key, async () => {
      const referral = await this.get(id);
      await this.mayDo(referral, ReferralAction.REFER_AGAIN);
      const target = serviceId ?? referral.suggestedServiceId;
      if (!target) throw badInput('serviceId', 'choose the service to refer to (the receiver suggested none).');
      return this.createNow(
        {
          clientId: referral.clientId,
          serviceId: target,
          urgency: referral.urgency,
          reason: referral.reason,
          clientWishes: referral.clientWishes,
          sharedScopes: referral.sharedScopes,
          introduction: null,
          consent: null,
          send: false,
        },
        referral,
      );
    }, (r) => r.id, (rid) => this.get(rid));
  }

  // ---------------------------------------------------------------- rules

  /** FORBIDDEN when the viewer's side may never do this; CONFLICT when the status does not allow it now. */
  private async mayDo(referral: Referral, action: ReferralAction): Promise<void> {
    const rule = TRANSITIONS[action];
    const ability = await this.ctx.ability();
    if (!ability.can(rule.ability, row('Referral', referralSubject(referral)))) {
      throw forbidden(`Only ${SIDE_OF[action]} can do this with a referral.`);
    }
    // Acting on a referral writes about its client: only while the viewer may still see the client.
    if (!(await clientAccess(this.ctx, referral.clientId))) {
      throw forbidden("Your organisation can no longer see this referral's client (the consent has ended), so nothing can be added or changed here. Nothing was saved.");
    }
    if (!rule.from.includes(referral.status)) await this.refuse(referral, action);
  }

  /** Explains with the last step who changed the referral, and when. */
  private async refuse(referral: Referral, action: ReferralAction): Promise<never> {
    const last = await this.ctx.em.findOne(ReferralEvent, { where: { referralId: referral.id }, order: { at: 'DESC', id: 'DESC' } });
    const by = last ? ` by ${last.actorName}${last.organisationName ? ` (${last.organisationName})` : ''} at ${last.at.toISOString()}` : '';
    if (referral.status === ReferralStatus.DRAFT) throw conflict(`This referral is still a draft${by}; it cannot be ${ACTION_WORDS[action]} before it is sent.`);
    throw conflict(`This referral was already ${pastTense(referral.status)}${by}; it can no longer be ${ACTION_WORDS[action]}.`);
  }

  /**
   * The status change itself, guarded against concurrent answers: the UPDATE only applies while
   * the status is still the one this request read; otherwise the loser hears what happened.
   */
  private async move(referral: Referral, action: ReferralAction, changes: Partial<Referral>, reason: string | null = null): Promise<Referral> {
    const to = TRANSITIONS[action].to!;
    const result = await this.ctx.em.update(
      Referral,
      { id: referral.id, status: referral.status },
      { ...changes, status: to, statusChangedAt: this.ctx.now, updatedAt: this.ctx.now },
    );
    if (!result.affected) await this.refuse(await this.reload(referral.id), action);
    await this.recordEvent(referral, referral.status, to, reason);
    return this.reload(referral.id);
  }

  private async reload(id: string): Promise<Referral> {
    return this.ctx.em.findOneByOrFail(Referral, { id });
  }

  private async recordEvent(referral: Referral, from: ReferralStatus | null, to: ReferralStatus, reason: string | null): Promise<void> {
    const viewer = this.ctx.viewer;
    await this.ctx.em.createQueryBuilder().insert().into(ReferralEvent).updateEntity(false).values({
      referralId: referral.id,
      senderOrganisationId: referral.senderOrganisationId,
      receivingOrganisationId: referral.receivingOrganisationId,
      fromStatus: from,
      toStatus: to,
      actorUserId: viewer?.userId ?? null,
      actorName: this.ctx.actorName,
      organisationId: viewer?.organisationId ?? null,
      organisationName: viewer?.organisationName ?? null,
      at: this.ctx.now,
      reason,
    }).execute();
  }

  /** A service that can take a new referral: on the map, not archived, accepting. */
  private async referableService(serviceId: string, field: string): Promise<Service> {
    const service = isUuid(serviceId) ? await this.ctx.loader(serviceByIdForReferral).load(serviceId) : null;
    if (!service) throw badInput(field, 'there is no such service on the map.');
    if (service.status === ListingStatus.ARCHIVED) throw badInput(field, 'this service is archived and takes no referrals.');
    if (service.capacityStatus === CapacityStatus.NOT_ACCEPTING) throw badInput(field, 'this service does not accept referrals at the moment.');
    return service;
  }

  private async receivingWorker(referral: Referral, userId: string | null | undefined): Promise<{ userId: string; displayName: string }> {
    const viewer = this.ctx.viewer!;
    if (!userId || userId === viewer.userId) return { userId: viewer.userId, displayName: viewer.displayName };
    const member = isUuid(userId)
      ? await this.ctx.em
          .createQueryBuilder(Membership, 'm')
          .innerJoinAndSelect('m.user', 'u')
          .where('m.user_id = :userId AND m.organisation_id = :org AND NOT u.disabled', { userId, org: referral.receivingOrganisationId })
          .getOne()
      : null;
    if (!member?.user) throw badInput('receivingWorkerId', 'name a member of the receiving organisation.');
    return { userId: member.userId, displayName: member.user.displayName };
  }

  private async audit(referral: Referral, scopes: readonly string[], action: string): Promise<void> {
    await this.ctx.audit.access({ clientId: referral.clientId, scopes, operation: AuditOperation.REFERRAL, action });
  }

  /** Timeline entry for the client's record: structured, no free text (scope null). */
  private async timeline(referral: Referral, kind: string, service?: Service, extra: Record<string, unknown> = {}): Promise<void> {
    const svc = service ?? (await this.ctx.loader(serviceByIdForReferral).load(referral.serviceId));
    const receiver = await this.ctx.loader(organisationById).load(referral.receivingOrganisationId);
    await recordClientEvent(this.ctx, {
      clientId: referral.clientId,
      ownerOrganisationId: referral.ownerOrganisationId,
      kind,
      scope: null,
      summary: { serviceName: svc?.name ?? '', receivingOrganisationName: receiver?.name ?? '', urgency: referral.urgency, ...extra },
      subjectType: 'Referral',
      subjectId: referral.id,
    });
  }

  private async tell(
    referral: Referral,
    kind: NotificationKind,
    organisationIds: string[],
    service?: Service,
    detail: string | null = null,
    userIds: (string | null)[] = [],
  ): Promise<void> {
    const svc = service ?? (await this.ctx.loader(serviceByIdForReferral).load(referral.serviceId));
    await notify(this.ctx.em, {
      kind,
      referralId: referral.id,
      text: noticeText(kind, svc?.name ?? 'a service', referral.sentAt ?? referral.createdAt, detail),
      detail,
      organisationIds,
      userIds,
      exceptUserId: this.ctx.viewer?.userId,
      at: this.ctx.now,
    });
  }
}

export function referralSubject(r: Pick<Referral, 'senderOrganisationId' | 'receivingOrganisationId' | 'status'>) {
  return { senderOrganisationId: r.senderOrganisationId, receivingOrganisationId: r.receivingOrganisationId, status: r.status };
}

function introductionColumns(intro: IntroductionInput | null | undefined): Partial<Referral> {
  if (!intro) return {};
  return {
    introPlannedAt: intro.clientWillCall ? null : intro.plannedAt ?? null,
    introPlace: intro.clientWillCall ? null : intro.place?.trim() || null,
    introAccompaniedBy: intro.clientWillCall ? null : intro.accompaniedBy?.trim() || null,
    introClientWillCall: !!intro.clientWillCall,
  };
}
