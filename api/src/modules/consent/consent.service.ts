import { row } from '../../access/ability';
import { restrictToAllowed } from '../../access/client-access';
import { ALL_SCOPES } from '../../access/scopes';
import { badInput, forbidden, notFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { RequestContext } from '../../context/request-context';
import { AuditOperation } from '../audit/audit-entry.entity';
import { ClientService, refuseErased, touch } from '../clients/client.service';
import type { Client } from '../clients/client.entity';
import { Organisation } from '../service-map/organisation.entity';
import { recordClientEvent } from '../timeline/client-events';
import { consentRevokedHandlers } from './consent-hooks';
import { Consent } from './consent.entity';
import type { RecordConsentInput } from './dto/record-consent.input';

export const DEFAULT_CONSENT_MONTHS = 12;
export const MAX_CONSENT_MONTHS = 24;
const REPLACED = 'replaced';

export function addMonths(date: Date, months: number): Date {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

/**
 * A client's consents: recorded and revoked by the owning organisation only, at most one live
 * per client and grantee, each change audited and on the client's timeline. Access follows
 * from the very next statement (`ctx.resetAccess()`), and from the very next request anyway.
 */
export class ConsentService {
  constructor(private readonly ctx: RequestContext) {}

  async record(input: RecordConsentInput): Promise<Consent> {
    const { ctx } = this;
    // Locking the client serialises two workers recording for it at once: one live consent stays.
    const client = refuseErased(await new ClientService(ctx).findVisible(input.clientId, true));
    if (!(await ctx.ability()).can('share', row('Client', client))) throw forbidden('Only the organisation that registered the client can record its consent.');
    if (input.granteeOrganisationId === client.ownerOrganisationId) throw badInput('granteeOrganisationId', 'your own organisation sees the whole record already; choose another organisation.', 'OWN_ORGANISATION');
    const grantee = isUuid(input.granteeOrganisationId) ? await ctx.em.findOneBy(Organisation, { id: input.granteeOrganisationId }) : null;
    if (!grantee) throw badInput('granteeOrganisationId', 'there is no such organisation.', 'UNKNOWN');
    const purpose = input.purpose.trim();
    if (!purpose) throw badInput('purpose', 'must not be empty.', 'REQUIRED');
    const scopes = ALL_SCOPES.filter((s) => input.scopes.includes(s));
    const { validFrom, validUntil } = this.period(input);

    const [replaced] = await ctx.em.query<[{ id: string; scopes: string[] }[], number]>(
      `UPDATE consents SET revoked_at = $3, revoked_by_user_id = $4, revoked_by_name = $5, revocation_reason = $6
        WHERE client_id = $1 AND grantee_organisation_id = $2 AND revoked_at IS NULL AND valid_until > $3
        RETURNING id, scopes`,
      [client.id, grantee.id, ctx.now, ctx.viewer!.userId, ctx.viewer!.displayName, REPLACED],
    );
    for (const old of replaced) {
      await ctx.audit.access({ clientId: client.id, scopes: old.scopes, operation: AuditOperation.CONSENT_REVOKED, action: 'recordConsent', consentId: old.id });
    }

    const consent = ctx.em.create(Consent, {
      clientId: client.id,
      ownerOrganisationId: client.ownerOrganisationId,
      granteeOrganisationId: grantee.id,
      scopes,
      purpose,
      method: input.method,
      validFrom,
      validUntil,
      recordedByUserId: ctx.viewer!.userId,
      recordedByName: ctx.viewer!.displayName,
      recordedAt: ctx.now,
    });
    await ctx.em.insert(Consent, consent);
    await ctx.audit.access({ clientId: client.id, scopes, operation: AuditOperation.CONSENT_GRANTED, action: 'recordConsent', consentId: consent.id });
    await this.onTimeline(client, 'CONSENT_GIVEN', consent, grantee.name);
    ctx.resetAccess();
    return ctx.em.findOneByOrFail(Consent, { id: consent.id });
  }

  /** Revokes a consent; revoking one that is already revoked answers it unchanged. */
  async revoke(consentId: string, reason?: string | null): Promise<Consent> {
    const { ctx } = this;
    const consent = await this.findVisible(consentId);
    if (!(await ctx.ability()).can('create', row('Consent', consent))) throw forbidden('Only the organisation that registered the client can revoke its consent.');
    const why = reason?.trim() || null;
    if (why && why.length > 500) throw badInput('reason', 'is too long (at most 500 characters).', 'TOO_LONG', { max: 500 });
    if (consent.revokedAt) {
      await ctx.audit.access({ clientId: consent.clientId, scopes: [], operation: AuditOperation.READ, action: 'revokeConsent' });
      return consent;
    }
    const [rows] = await ctx.em.query<[{ id: string }[]]>(
      `UPDATE consents SET revoked_at = $2, revoked_by_user_id = $3, revoked_by_name = $4, revocation_reason = $5
        WHERE id = $1 AND revoked_at IS NULL RETURNING id`,
      [consent.id, ctx.now, ctx.viewer!.userId, ctx.viewer!.displayName, why],
    );
    const revoked = await ctx.em.findOneByOrFail(Consent, { id: consent.id });
    // Someone revoked it a moment earlier: the outcome is the same, so answer it as it is.
    if (!rows.length) return revoked;

    for (const handler of consentRevokedHandlers) await handler(ctx, revoked);
    await ctx.audit.access({ clientId: revoked.clientId, scopes: revoked.scopes, operation: AuditOperation.CONSENT_REVOKED, action: 'revokeConsent', consentId: revoked.id });
    const grantee = await ctx.em.findOneByOrFail(Organisation, { id: revoked.granteeOrganisationId });
    await this.onTimeline({ id: revoked.clientId, ownerOrganisationId: revoked.ownerOrganisationId }, 'CONSENT_WITHDRAWN', revoked, grantee.name);
    ctx.resetAccess();
    return revoked;
  }

  private async findVisible(id: string): Promise<Consent> {
    if (!isUuid(id)) throw notFound('Consent');
    const qb = this.ctx.em.createQueryBuilder(Consent, 'k').where('k.id = :id', { id });
    const consent = (await restrictToAllowed(this.ctx, qb, 'read', 'Consent', 'k')) ? await qb.getOne() : null;
    if (!consent) throw notFound('Consent');
    return consent;
  }

  private period(input: RecordConsentInput): { validFrom: Date; validUntil: Date } {
    const { now } = this.ctx;
    const validFrom = input.validFrom ?? now;
    const validUntil = input.validUntil ?? addMonths(validFrom, DEFAULT_CONSENT_MONTHS);
    if (Number.isNaN(validFrom.getTime())) throw badInput('validFrom', 'is not a valid date.', 'INVALID_DATE');
    if (Number.isNaN(validUntil.getTime())) throw badInput('validUntil', 'is not a valid date.', 'INVALID_DATE');
    if (validUntil <= now) throw badInput('validUntil', 'must be in the future.', 'NOT_IN_FUTURE');
    if (validUntil <= validFrom) throw badInput('validUntil', 'must be after validFrom.', 'BEFORE_START');
    if (validUntil > addMonths(validFrom, MAX_CONSENT_MONTHS)) throw badInput('validUntil', `must be at most ${MAX_CONSENT_MONTHS} months after validFrom; ask the client again then.`, 'TOO_FAR', { months: MAX_CONSENT_MONTHS });
    return { validFrom, validUntil };
  }

  private async onTimeline(client: Pick<Client, 'id' | 'ownerOrganisationId'>, kind: 'CONSENT_GIVEN' | 'CONSENT_WITHDRAWN', consent: Consent, granteeName: string) {
    await recordClientEvent(this.ctx, {
      clientId: client.id,
      ownerOrganisationId: client.ownerOrganisationId,
      kind,
      scope: null,
      summary: { granteeOrganisationName: granteeName, scopes: consent.scopes },
      subjectType: 'Consent',
      subjectId: consent.id,
    });
    await touch(this.ctx, client.id);
  }
}
