import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { NoClientData, rootFieldName } from '../../access';
import { CLIENT_SESSION, Public, type RequestContext } from '../../context';
import { PageArgs } from '../../common';
import { AuditEntryConnection } from '../audit';
import { Consent } from '../consent';
import { ClientViewCode, ClientViewCodeStatus, codeStatus } from './client-view-code.entity';
import { ClientViewService } from './client-view.service';
import { ClientOwnView, ClientViewCodes, ClientViewSession, IssuedClientViewCode } from './client-view.types';

@Resolver(() => ClientViewCode)
export class ClientViewCodeResolver {
  @Authorized()
  @Query(() => ClientViewCodes, { description: "The client's own-view codes and whether their phone may be read by someone else (owning organisation only)." })
  async clientViewCodes(@Arg('clientId', () => ID) clientId: string, @Ctx() ctx: RequestContext): Promise<ClientViewCodes> {
    const service = new ClientViewService(ctx);
    const codes = await service.codes(clientId);
    return Object.assign(new ClientViewCodes(), { clientId, codes, phoneMayBeReadByOthers: await service.phoneMayBeReadByOthers(clientId) });
  }

  @Authorized()
  @Mutation(() => IssuedClientViewCode, {
    description:
      "Makes a one-time code for the client's own view (owning organisation only); earlier codes stop working. When the client's phone may be read by someone else, answers CONFLICT (reason PHONE_MAY_BE_READ_BY_OTHERS) unless phoneWarningSeen is true.",
  })
  createClientViewCode(
    @Arg('clientId', () => ID) clientId: string,
    @Arg('phoneWarningSeen', () => Boolean, { defaultValue: false }) phoneWarningSeen: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<IssuedClientViewCode> {
    return new ClientViewService(ctx).issue(clientId, phoneWarningSeen);
  }

  @Authorized()
  @Mutation(() => ClientViewCode, { description: 'Stops a code from working and closes the view it opened, from the next request on.' })
  revokeClientViewCode(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ClientViewCode> {
    return new ClientViewService(ctx).revokeCode(id);
  }

  @FieldResolver(() => ClientViewCodeStatus)
  status(@Root() code: ClientViewCode, @Ctx() ctx: RequestContext): ClientViewCodeStatus {
    return codeStatus(code, ctx.now);
  }
}

@Resolver(() => ClientOwnView)
export class ClientOwnViewResolver {
  @Public()
  @Mutation(() => ClientViewSession, {
    description: "Opens the client's own view with the code from their worker (once; 30 minutes). Wrong codes are throttled like sign-ins.",
  })
  openClientView(@Arg('code', () => String) code: string, @Ctx() ctx: RequestContext): Promise<ClientViewSession> {
    return new ClientViewService(ctx).open(code);
  }

  @Authorized(CLIENT_SESSION)
  @Mutation(() => Boolean, { description: "Closes the client's own view now." })
  closeClientView(@Ctx() ctx: RequestContext): Promise<boolean> {
    return new ClientViewService(ctx).close();
  }

  @Authorized(CLIENT_SESSION)
  @Query(() => ClientOwnView, { description: "The client's own view (client-view session only)." })
  async myRecordAccess(@Ctx() ctx: RequestContext): Promise<ClientOwnView> {
    const service = new ClientViewService(ctx);
    return Object.assign(new ClientOwnView(), { ownerOrganisationName: await service.ownerOrganisationName(), endsAt: service.session().endsAt });
  }

  @Authorized(CLIENT_SESSION)
  @Mutation(() => Consent, {
    description: "The client withdraws one of their consents, from the next request on (the same revocation as a worker's, recorded as the client's).",
  })
  withdrawMyConsent(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Consent> {
    return new ClientViewService(ctx).withdraw(id);
  }

  @NoClientData('which organisation may see which sections until when, never the content')
  @FieldResolver(() => [Consent], { description: 'Every consent the client gave, newest first' })
  consents(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Consent[]> {
    return new ClientViewService(ctx).consents(rootFieldName(info));
  }

  @NoClientData('who looked when, never what they saw')
  @FieldResolver(() => AuditEntryConnection, { description: '"Who saw my data": repeated reads within 10 minutes as one line' })
  whoSaw(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return new ClientViewService(ctx).whoSaw(page, rootFieldName(info));
  }
}
