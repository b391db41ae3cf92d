import type { RequestContext } from '../../context';
import { clientById, type Client } from '../clients';
import { type Consent, ConsentService } from '../consent';
import type { ReferralConsentInput } from './dto/referral.input';

/*
 * Where referrals meet the clients & consent module: a referral never opens a client by
 * itself; whether the viewer sees the client (and the free text about them) is the clients
 * module's answer (clientById: owner or live consent, in SQL), and consent is recorded by
 * ConsentService.
 */

/** The client, if the viewer may see it now; null otherwise (same as for an unknown id). */
export function visibleClient(ctx: RequestContext, clientId: string): Promise<Client | null> {
  return ctx.loader(clientById).load(clientId);
}

/**
 * Whether `organisationId` may see this client now: it owns it or holds a live consent. Asked
 * of the database (brug_org_may_see_client), since a consented sender cannot read another
 * organisation's consents itself; it answers only for clients the caller may see.
 */
export async function organisationMaySeeClient(ctx: RequestContext, clientId: string, organisationId: string): Promise<boolean> {
  const [row] = await ctx.em.query<[{ ok: boolean | null }?]>(`SELECT brug_org_may_see_client($1, $2, $3) AS ok`, [clientId, organisationId, ctx.now]);
  return row?.ok === true;
}

/** The client's consent for the receiving organisation, recorded with the referral (ConsentService: owner only, audited, on the timeline). */
export function recordConsentWithReferral(ctx: RequestContext, client: Client, granteeOrganisationId: string, input: ReferralConsentInput): Promise<Consent> {
  return new ConsentService(ctx).record({
    clientId: client.id,
    granteeOrganisationId,
    scopes: input.scopes,
    purpose: input.purpose,
    method: input.method,
    validUntil: input.validUntil ?? null,
  });
}
