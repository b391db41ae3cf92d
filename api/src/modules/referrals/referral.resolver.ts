import { clientAccess } from '../../access/client-access';
import { NoClientData } from '../../access/client-data';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context/request-context';
import { Client } from '../clients/client.entity';
import { Organisation } from '../service-map/organisation.entity';
import { organisationById } from '../service-map/organisation.loaders';
import { Service } from '../service-map/service.entity';
import {
  AcceptReferralInput,
  CancelReferralInput,
  CompleteReferralInput,
  CreateReferralInput,
  DeclineReferralInput,
  ReferralConsentInput,
  UpdateReferralDraftInput,
} from './dto/referral.input';
import { visibleClient } from './referral-client';
import { ReferralAction, ReferralStatus, ReferralViewerRole } from './referral-enums';
import { ReferralEvent } from './referral-event.entity';
import { ReferralMessage } from './referral-message.entity';
import { referralStatistics } from './referral-statistics';
import { OfReferralClient, Referral } from './referral.entity';
import { RequirementAnswer, toAnswer } from './requirement-answers';
import { eventsByReferral, messagesByReferral, readByViewer, serviceByIdForReferral, threadSummaryByReferral, type ThreadSummary } from './referral.loaders';
import { ReferralLifecycle } from './referral-lifecycle';
import { ReferralReads } from './referral-reads';
import { InboxArgsType, Introduction, ReferralConnection, ReferralPerson, SentArgsType, ServiceReferralStatistics } from './referral.types';

const KEY = { nullable: true, description: 'Repeat a request with the same key to get the first result instead of doing it twice' };

