import type { SelectQueryBuilder } from 'typeorm';
import { row, restrictToAllowed, ALL_SCOPES, liveConsentSql, AuditOperation } from '../../access';
import { badInput, conflict, forbidden, notFound, isUuid } from '../../common';
import type { RequestContext } from '../../context';
import { ClientService, refuseErased, touch, type Client, recordClientEvent } from '../clients';
import { Organisation } from '../service-map';
import { consentRevokedHandlers } from './consent-hooks';
import { Consent, ConsentMethod } from './consent.entity';
import type { RecordConsentInput } from './dto/record-consent.input';

export const DEFAULT_CONSENT_MONTHS = 12;
export const MAX_CONSENT_MONTHS = 24;
const REPLACED = 'replaced';
/** The reason an earlier consent ended when it was renewed (the same terms for a new period). */
export const RENEWED = 'renewed';
/** A live consent that ends within this many days is "ending soon": on the home screen, and notices go out. */
export const ENDING_SOON_DAYS = 30;

/** Consents (alias `k`) live now that end within ENDING_SOON_DAYS: the home screen's list and the reminders. */
export function endingSoon(qb: SelectQueryBuilder<Consent>, now: Date): SelectQueryBuilder<Consent> {
  return qb.andWhere(`${liveConsentSql('k', ':now')} AND k.valid_until <= CAST(:now AS timestamptz) + make_interval(days => :days)`, {
    now,
    days: ENDING_SOON_DAYS,
  });
}

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

  async record(input: RecordConsentInput, how: { action?: string; replacedReason?: string } = {}): Promise<Consent> {
    const { ctx } = this;
    const action = how.action ?? 'recordConsent';
    // Locking the client serialises two workers recording for it at once: one live consent stays.
    const client = refuseErased(await new ClientService(ctx).findVisible(input.clientId, true));
    if (!(await ctx.ability()).can('share', row('Client', client))) throw forbidden('Only the organisation that registered the client can record its consent.');
    if (input.granteeOrganisationId === client.ownerOrganisationId)
      throw badInput('granteeOrganisationId', 'your own organisation sees the whole record already; choose another organisation.', 'OWN_ORGANISATION');
    const grantee = isUuid(input.granteeOrganisationId) ? await ctx.em.findOneBy(Organisation, { id: input.granteeOrganisationId }) : null;
    if (!grantee) throw badInput('granteeOrganisationId', 'there is no such organisation.', 'UNKNOWN');
    const purpose = input.purpose.trim();
    if (!purpose) throw badInput('purpose', 'must not be empty.', 'REQUIRED');
    const scopes = ALL_SCOPES.filter((s) => input.scopes.includes(s));
    const { validFrom, validUntil } = this.period(input);
    const signedForm = input.signedFormDocumentId ?? null;
    if (signedForm) {
      if (input.method !== ConsentMethod.WRITTEN) throw badInput('signedFormDocumentId', 'only a WRITTEN consent has a signed form.');
      const forms = isUuid(signedForm)
        ? await ctx.em.query<{ id: string }[]>(`SELECT id FROM client_documents WHERE id = $1 AND client_id = $2`, [signedForm, client.id])
        : [];
      if (!forms.length) throw badInput('signedFormDocumentId', "attach the signed form to this client's documents first.");
    }

    const [replaced] = await ctx.em.query<[{ id: string; scopes: string[] }[], number]>(
      `UPDATE consents SET revoked_at = $3, revoked_by_user_id = $4, revoked_by_name = $5, revocation_reason = $6
        WHERE client_id = $1 AND grantee_organisation_id = $2 AND revoked_at IS NULL AND valid_until > $3
        RETURNING id, scopes`,
      [client.id, grantee.id, ctx.now, ctx.viewer!.userId, ctx.viewer!.displayName, how.replacedReason ?? REPLACED],
    );
    for (const old of replaced) {
      await ctx.audit.access({ clientId: client.id, scopes: old.scopes, operation: AuditOperation.CONSENT_REVOKED, action, consentId: old.id });
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
      signedFormDocumentId: signedForm,
    });
    await ctx.em.insert(Consent, consent);
    await ctx.audit.access({ clientId: client.id, scopes, operation: AuditOperation.CONSENT_GRANTED, action, consentId: consent.id });
    await this.onTimeline(client, 'CONSENT_GIVEN', consent, grantee.name);
    ctx.resetAccess();
    return ctx.em.findOneByOrFail(Consent, { id: consent.id });
  }

  /**
   * Revokes a consent; revoking one that is already revoked answers it unchanged. The one
   * revocation path: a worker's `revokeConsent` and the client's own `withdrawMyConsent` alike.
   */
  async revoke(consentId: string, reason?: string | null, action = 'revokeConsent'): Promise<Consent> {
    const { ctx } = this;
    const consent = await this.findVisible(consentId);
    if (!(await ctx.ability()).can('revoke', row('Consent', consent)))
      throw forbidden('Only the client or the organisation that registered the client can revoke its consent.');
    const why = reason?.trim() || null;
    if (why && why.length > 500) throw badInput('reason', 'is too long (at most 500 characters).', 'TOO_LONG', { max: 500 });
    if (consent.revokedAt) {
      await ctx.audit.access({ clientId: consent.clientId, scopes: [], operation: AuditOperation.READ, action });
      return consent;
    }
    // A worker of the owning organisation, or the client themself in their own view (no user).
    const byClient = !ctx.viewer && !!ctx.clientSession;
    const [rows] = await ctx.em.query<[{ id: string }[]]>(
      `UPDATE consents SET revoked_at = $2, revoked_by_user_id = $3, revoked_by_name = $4, revocation_reason = $5, revoked_by_client = $6
        WHERE id = $1 AND revoked_at IS NULL RETURNING id`,
      [consent.id, ctx.now, ctx.viewer?.userId ?? null, ctx.actorName, why, byClient],
    );
    const revoked = await ctx.em.findOneByOrFail(Consent, { id: consent.id });
    // Someone revoked it a moment earlier: the outcome is the same, so answer it as it is.
    if (!rows.length) return revoked;

    for (const handler of consentRevokedHandlers) await handler(ctx, revoked);
    await ctx.audit.access({ clientId: revoked.clientId, scopes: revoked.scopes, operation: AuditOperation.CONSENT_REVOKED, action, consentId: revoked.id });
    const grantee = await ctx.em.findOneByOrFail(Organisation, { id: revoked.granteeOrganisationId });
    await this.onTimeline({ id: revoked.clientId, ownerOrganisationId: revoked.ownerOrganisationId }, 'CONSENT_WITHDRAWN', revoked, grantee.name);
    ctx.resetAccess();
    return revoked;
  }

  /**
   * The same consent again for a new period: same organisation, sections and purpose, the method
   * the client used now, from now on (12 months by default). The old one ends as `renewed`, in
   * the same transaction, so access never lapses in between. A withdrawn consent is not renewed:
   * that is a new decision of the client (recordConsent).
   */
  async renew(id: string, method: ConsentMethod, validUntil?: Date | null): Promise<Consent> {
    const consent = await this.findVisible(id);
    if (!(await this.ctx.ability()).can('create', row('Consent', consent)))
      throw forbidden('Only the organisation that registered the client can renew its consent.');
    if (consent.revokedAt) throw conflict('This consent was withdrawn; ask the client again and record a new consent.');
    return this.record(
      {
        clientId: consent.clientId,
        granteeOrganisationId: consent.granteeOrganisationId,
        scopes: consent.scopes,
        purpose: consent.purpose,
        method,
        validFrom: null,
        validUntil,
      },
      { action: 'renewConsent', replacedReason: RENEWED },
    );
  }

  /** The owning organisation's live consents that end within 30 days, soonest first (the home screen). */
  async endingSoon(): Promise<Consent[]> {
    const { ctx } = this;
    const org = ctx.viewer?.organisationId;
    if (!org) return [];
    const qb = endingSoon(ctx.em.createQueryBuilder(Consent, 'k').where('k.owner_organisation_id = :org', { org }), ctx.now);
    if (!(await restrictToAllowed(ctx, qb, 'read', 'Consent', 'k'))) return [];
    const consents = await qb.orderBy('k.valid_until', 'ASC').addOrderBy('k.id', 'ASC').limit(100).getMany();
    // The terms of a client's consent are about the client: each client listed is a read.
    for (const clientId of new Set(consents.map((k) => k.clientId))) {
      await ctx.audit.access({ clientId, scopes: [], operation: AuditOperation.READ, action: 'consentsEndingSoon' });
    }
    return consents;
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
    if (validUntil > addMonths(validFrom, MAX_CONSENT_MONTHS))
      throw badInput('validUntil', `must be at most ${MAX_CONSENT_MONTHS} months after validFrom; ask the client again then.`, 'TOO_FAR', {
        months: MAX_CONSENT_MONTHS,
      });
    return { validFrom, validUntil };
  }

  private async onTimeline(
    client: Pick<Client, 'id' | 'ownerOrganisationId'>,
    kind: 'CONSENT_GIVEN' | 'CONSENT_WITHDRAWN',
    consent: Consent,
    granteeName: string,
  ) {
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
