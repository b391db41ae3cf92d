import { NoClientData } from '../../access/client-data';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root, registerEnumType } from 'type-graphql';
import type { RequestContext } from '../../context/request-context';
import { Organisation } from '../service-map/organisation.entity';
import { organisationById } from '../service-map/organisation.loaders';
import { Consent } from './consent.entity';
import { ConsentService } from './consent.service';
import { RecordConsentInput } from './dto/record-consent.input';

export enum ConsentStatus {
  LIVE = 'LIVE',
  SCHEDULED = 'SCHEDULED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(ConsentStatus, { name: 'ConsentStatus', description: 'Judged at the moment of the request' });

export function consentStatus(consent: Pick<Consent, 'revokedAt' | 'validFrom' | 'validUntil'>, now: Date): ConsentStatus {
  if (consent.revokedAt) return ConsentStatus.REVOKED;
  if (consent.validUntil <= now) return ConsentStatus.EXPIRED;
  if (consent.validFrom > now) return ConsentStatus.SCHEDULED;
  return ConsentStatus.LIVE;
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
