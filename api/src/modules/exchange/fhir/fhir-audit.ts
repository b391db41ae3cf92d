import type { RequestContext } from '../../../context';
import { AuditOperation } from '../../../access';

/**
 * The one place the FHIR API writes its audit entries: every read of client data (the Patient,
 * a Consent, a referral's free text) is one READ entry with the sections returned and the
 * consent the access relied on, in the request's transaction, as GraphQL writes them.
 */
export async function auditFhirRead(ctx: RequestContext, clientId: string, scopes: readonly string[], resource: string): Promise<void> {
  await ctx.audit.access({ clientId, scopes, operation: AuditOperation.READ, action: `fhir.${resource}` });
}
