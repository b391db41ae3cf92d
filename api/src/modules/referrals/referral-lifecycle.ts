import { row, clientAccess, restrictToAllowed } from '../../access';
import { badInput, conflict, forbidden, notFound, isUuid } from '../../common';
import type { RequestContext } from '../../context';
import { refuseErased } from '../clients';
import { Membership } from '../identity';
import { NotificationKind } from '../notifications';
import { Service, CapacityStatus, ListingStatus } from '../service-map';
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
import { CancelReason, DeclineReason, ReferralAction, ReferralStatus } from './referral-enums';
import { ReferralEvent } from './referral-event.entity';
import { ReferralJournal } from './referral-journal';
import { ReferralMessage } from './referral-message.entity';
import { ReferralReads, referralSubject } from './referral-reads';
import { pastTense, TRANSITIONS } from './referral-rules';
import { Referral } from './referral.entity';
import { checkAnswersForSending, snapshotAnswers } from './requirement-answers';

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

/**
 * Warm referrals' lifecycle: every step (create, send, accept, decline, cancel, complete, a
 * message, refer again), who may take it (the one ability) and under which status (the
 * transitions in referral-rules.ts), guarded against concurrent answers. What a step leaves
 * behind is written by ReferralJournal; reads are ReferralReads.
 */
export class ReferralLifecycle {
  private readonly reads: ReferralReads;
  private readonly journal: ReferralJournal;

  constructor(private readonly ctx: RequestContext) {
    this.reads = new ReferralReads(ctx);
    this.journal = new ReferralJournal(ctx);
  }

  async create(input: CreateReferralInput, key?: string | null): Promise<Referral> {
    return once(
      this.ctx,
      'createReferral',
      key,
      () => this.createNow(input),
      (r) => r.id,
      (id) => this.reads.get(id),
    );
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
      sharedScopes: [...new Set(input.sharedScopes)],
      requirementAnswers: await snapshotAnswers(ctx, service.id, input.requirementAnswers ?? []),
      ...introductionColumns(input.introduction),
      createdByUserId: viewer.userId,
      sentByUserId: viewer.userId,
      sentByName: viewer.displayName,
      referredAgainFromId: from?.id ?? null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await ctx.em.insert(Referral, referral);
    await this.journal.event(referral, null, ReferralStatus.DRAFT, null);
    await this.journal.timeline(referral, 'REFERRAL_CREATED', service);
    await this.journal.audit(referral, [], from ? 'referAgain' : 'createReferral');
    if (input.send) return this.sendNow(referral.id, input.consent ?? null, 'createReferral');
    if (input.consent) throw badInput('consent', 'consent is recorded when the referral is sent: pass send: true, or give it to sendReferral.', 'NOT_NOW');
    return this.reads.get(referral.id);
  }

