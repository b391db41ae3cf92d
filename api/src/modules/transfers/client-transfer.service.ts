import { row, restrictToAllowed, ALL_SCOPES, AuditOperation } from '../../access';
import { badInput, conflict, forbidden, notFound, isUuid } from '../../common';
import type { RequestContext } from '../../context';
import { ClientService, refuseErased, touch, recordClientEvent } from '../clients';
import { ConsentService } from '../consent';
import { Organisation } from '../service-map';
import { ClientTransfer, TransferStatus } from './client-transfer.entity';
import type { AnswerTransferInput, ProposeTransferInput } from './client-transfer.input';

/**
 * Case transfers. The owning organisation proposes, with the client's agreement; the receiving
 * organisation accepts (then owns the record: brug_transfer_client moves it in the same
 * transaction) or declines; the owner may cancel while it is open. Every answer is conditional on
 * the transfer still being PROPOSED, so concurrent answers leave exactly one outcome.
 */
export class ClientTransferService {
  constructor(private readonly ctx: RequestContext) {}

  async propose(input: ProposeTransferInput): Promise<ClientTransfer> {
    const { ctx } = this;
    const client = refuseErased(await new ClientService(ctx).findVisible(input.clientId, true));
    if (!(await ctx.ability()).can('transfer', row('Client', client))) throw forbidden("Only the client's own organisation can hand the record over.");
    if (!input.agreement.agreed) throw badInput('agreement', 'the client must agree to the transfer; without it the record stays with your organisation.');
    if (input.toOrganisationId === client.ownerOrganisationId)
      throw badInput('toOrganisationId', 'your organisation owns the record already; choose another organisation.');
    const receiver = isUuid(input.toOrganisationId) ? await ctx.em.findOneBy(Organisation, { id: input.toOrganisationId }) : null;
    if (!receiver) throw badInput('toOrganisationId', 'there is no such organisation.');
    const open = await ctx.em.findOneBy(ClientTransfer, { clientId: client.id, status: TransferStatus.PROPOSED });
    if (open) throw conflict('A transfer of this client is already waiting for an answer; cancel it first.');
    const transfer = ctx.em.create(ClientTransfer, {
      clientId: client.id,
      fromOrganisationId: client.ownerOrganisationId,
      toOrganisationId: receiver.id,
      status: TransferStatus.PROPOSED,
      agreementMethod: input.agreement.method,
      agreedAt: ctx.now,
      formerOwnerScopes: ALL_SCOPES.filter((s) => input.formerOwnerScopes.includes(s)),
      note: input.note?.trim() ?? '',
      proposedByName: ctx.viewer!.displayName,
      proposedByUserId: ctx.viewer!.userId,
    });
    await ctx.em.insert(ClientTransfer, transfer);
    await this.event(transfer, client.ownerOrganisationId, 'TRANSFER_PROPOSED', receiver.name);
    await ctx.audit.access({ clientId: client.id, scopes: [], operation: AuditOperation.UPDATE, action: 'proposeTransfer' });
    return ctx.em.findOneByOrFail(ClientTransfer, { id: transfer.id });
  }

  async accept(input: AnswerTransferInput): Promise<ClientTransfer> {
    const { ctx } = this;
    const transfer = await this.answerable(input.id, 'accept');
    await this.close(transfer, TransferStatus.ACCEPTED, null);
    // The record changes hands in the database (every row's owner), as one step of this transaction.
    await ctx.em.query(`SELECT brug_transfer_client($1, $2)`, [transfer.id, ctx.now]);
    ctx.resetAccess();
    const receiver = await ctx.em.findOneByOrFail(Organisation, { id: transfer.toOrganisationId });
    await this.event(transfer, transfer.toOrganisationId, 'CLIENT_TRANSFERRED', receiver.name);
    await ctx.audit.access({ clientId: transfer.clientId, scopes: ALL_SCOPES, operation: AuditOperation.TRANSFER, action: 'acceptTransfer' });
    if (transfer.formerOwnerScopes.length) {
      // What the former owner keeps is a consent from the client, recorded now by the new owner.
      await new ConsentService(ctx).record({
        clientId: transfer.clientId,
        granteeOrganisationId: transfer.fromOrganisationId,
        scopes: transfer.formerOwnerScopes,
        purpose: 'Na de overdracht van het dossier / after the case transfer',
        method: transfer.agreementMethod,
      });
    }
    return ctx.em.findOneByOrFail(ClientTransfer, { id: transfer.id });
  }

