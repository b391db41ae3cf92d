import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { NoClientData } from '../../access';
import type { RequestContext } from '../../context';
import { Client, clientById } from '../clients';
import { Organisation, organisationById } from '../service-map';
import { ClientTransfer } from './client-transfer.entity';
import { AnswerTransferInput, ProposeTransferInput } from './client-transfer.input';
import { ClientTransferService } from './client-transfer.service';

@Resolver(() => ClientTransfer)
export class ClientTransferResolver {
  @Authorized()
  @Query(() => [ClientTransfer], { description: 'Case transfers from or to your organisation, newest first (at most 100); only open ones with open: true' })
  clientTransfers(@Arg('open', () => Boolean, { defaultValue: false }) open: boolean, @Ctx() ctx: RequestContext): Promise<ClientTransfer[]> {
    return new ClientTransferService(ctx).list(open);
  }

  @Authorized()
  @Mutation(() => ClientTransfer, {
    description:
      "Proposes to hand the client's record over to another organisation (the owner; the client must agree). CONFLICT while another transfer is open.",
  })
  proposeTransfer(@Arg('input', () => ProposeTransferInput) input: ProposeTransferInput, @Ctx() ctx: RequestContext): Promise<ClientTransfer> {
    return new ClientTransferService(ctx).propose(input);
  }

  @Authorized()
  @Mutation(() => ClientTransfer, {
    description: 'Accepts a transfer (the receiving organisation): from now on it owns the record. CONFLICT when it was answered already.',
  })
  acceptTransfer(@Arg('input', () => AnswerTransferInput) input: AnswerTransferInput, @Ctx() ctx: RequestContext): Promise<ClientTransfer> {
    return new ClientTransferService(ctx).accept(input);
  }

  @Authorized()
  @Mutation(() => ClientTransfer, {
    description: 'Declines a transfer (the receiving organisation); the record stays where it is. CONFLICT when it was answered already.',
  })
  declineTransfer(@Arg('input', () => AnswerTransferInput) input: AnswerTransferInput, @Ctx() ctx: RequestContext): Promise<ClientTransfer> {
    return new ClientTransferService(ctx).decline(input);
  }

  @Authorized()
  @Mutation(() => ClientTransfer, { description: 'Cancels an open transfer (the organisation that proposed it).' })
  cancelTransfer(@Arg('input', () => AnswerTransferInput) input: AnswerTransferInput, @Ctx() ctx: RequestContext): Promise<ClientTransfer> {
    return new ClientTransferService(ctx).cancel(input);
  }

  @NoClientData('the Client declares its own fields')
  @FieldResolver(() => Client, { nullable: true, description: 'The client; null while your organisation may not see it' })
  client(@Root() transfer: ClientTransfer, @Ctx() ctx: RequestContext) {
    return ctx.loader(clientById).load(transfer.clientId);
  }

  @NoClientData('an organisation')
  @FieldResolver(() => Organisation)
  async fromOrganisation(@Root() transfer: ClientTransfer, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await ctx.loader(organisationById).load(transfer.fromOrganisationId))!;
  }

  @NoClientData('an organisation')
  @FieldResolver(() => Organisation)
  async toOrganisation(@Root() transfer: ClientTransfer, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await ctx.loader(organisationById).load(transfer.toOrganisationId))!;
  }

  @NoClientData('what the viewer may do')
  @FieldResolver(() => Boolean)
  viewerCanAnswer(@Root() transfer: ClientTransfer, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new ClientTransferService(ctx).may('accept', transfer);
  }

  @NoClientData('what the viewer may do')
  @FieldResolver(() => Boolean)
  viewerCanCancel(@Root() transfer: ClientTransfer, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new ClientTransferService(ctx).may('cancel', transfer);
  }
}
