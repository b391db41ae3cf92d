import { ClientData } from '../../access';
import { MaxLength } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import { PageArgs } from '../../common';
import type { RequestContext } from '../../context';
import { Client, ClientConnection } from '../clients';
import { PrivacyService } from './privacy.service';
import { ClientErasure } from './privacy.types';

@ArgsType()
export class EraseClientArgs {
  @Field(() => ID)
  clientId: string;

  @Field(() => String, { description: 'Why (e.g. "request of the client"); kept nowhere but the consents ended ("erased") and your own records' })
  @MaxLength(500)
  reason: string;

  @Field(() => String, { description: "The client's current pseudonym, typed by the worker to confirm" })
  @MaxLength(200)
  confirmPseudonym: string;
}

@Resolver(() => Client)
export class PrivacyResolver {
  @Authorized()
  @Query(() => JSONObjectResolver, {
    description:
      'Everything Brug holds about a client, as one JSON document (format "brug.client-export", version 1; shape in the README, "Privacy (GDPR)"), for the client\'s access request. Owning organisation only (NOT_FOUND if not visible, FORBIDDEN for an organisation that holds a consent). Audited as EXPORT.',
  })
  exportClientData(@Arg('clientId', () => ID) clientId: string, @Ctx() ctx: RequestContext): Promise<Record<string, unknown>> {
    return new PrivacyService(ctx).exportClient(clientId);
  }

  @Authorized()
  @Mutation(() => ClientErasure, {
    description:
      'Erases a client on request: sections, care plan, notes deleted; referral texts, messages and section timeline entries scrubbed; consents ended (reason "erased"); open referrals cancelled; the pseudonym replaced by "Erased client XXXX". The audit trail stays. Owning organisation (admin or worker) only; confirmPseudonym must equal the current pseudonym; a repeat answers CONFLICT. Audited as ERASE.',
  })
  eraseClient(@Args(() => EraseClientArgs) args: EraseClientArgs, @Ctx() ctx: RequestContext): Promise<ClientErasure> {
    return new PrivacyService(ctx).erase(args.clientId, args.reason, args.confirmPseudonym);
  }

  @Authorized()
  @Query(() => ClientConnection, {
    description:
      "Your organisation's clients without activity for BRUG_RETENTION_YEARS (5) years at this moment, longest inactive first: review whether to keep or erase them.",
  })
  clientsDueForReview(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return new PrivacyService(ctx).dueForReview(page);
  }

  @ClientData<Client>({ section: null, client: (c) => c.id })
  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'No activity for the retention period (BRUG_RETENTION_YEARS): review it. Null unless your organisation owns the client.',
  })
  dueForRetentionReview(@Root() client: Client, @Ctx() ctx: RequestContext): boolean | null {
    return new PrivacyService(ctx).isDueForReview(client);
  }

  @ClientData<Client>({ section: null, client: (c) => c.id })
  @FieldResolver(() => Date, { nullable: true, description: 'When the record was erased on request (the pseudonym is then a placeholder); null otherwise' })
  erasedAt(@Root() client: Client): Date | null {
    return client.erasedAt;
  }
}