  async decline(input: AnswerTransferInput): Promise<ClientTransfer> {
    const transfer = await this.answerable(input.id, 'decline');
    await this.close(transfer, TransferStatus.DECLINED, input.note?.trim() || null);
    const receiver = await this.ctx.em.findOneByOrFail(Organisation, { id: transfer.toOrganisationId });
    await this.event(transfer, transfer.fromOrganisationId, 'TRANSFER_DECLINED', receiver.name);
    await this.ctx.audit.access({ clientId: transfer.clientId, scopes: [], operation: AuditOperation.UPDATE, action: 'declineTransfer' });
    return this.ctx.em.findOneByOrFail(ClientTransfer, { id: transfer.id });
  }

  async cancel(input: AnswerTransferInput): Promise<ClientTransfer> {
    const transfer = await this.answerable(input.id, 'cancel');
    await this.close(transfer, TransferStatus.CANCELLED, null);
    const receiver = await this.ctx.em.findOneByOrFail(Organisation, { id: transfer.toOrganisationId });
    await this.event(transfer, transfer.fromOrganisationId, 'TRANSFER_CANCELLED', receiver.name);
    await this.ctx.audit.access({ clientId: transfer.clientId, scopes: [], operation: AuditOperation.UPDATE, action: 'cancelTransfer' });
    return this.ctx.em.findOneByOrFail(ClientTransfer, { id: transfer.id });
  }

  /** The transfers from or to the viewer's organisation, newest first (open ones only with `open`). */
  async list(open: boolean): Promise<ClientTransfer[]> {
    const qb = this.ctx.em.createQueryBuilder(ClientTransfer, 't');
    if (!(await restrictToAllowed(this.ctx, qb, 'read', 'ClientTransfer', 't'))) return [];
    if (open) qb.andWhere('t.status = :status', { status: TransferStatus.PROPOSED });
    return qb.orderBy('t.created_at', 'DESC').addOrderBy('t.id', 'DESC').limit(100).getMany();
  }

  async may(action: 'accept' | 'decline' | 'cancel', transfer: ClientTransfer): Promise<boolean> {
    return (await this.ctx.ability()).can(action, row('ClientTransfer', transfer));
  }

  private async answerable(id: string, action: 'accept' | 'decline' | 'cancel'): Promise<ClientTransfer> {
    if (!isUuid(id)) throw notFound('Transfer');
    const qb = this.ctx.em.createQueryBuilder(ClientTransfer, 't').where('t.id = :id', { id });
    const transfer = (await restrictToAllowed(this.ctx, qb, 'read', 'ClientTransfer', 't')) ? await qb.getOne() : null;
    if (!transfer) throw notFound('Transfer');
    if (transfer.status !== TransferStatus.PROPOSED) throw conflict(`This transfer was already ${transfer.status.toLowerCase()}; reload to see it.`);
    if (!(await this.may(action, transfer))) {
      throw forbidden(
        action === 'cancel' ? 'Only the organisation that proposed the transfer can cancel it.' : 'Only the receiving organisation answers a transfer.',
      );
    }
    return transfer;
  }

  /** Conditional on still being PROPOSED: of two concurrent answers exactly one counts. */
  private async close(transfer: ClientTransfer, status: TransferStatus, declineNote: string | null): Promise<void> {
    const result = await this.ctx.em
      .createQueryBuilder()
      .update(ClientTransfer)
      .set({ status, declineNote, answeredAt: this.ctx.now, answeredByName: this.ctx.viewer!.displayName })
      .where('id = :id AND status = :proposed', { id: transfer.id, proposed: TransferStatus.PROPOSED })
      .execute();
    if (!result.affected) {
      const current = await this.ctx.em.findOneByOrFail(ClientTransfer, { id: transfer.id });
      throw conflict(`This transfer was already ${current.status.toLowerCase()} by ${current.answeredByName ?? 'someone else'}; reload to see it.`);
    }
  }

  private async event(transfer: ClientTransfer, ownerOrganisationId: string, kind: string, receiverName: string): Promise<void> {
    await recordClientEvent(this.ctx, {
      clientId: transfer.clientId,
      ownerOrganisationId,
      kind,
      scope: null,
      summary: { transferId: transfer.id, toOrganisationName: receiverName },
      subjectType: 'ClientTransfer',
      subjectId: transfer.id,
    });
    await touch(this.ctx, transfer.clientId);
  }
}