  async updateDraft(id: string, input: UpdateReferralDraftInput): Promise<Referral> {
    const referral = await this.reads.get(id, { lock: true });
    await this.mayDo(referral, ReferralAction.UPDATE_DRAFT);
    const changes: Partial<Referral> = { updatedAt: this.ctx.now };
    if (input.serviceId) {
      const service = await this.referableService(input.serviceId, 'serviceId');
      changes.serviceId = service.id;
      changes.receivingOrganisationId = service.organisationId;
    }
    // Answers belong to one service's requirements: another service starts them afresh.
    const serviceChanged = !!changes.serviceId && changes.serviceId !== referral.serviceId;
    if (input.requirementAnswers || serviceChanged) {
      changes.requirementAnswers = await snapshotAnswers(this.ctx, changes.serviceId ?? referral.serviceId, input.requirementAnswers ?? []);
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
    return once(
      this.ctx,
      `sendReferral:${id}`,
      key,
      () => this.sendNow(id, consent),
      (r) => r.id,
      (rid) => this.reads.get(rid),
    );
  }

  private async sendNow(id: string, consent: ReferralConsentInput | null, from?: 'createReferral'): Promise<Referral> {
    const { ctx } = this;
    // Locked: a draft edit committing meanwhile (another service, other answers) would else be sent unchecked.
    const referral = await this.reads.get(id, { lock: true });
    await this.mayDo(referral, ReferralAction.SEND);
    const service = await this.referableService(referral.serviceId, 'serviceId');
    const requirementAnswers = await checkAnswersForSending(ctx, service.id, referral.requirementAnswers);
    const client = await visibleClient(ctx, referral.clientId);
    if (!client) throw notFound('Client');
    const viewerOwnsClient = client.ownerOrganisationId === ctx.viewer!.organisationId;
    if (consent) {
      if (!viewerOwnsClient) throw forbidden("Only the client's own organisation can record the client's consent.");
      if (referral.receivingOrganisationId === client.ownerOrganisationId)
        throw badInput('consent', "the receiving organisation is the client's own organisation: no consent is needed.", 'NOT_NEEDED');
      await recordConsentWithReferral(ctx, client, referral.receivingOrganisationId, consent);
    } else if (!(await organisationMaySeeClient(ctx, client.id, referral.receivingOrganisationId))) {
      throw badInput(
        'consent',
        viewerOwnsClient
          ? "consent is needed: the receiving organisation holds no live consent for this client. Record the client's consent with the referral."
          : "consent is needed: the receiving organisation holds no live consent for this client, and only the client's own organisation can record it.",
        'CONSENT_NEEDED',
      );
    }
    const sentAt = ctx.now;
    const dueAt = dueDate(referral.urgency, sentAt);
    const updated = await this.move(referral, ReferralAction.SEND, {
      sentAt,
      dueAt,
      expiresAt: expiryDate(referral.urgency, dueAt),
      requirementAnswers,
      sentByUserId: ctx.viewer!.userId,
      sentByName: ctx.viewer!.displayName,
    });
    await this.journal.timeline(updated, 'REFERRAL_SENT', service);
    // Sending hands the client over: the trail names the sections shared with it.
    await this.journal.audit(updated, updated.sharedScopes, from ?? 'sendReferral');
    await this.journal.tell(updated, NotificationKind.REFERRAL_RECEIVED, [updated.receivingOrganisationId], service);
    return updated;
  }

  async accept(id: string, input: AcceptReferralInput, key?: string | null): Promise<Referral> {
    return once(
      this.ctx,
      `acceptReferral:${id}`,
      key,
      async () => {
        const referral = await this.reads.get(id);
        await this.mayDo(referral, ReferralAction.ACCEPT);
        const worker = await this.receivingWorker(referral, input.receivingWorkerId);
        const updated = await this.move(referral, ReferralAction.ACCEPT, {
          acceptedByUserId: worker.userId,
          acceptedByName: worker.displayName,
          ...(input.introduction ? introductionColumns(input.introduction) : {}),
        });
        await this.journal.timeline(updated, 'REFERRAL_ACCEPTED');
        await this.journal.tell(updated, NotificationKind.REFERRAL_ANSWERED, [updated.senderOrganisationId], undefined, ReferralStatus.ACCEPTED, [
          updated.sentByUserId,
          worker.userId,
        ]);
        return updated;
      },
      (r) => r.id,
      (rid) => this.reads.get(rid),
    );
  }

  async decline(id: string, input: DeclineReferralInput, key?: string | null): Promise<Referral> {
    if (input.reason === DeclineReason.OTHER && !input.note.trim()) throw badInput('note', 'say why the referral is declined.');
    return once(
      this.ctx,
      `declineReferral:${id}`,
      key,
      async () => {
        const referral = await this.reads.get(id);
        await this.mayDo(referral, ReferralAction.DECLINE);
        let suggested: Service | null = null;
        if (input.suggestedServiceId) suggested = await this.referableService(input.suggestedServiceId, 'suggestedServiceId');
        const updated = await this.move(
          referral,
          ReferralAction.DECLINE,
          {
            declineReason: input.reason,
            declineNote: input.note.trim() || null,
            suggestedServiceId: suggested?.id ?? null,
          },
          input.reason,
        );
        await this.journal.timeline(updated, 'REFERRAL_DECLINED', undefined, { reasonCode: input.reason });
        await this.journal.tell(updated, NotificationKind.REFERRAL_ANSWERED, [updated.senderOrganisationId], undefined, ReferralStatus.DECLINED, [
          updated.sentByUserId,
        ]);
        return updated;
      },
      (r) => r.id,
      (rid) => this.reads.get(rid),
    );
  }

  async cancel(id: string, input: CancelReferralInput, key?: string | null): Promise<Referral> {
    if (input.reason === CancelReason.CONSENT_WITHDRAWN)
      throw badInput('reason', 'CONSENT_WITHDRAWN is set by Brug when the client withdraws consent; choose another reason.', 'RESERVED');
    if (input.reason === CancelReason.OTHER && !input.note.trim()) throw badInput('note', 'say why the referral is cancelled.', 'REQUIRED');
    return once(
      this.ctx,
      `cancelReferral:${id}`,
      key,
      async () => {
        const referral = await this.reads.get(id);
        await this.mayDo(referral, ReferralAction.CANCEL);
        return this.cancelNow(referral, input.reason, input.note.trim() || null);
      },
      (r) => r.id,
      (rid) => this.reads.get(rid),
    );
  }

  /** Cancels one referral (also used when consent is withdrawn); the receiver is told if it had it. */
  async cancelNow(referral: Referral, reason: CancelReason, note: string | null): Promise<Referral> {
    const updated = await this.move(referral, ReferralAction.CANCEL, { cancelReason: reason, cancelNote: note }, reason);
    await this.journal.timeline(updated, 'REFERRAL_CANCELLED', undefined, { reasonCode: reason });
    // The receiver is told if it had it; when the client's organisation withdrew consent, the sender is told too.
    const told = [
      ...(referral.status !== ReferralStatus.DRAFT ? [updated.receivingOrganisationId] : []),
      ...(reason === CancelReason.CONSENT_WITHDRAWN && !this.reads.isSender(updated) ? [updated.senderOrganisationId] : []),
    ];
    if (told.length) await this.journal.tell(updated, NotificationKind.REFERRAL_CANCELLED, told, undefined, reason, [updated.acceptedByUserId]);
    return updated;
  }

  async complete(id: string, input: CompleteReferralInput, key?: string | null): Promise<Referral> {
    return once(
      this.ctx,
      `completeReferral:${id}`,
      key,
      async () => {
        const referral = await this.reads.get(id);
        await this.mayDo(referral, ReferralAction.COMPLETE);
        const updated = await this.move(referral, ReferralAction.COMPLETE, { outcome: input.outcome, outcomeNote: input.note.trim() || null }, input.outcome);
        await this.journal.timeline(updated, 'REFERRAL_COMPLETED', undefined, { outcome: input.outcome });
        await this.journal.tell(updated, NotificationKind.REFERRAL_COMPLETED, [updated.senderOrganisationId], undefined, null, [updated.sentByUserId]);
        return updated;
      },
      (r) => r.id,
      (rid) => this.reads.get(rid),
    );
  }

  async postMessage(id: string, body: string, key?: string | null): Promise<ReferralMessage> {
    const text = body.trim();
    if (!text) throw badInput('body', 'write a message.', 'REQUIRED');
    if (text.length > 5000) throw badInput('body', 'is too long (at most 5000 characters).', 'TOO_LONG', { max: 5000 });
    return once(
      this.ctx,
      `postReferralMessage:${id}`,
      key,
      async () => {
        const { ctx } = this;
        const referral = await this.reads.get(id);
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
        const otherSide = this.reads.isSender(referral) ? referral.receivingOrganisationId : referral.senderOrganisationId;
        await this.journal.tell(referral, NotificationKind.REFERRAL_MESSAGE, [otherSide]);
        return message;
      },
      (m) => m.id,
      (mid) => this.ctx.em.findOneByOrFail(ReferralMessage, { id: mid }),
    );
  }

  /** A new DRAFT copy of a declined or expired referral, to the suggested (or another) service. */
  async referAgain(id: string, serviceId?: string | null, key?: string | null): Promise<Referral> {
    return once(
      this.ctx,
      `referAgain:${id}`,
      key,
      async () => {
        const referral = await this.reads.get(id);
        await this.mayDo(referral, ReferralAction.REFER_AGAIN);
        const target = serviceId ?? referral.suggestedServiceId;
        if (!target) throw badInput('serviceId', 'choose the service to refer to (the receiver suggested none).', 'REQUIRED');
        return this.createNow(
          {
            clientId: referral.clientId,
            serviceId: target,
            urgency: referral.urgency,
            reason: referral.reason,
            clientWishes: referral.clientWishes,
            sharedScopes: referral.sharedScopes,
            requirementAnswers: null,
            introduction: null,
            consent: null,
            send: false,
          },
          referral,
        );
      },
      (r) => r.id,
      (rid) => this.reads.get(rid),
    );
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
      throw forbidden(
        "Your organisation can no longer see this referral's client (the consent has ended), so nothing can be added or changed here. Nothing was saved.",
      );
    }
    if (!rule.from.includes(referral.status)) await this.refuse(referral, action);
  }

