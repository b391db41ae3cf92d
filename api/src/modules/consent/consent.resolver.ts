import { ClientData, NoClientData, consentState } from '../../access';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { Client, clientById, OfThisClient } from '../clients';
import type { RequestContext } from '../../context';
import { Organisation, organisationById } from '../service-map';
import { Consent, ConsentMethod } from './consent.entity';
import { ConsentService } from './consent.service';
import { RecordConsentInput } from './dto/record-consent.input';
import { consentById, consentsByClient } from './consent.loaders';
import { Notification } from '../notifications';

export enum ConsentStatus {
  LIVE = 'LIVE',
  SCHEDULED = 'SCHEDULED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(ConsentStatus, { name: 'ConsentStatus', description: 'Judged at the moment of the request' });

export function consentStatus(consent: Pick<Consent, 'revokedAt' | 'validFrom' | 'validUntil'>, now: Date): ConsentStatus {
  return ConsentStatus[consentState(consent, now)];
}

@Resolver(() => Consent)
export class ConsentResolver {
  @Authorized()
  @Mutation(() => Consent, {
    description: "Records the client's consent for another organisation (owning organisation only); replaces a live one for the same organisation.",
  })
  recordConsent(@Arg('input', () => RecordConsentInput) input: RecordConsentInput, @Ctx() ctx: RequestContext): Promise<Consent> {
    return new ConsentService(ctx).record(input);
  }

  @Authorized()
  @Mutation(() => Consent, { description: 'Revokes a consent from the next request on; revoking it again answers it unchanged.' })
  revokeConsent(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Consent> {
    return new ConsentService(ctx).revoke(id, reason);
  }

  @Authorized()
  @Mutation(() => Consent, {
    description:
      'The same consent for a new period (same organisation, sections and purpose; the method the client used now; 12 months by default). Owning organisation only; the old one ends as renewed.',
  })
  renewConsent(
    @Arg('id', () => ID) id: string,
    @Arg('method', () => ConsentMethod) method: ConsentMethod,
    @Arg('validUntil', () => Date, { nullable: true }) validUntil: Date | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Consent> {
    return new ConsentService(ctx).renew(id, method, validUntil);
  }

  @Authorized()
  @Query(() => [Consent], { description: "Your organisation's clients' live consents that end within 30 days, soonest first (the home screen)." })
  consentsEndingSoon(@Ctx() ctx: RequestContext): Promise<Consent[]> {
    return new ConsentService(ctx).endingSoon();
  }

  @ClientData<Consent>({ section: null, client: (k) => k.clientId })
  @FieldResolver(() => Client, { nullable: true, description: 'The client, while you may see them' })
  client(@Root() consent: Consent, @Ctx() ctx: RequestContext): Promise<Client | null> {
    return ctx.loader(clientById).load(consent.clientId);
  }

  @NoClientData('an id')
  @FieldResolver(() => ID)
  clientId(@Root() consent: Consent): string {
    return consent.clientId;
  }

  @NoClientData('the service map')
  @FieldResolver(() => Organisation, { description: 'The organisation that may see the sections' })
  async granteeOrganisation(@Root() consent: Consent, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await ctx.loader(organisationById).load(consent.granteeOrganisationId))!;
  }

  @NoClientData('the terms of the consent, judged now')
  @FieldResolver(() => ConsentStatus)
  status(@Root() consent: Consent, @Ctx() ctx: RequestContext): ConsentStatus {
    return consentStatus(consent, ctx.now);
  }
}

/** What a consent notice names, for the web to word it in the reader's language: the other organisation and the end date. */
@Resolver(() => Notification)
export class NotificationConsentResolver {
  @NoClientData("the end date of a consent the reader's organisation holds or gave")
  @FieldResolver(() => Date, { nullable: true, description: 'When the consent ends (CONSENT_ENDING, ACCESS_ENDING)' })
  async consentEndsAt(@Root() notice: Notification, @Ctx() ctx: RequestContext): Promise<Date | null> {
    const consent = notice.consentId ? await ctx.loader(consentById).load(notice.consentId) : null;
    return consent?.validUntil ?? null;
  }

  @NoClientData('the service map')
  @FieldResolver(() => String, {
    nullable: true,
    description: 'The other organisation: the one that may see (for the owner), the one that shared (for the receiver)',
  })
  async consentOrganisationName(@Root() notice: Notification, @Ctx() ctx: RequestContext): Promise<string | null> {
    const consent = notice.consentId ? await ctx.loader(consentById).load(notice.consentId) : null;
    if (!consent) return null;
    const other = consent.ownerOrganisationId === ctx.viewer?.organisationId ? consent.granteeOrganisationId : consent.ownerOrganisationId;
    return (await ctx.loader(organisationById).load(other))?.name ?? null;
  }

  @NoClientData('an id, for the owning organisation only (the receiver learns no client from a notice)')
  @FieldResolver(() => ID, { nullable: true, description: 'The client, for the owning organisation (to renew); null for the receiving one' })
  async consentClientId(@Root() notice: Notification, @Ctx() ctx: RequestContext): Promise<string | null> {
    const consent = notice.consentId ? await ctx.loader(consentById).load(notice.consentId) : null;
    return consent && consent.ownerOrganisationId === ctx.viewer?.organisationId ? consent.clientId : null;
  }
}

/** A client's consents, on the client (the clients module knows no consent). */
@Resolver(() => Client)
export class ClientConsentsResolver {
  @OfThisClient
  @FieldResolver(() => Consent, { nullable: true, description: 'The consent your access rests on; null for the owning organisation' })
  async consentUsed(@Root() client: Client, @Ctx() ctx: RequestContext): Promise<Consent | null> {
    const live = await ctx.consentFor(client.id);
    if (!live) return null;
    // From the client's consents (the same batch as the `consents` field): in a list, a consented
    // client costs no statement of its own beside the owned ones.
    return (await ctx.loader(consentsByClient).load(client.id)).find((k) => k.id === live.id) ?? null;
  }

  @OfThisClient
  @FieldResolver(() => [Consent], { description: 'All consents of the client for the owning organisation; the ones given to you otherwise. Newest first.' })
  consents(@Root() client: Client, @Ctx() ctx: RequestContext): Promise<Consent[]> {
    return ctx.loader(consentsByClient).load(client.id);
  }
}
