import { canOnClient, restrictToAllowed, AuditOperation } from '../../../access';
import { badInput, conflict, forbidden, notFound, isUuid } from '../../../common';
import type { RequestContext } from '../../../context';
import { ClientService, refuseErased, touch, recordClientEvent } from '../../clients';
import { dayAt } from '../../follow-up';
import { dueDate } from '../due-dates';
import { ExternalReferral } from './external-referral.entity';
import type { CreateExternalReferralInput, RecordExternalReferralOutcomeInput } from './external-referral.input';

/**
 * Referrals to services outside the network. The sender keeps the loop closed itself: it asks
 * how it went by the follow-up day (from the urgency, as for a referral in the network) and
 * records the outcome. Who may see or write them is the ability's (`ExternalReferral`).
 */
export class ExternalReferralService {
  constructor(private readonly ctx: RequestContext) {}

  async create(input: CreateExternalReferralInput): Promise<ExternalReferral> {
    const { ctx } = this;
    const client = refuseErased(await new ClientService(ctx).findVisible(input.clientId));
    const org = ctx.viewer!.organisationId!;
    if (
      !(await canOnClient(ctx, 'create', 'ExternalReferral', {
        clientId: client.id,
        ownerOrganisationId: client.ownerOrganisationId,
        senderOrganisationId: org,
      }))
    ) {
      throw forbidden('Only an organisation that follows the client can refer them outside the network.');
    }
    const text = (field: string, value: string | null | undefined, required: boolean) => {
      const trimmed = (value ?? '').trim();
      if (required && !trimmed) throw badInput(field, 'must not be empty.');
      return trimmed;
    };
    const referral = ctx.em.create(ExternalReferral, {
      clientId: client.id,
      ownerOrganisationId: client.ownerOrganisationId,
      senderOrganisationId: org,
      senderOrganisationName: ctx.viewer!.organisationName ?? '',
      sentByUserId: ctx.viewer!.userId,
      sentByName: ctx.viewer!.displayName,
      serviceName: text('serviceName', input.serviceName, true),
      category: input.category,
      city: text('city', input.city, true),
      contact: text('contact', input.contact, false),
      urgency: input.urgency,
      reason: text('reason', input.reason, true),
      clientWishes: text('clientWishes', input.clientWishes, false),
      followUpOn: dayAt(dueDate(input.urgency, ctx.now)),
    });
    await ctx.em.insert(ExternalReferral, referral);
    await this.event(referral, 'EXTERNAL_REFERRAL_SENT');
    await ctx.audit.access({ clientId: client.id, scopes: [], operation: AuditOperation.CREATE, action: 'createExternalReferral' });
    return ctx.em.findOneByOrFail(ExternalReferral, { id: referral.id });
  }

  async recordOutcome(input: RecordExternalReferralOutcomeInput): Promise<ExternalReferral> {
    const { ctx } = this;
    const referral = await this.readable(input.id);
    if (
      !(await canOnClient(ctx, 'update', 'ExternalReferral', {
        clientId: referral.clientId,
        ownerOrganisationId: referral.ownerOrganisationId,
        senderOrganisationId: referral.senderOrganisationId,
      }))
    ) {
      throw forbidden('Only the organisation that sent this referral records how it went.');
    }
    // Conditional on no outcome yet: of two concurrent answers exactly one counts.
    const result = await ctx.em
      .createQueryBuilder()
      .update(ExternalReferral)
      .set({ outcome: input.outcome, outcomeNote: input.note?.trim() || null, outcomeAt: ctx.now, outcomeByName: ctx.viewer!.displayName })
      .where('id = :id AND outcome IS NULL', { id: referral.id })
      .execute();
    if (!result.affected) throw conflict('The outcome of this referral was already recorded; reload to see it.');
    const updated = await ctx.em.findOneByOrFail(ExternalReferral, { id: referral.id });
    await this.event(updated, 'EXTERNAL_REFERRAL_OUTCOME');
    await ctx.audit.access({ clientId: referral.clientId, scopes: [], operation: AuditOperation.UPDATE, action: 'recordExternalReferralOutcome' });
    return updated;
  }

  /** The client's referrals outside the network the viewer may read, newest first; NOT_FOUND for a client it may not see. */
  async forClient(clientId: string): Promise<ExternalReferral[]> {
    const client = await new ClientService(this.ctx).findVisible(clientId);
    const qb = this.ctx.em.createQueryBuilder(ExternalReferral, 'x').where('x.client_id = :clientId', { clientId: client.id });
    // Audited even when empty: whether the client was referred elsewhere is itself about the client.
    await this.ctx.audit.access({ clientId: client.id, scopes: [], operation: AuditOperation.READ, action: 'externalReferrals' });
    if (!(await restrictToAllowed(this.ctx, qb, 'read', 'ExternalReferral', 'x'))) return [];
    return qb.orderBy('x.created_at', 'DESC').addOrderBy('x.id', 'DESC').getMany();
  }

  async mayRecordOutcome(referral: ExternalReferral): Promise<boolean> {
    if (referral.outcome) return false;
    return canOnClient(this.ctx, 'update', 'ExternalReferral', {
      clientId: referral.clientId,
      ownerOrganisationId: referral.ownerOrganisationId,
      senderOrganisationId: referral.senderOrganisationId,
    });
  }

  private async readable(id: string): Promise<ExternalReferral> {
    if (!isUuid(id)) throw notFound('Referral');
    const qb = this.ctx.em.createQueryBuilder(ExternalReferral, 'x').where('x.id = :id', { id });
    const referral = (await restrictToAllowed(this.ctx, qb, 'read', 'ExternalReferral', 'x')) ? await qb.getOne() : null;
    if (!referral) throw notFound('Referral');
    return referral;
  }

  private async event(referral: ExternalReferral, kind: string): Promise<void> {
    await recordClientEvent(this.ctx, {
      clientId: referral.clientId,
      ownerOrganisationId: referral.ownerOrganisationId,
      kind,
      scope: null,
      summary: { serviceName: referral.serviceName, category: referral.category, city: referral.city, urgency: referral.urgency, outcome: referral.outcome },
      subjectType: 'ExternalReferral',
      subjectId: referral.id,
    });
    await touch(this.ctx, referral.clientId);
  }
}