  /** Explains with the last step who changed the referral, and when. */
  private async refuse(referral: Referral, action: ReferralAction): Promise<never> {
    const last = await this.ctx.em.findOne(ReferralEvent, { where: { referralId: referral.id }, order: { at: 'DESC', id: 'DESC' } });
    const by = last ? ` by ${last.actorName}${last.organisationName ? ` (${last.organisationName})` : ''} at ${last.at.toISOString()}` : '';
    if (referral.status === ReferralStatus.DRAFT)
      throw conflict(`This referral is still a draft${by}; it cannot be ${ACTION_WORDS[action]} before it is sent.`);
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
    await this.journal.event(referral, referral.status, to, reason);
    return this.reload(referral.id);
  }

  private async reload(id: string): Promise<Referral> {
    return this.ctx.em.findOneByOrFail(Referral, { id });
  }

  /**
   * A service that can take a new referral: on the map, not archived, accepting. It is looked up
   * under the read rule, so an archived service of another organisation answers as a missing one.
   */
  private async referableService(serviceId: string, field: string): Promise<Service> {
    const qb = this.ctx.em.createQueryBuilder(Service, 's').where('s.id = :serviceId', { serviceId });
    const service = isUuid(serviceId) && (await restrictToAllowed(this.ctx, qb, 'read', 'Service', 's')) ? await qb.getOne() : null;
    if (!service) throw badInput(field, 'there is no such service on the map.', 'UNKNOWN');
    if (service.status === ListingStatus.ARCHIVED) throw badInput(field, 'this service is archived and takes no referrals.', 'SERVICE_ARCHIVED');
    if (service.capacityStatus === CapacityStatus.NOT_ACCEPTING)
      throw badInput(field, 'this service does not accept referrals at the moment.', 'SERVICE_NOT_ACCEPTING');
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
    if (!member?.user) throw badInput('receivingWorkerId', 'name a member of the receiving organisation.', 'NOT_A_MEMBER');
    return { userId: member.userId, displayName: member.user.displayName };
  }
}

function introductionColumns(intro: IntroductionInput | null | undefined): Partial<Referral> {
  if (!intro) return {};
  return {
    introPlannedAt: intro.clientWillCall ? null : (intro.plannedAt ?? null),
    introPlace: intro.clientWillCall ? null : intro.place?.trim() || null,
    introAccompaniedBy: intro.clientWillCall ? null : intro.accompaniedBy?.trim() || null,
    introClientWillCall: intro.clientWillCall,
  };
}