@Resolver(() => Referral)
export class ReferralResolver {
  @Authorized()
  @Query(() => Referral, {
    description: 'One referral your organisation sent or received; NOT_FOUND for anyone else. Opening it as the receiver marks it read.',
  })
  referral(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Referral> {
    return new ReferralReads(ctx).get(id, { markRead: true });
  }

  @Authorized()
  @Query(() => ReferralConnection, { description: "Referrals to your organisation's services (no drafts), newest sent first." })
  referralInbox(@Args(() => InboxArgsType) args: InboxArgsType, @Ctx() ctx: RequestContext) {
    return new ReferralReads(ctx).inbox(args);
  }

  @Authorized()
  @Query(() => ReferralConnection, { description: 'Referrals from your organisation, drafts included, newest first.' })
  referralsSent(@Args(() => SentArgsType) args: SentArgsType, @Ctx() ctx: RequestContext) {
    return new ReferralReads(ctx).sent(args);
  }

  @Authorized()
  @Query(() => Int, { description: 'SENT referrals to your organisation that you have not opened (the navigation badge).' })
  unreadReferralCount(@Ctx() ctx: RequestContext): Promise<number> {
    return new ReferralReads(ctx).unreadCount();
  }

  @Authorized('COORDINATOR')
  @Query(() => [ServiceReferralStatistics], { description: 'Per service: referrals waiting and for how long, answers in the last 90 days. Aggregates only.' })
  referralStatistics(@Ctx() ctx: RequestContext): Promise<ServiceReferralStatistics[]> {
    return referralStatistics(ctx);
  }

  @Authorized()
  @Mutation(() => Referral, { description: 'Starts a referral as a DRAFT (or sends it at once with send: true, consent included).' })
  createReferral(
    @Arg('input', () => CreateReferralInput) input: CreateReferralInput,
    @Arg('idempotencyKey', () => String, KEY) key: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Referral> {
    return new ReferralLifecycle(ctx).create(input, key);
  }

  @Authorized()
  @Mutation(() => Referral, { description: 'Edits a DRAFT; only the given fields change.' })
  updateReferralDraft(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateReferralDraftInput) input: UpdateReferralDraftInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Referral> {
    return new ReferralLifecycle(ctx).updateDraft(id, input);
  }

  @Authorized()
  @Mutation(() => Referral, {
    description:
      "Sends a DRAFT. The receiving organisation must hold a live consent for the client, or receive it now (`consent`, the client's own organisation only); otherwise BAD_USER_INPUT on `consent`.",
  })
  sendReferral(
    @Arg('id', () => ID) id: string,
    @Arg('consent', () => ReferralConsentInput, { nullable: true }) consent: ReferralConsentInput | null,
    @Arg('idempotencyKey', () => String, KEY) key: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Referral> {
    return new ReferralLifecycle(ctx).send(id, consent ?? null, key);
  }

  @Authorized()
  @Mutation(() => Referral, { description: 'Receiver: accepts a SENT referral, names the receiving worker and confirms or changes the first meeting.' })
  acceptReferral(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AcceptReferralInput, { nullable: true }) input: AcceptReferralInput | null,
    @Arg('idempotencyKey', () => String, KEY) key: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Referral> {
    return new ReferralLifecycle(ctx).accept(id, input ?? {}, key);
  }

  @Authorized()
  @Mutation(() => Referral, { description: 'Receiver: declines a SENT referral with a reason, a note and optionally a better service.' })
  declineReferral(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => DeclineReferralInput) input: DeclineReferralInput,
    @Arg('idempotencyKey', () => String, KEY) key: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Referral> {
    return new ReferralLifecycle(ctx).decline(id, input, key);
  }

  @Authorized()
  @Mutation(() => Referral, { description: 'Sender: cancels a DRAFT, SENT or ACCEPTED referral (reason required).' })
  cancelReferral(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CancelReferralInput) input: CancelReferralInput,
    @Arg('idempotencyKey', () => String, KEY) key: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Referral> {
    return new ReferralLifecycle(ctx).cancel(id, input, key);
  }

  @Authorized()
  @Mutation(() => Referral, { description: 'Receiver: closes the loop on an ACCEPTED referral with its outcome.' })
  completeReferral(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CompleteReferralInput) input: CompleteReferralInput,
    @Arg('idempotencyKey', () => String, KEY) key: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Referral> {
    return new ReferralLifecycle(ctx).complete(id, input, key);
  }

  @Authorized()
  @Mutation(() => ReferralMessage, { description: 'Either side: adds a message to the thread (not on drafts).' })
  postReferralMessage(
    @Arg('referralId', () => ID) referralId: string,
    @Arg('body', () => String) body: string,
    @Arg('idempotencyKey', () => String, KEY) key: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ReferralMessage> {
    return new ReferralLifecycle(ctx).postMessage(referralId, body, key);
  }

  @Authorized()
  @Mutation(() => Referral, { description: 'Sender: a new DRAFT copy of a DECLINED or EXPIRED referral, to `serviceId` or else the suggested service.' })
  referAgain(
    @Arg('referralId', () => ID) referralId: string,
    @Arg('serviceId', () => ID, { nullable: true }) serviceId: string | null,
    @Arg('idempotencyKey', () => String, KEY) key: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Referral> {
    return new ReferralLifecycle(ctx).referAgain(referralId, serviceId, key);
  }

  // ------------------------------------------------------------ fields

  @OfReferralClient
  @FieldResolver(() => Client, { nullable: true, description: 'The client, only while your organisation may see them (owner or live consent); null otherwise' })
  client(@Root() r: Referral, @Ctx() ctx: RequestContext): Promise<Client | null> {
    return visibleClient(ctx, r.clientId);
  }

  @OfReferralClient
  @FieldResolver(() => String, { nullable: true, description: "The client's pseudonym, only while your organisation may see the client" })
  async clientPseudonym(@Root() r: Referral, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await visibleClient(ctx, r.clientId))?.pseudonym ?? null;
  }

  @OfReferralClient
  @FieldResolver(() => String, { nullable: true, description: 'Why the client is referred; null while your organisation may not see the client' })
  reason(@Root() r: Referral): string {
    return r.reason;
  }

  @OfReferralClient
  @FieldResolver(() => String, { nullable: true, description: 'What the client wants; null while your organisation may not see the client' })
  clientWishes(@Root() r: Referral): string {
    return r.clientWishes;
  }

  @OfReferralClient
  @FieldResolver(() => [RequirementAnswer], {
    description: "The answers to the service's requirements, with the texts as asked; [] while your organisation may not see the client",
  })
  requirementAnswers(@Root() r: Referral): RequirementAnswer[] {
    return r.requirementAnswers.map(toAnswer);
  }

  @NoClientData('the lifecycle')
  @FieldResolver(() => Boolean, { description: 'SENT and past its due date (judged now)' })
  isOverdue(@Root() r: Referral, @Ctx() ctx: RequestContext): boolean {
    return r.status === ReferralStatus.SENT && !!r.dueAt && r.dueAt <= ctx.now;
  }

  @NoClientData('the service map')
  @FieldResolver(() => Service)
  async service(@Root() r: Referral, @Ctx() ctx: RequestContext): Promise<Service> {
    return (await ctx.loader(serviceByIdForReferral).load(r.serviceId))!;
  }

  @NoClientData('the service map')
  @FieldResolver(() => Service, { nullable: true, description: 'The better service the receiver suggested when declining' })
  async suggestedService(@Root() r: Referral, @Ctx() ctx: RequestContext): Promise<Service | null> {
    return r.suggestedServiceId ? ctx.loader(serviceByIdForReferral).load(r.suggestedServiceId) : null;
  }

  @NoClientData('the service map')
  @FieldResolver(() => Organisation)
  async senderOrganisation(@Root() r: Referral, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await ctx.loader(organisationById).load(r.senderOrganisationId))!;
  }

  @NoClientData('the service map')
  @FieldResolver(() => Organisation)
  async receivingOrganisation(@Root() r: Referral, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await ctx.loader(organisationById).load(r.receivingOrganisationId))!;
  }

  @NoClientData('a worker')
  @FieldResolver(() => ReferralPerson, { nullable: true, description: 'The worker who sent it (the author, while a draft)' })
  sentBy(@Root() r: Referral): ReferralPerson | null {
    return r.sentByName ? { id: r.sentByUserId, name: r.sentByName } : null;
  }

  @NoClientData('a worker')
  @FieldResolver(() => ReferralPerson, { nullable: true, description: 'The receiving worker named on acceptance' })
  acceptedBy(@Root() r: Referral): ReferralPerson | null {
    return r.acceptedByName ? { id: r.acceptedByUserId, name: r.acceptedByName } : null;
  }

  @OfReferralClient
  @FieldResolver(() => Introduction, { nullable: true, description: 'The planned first meeting; null when none was proposed' })
  introduction(@Root() r: Referral): Introduction | null {
    if (!r.introClientWillCall && !r.introPlannedAt && !r.introPlace && !r.introAccompaniedBy) return null;
    return { plannedAt: r.introPlannedAt, place: r.introPlace, accompaniedBy: r.introAccompaniedBy, clientWillCall: r.introClientWillCall };
  }

  @NoClientData('the lifecycle steps')
  @FieldResolver(() => [ReferralEvent], { description: 'Every step, oldest first' })
  events(@Root() r: Referral, @Ctx() ctx: RequestContext) {
    return ctx.loader(eventsByReferral).load(r.id);
  }

  @OfReferralClient
  @FieldResolver(() => [ReferralMessage], { description: 'The thread between the two organisations, oldest first' })
  messages(@Root() r: Referral, @Ctx() ctx: RequestContext) {
    return ctx.loader(messagesByReferral).load(r.id);
  }

  /**
   * What a page left open polls (counts and times, never text, so not audited). The thread's
   * figures answer null while the viewer may not see the client now, as its messages answer [].
   */
  private async thread(r: Referral, ctx: RequestContext): Promise<ThreadSummary | null | undefined> {
    if (!(await clientAccess(ctx, r.clientId))) return undefined;
    return ctx.loader(threadSummaryByReferral).load(r.id);
  }

  @NoClientData('a count of messages, no text; null while your organisation may not see the client')
  @FieldResolver(() => Int, { nullable: true, description: 'How many messages the thread holds; null while your organisation may not see the client' })
  async messageCount(@Root() r: Referral, @Ctx() ctx: RequestContext): Promise<number | null> {
    const thread = await this.thread(r, ctx);
    return thread === undefined ? null : (thread?.count ?? 0);
  }

  @NoClientData('a time, no text; null while your organisation may not see the client')
  @FieldResolver(() => Date, {
    nullable: true,
    description: 'When the last message was posted; null without messages or while your organisation may not see the client',
  })
  async lastMessageAt(@Root() r: Referral, @Ctx() ctx: RequestContext): Promise<Date | null> {
    return (await this.thread(r, ctx))?.lastAt ?? null;
  }

  @NoClientData('a time, no text')
  @FieldResolver(() => Date, {
    description:
      'When anything you may see of it changed last: its status or details, or its thread while your organisation may see the client. Poll this (not audited) and read the rest again when it moves.',
  })
  async changedAt(@Root() r: Referral, @Ctx() ctx: RequestContext): Promise<Date> {
    const last = (await this.thread(r, ctx))?.lastAt;
    return last && new Date(last) > r.updatedAt ? new Date(last) : r.updatedAt;
  }

  @NoClientData('the side of the viewer')
  @FieldResolver(() => ReferralViewerRole)
  viewerRole(@Root() r: Referral, @Ctx() ctx: RequestContext): ReferralViewerRole {
    return new ReferralReads(ctx).viewerRole(r);
  }

  @NoClientData('what the viewer may do')
  @FieldResolver(() => [ReferralAction], { description: 'What you may do now (drives the buttons)' })
  allowedActions(@Root() r: Referral, @Ctx() ctx: RequestContext): Promise<ReferralAction[]> {
    return new ReferralReads(ctx).allowedActions(r);
  }

  @NoClientData('whether the viewer opened it')
  @FieldResolver(() => Boolean, { description: 'Received and not opened by you yet' })
  async unread(@Root() r: Referral, @Ctx() ctx: RequestContext): Promise<boolean> {
    if (!new ReferralReads(ctx).isReceiver(r)) return false;
    return !(await ctx.loader(readByViewer).load(r.id));
  }
}
