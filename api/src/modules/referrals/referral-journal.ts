import type { RequestContext } from '../../context';
import { AuditOperation } from '../../access';
import { NotificationKind, notify } from '../notifications';
import { organisationById, type Service } from '../service-map';
import { recordClientEvent } from '../clients';
import { ReferralStatus } from './referral-enums';
import { ReferralEvent } from './referral-event.entity';
import { noticeText } from './referral-texts';
import type { Referral } from './referral.entity';
import { serviceByIdForReferral } from './referral.loaders';

/**
 * What each step of a referral leaves behind, written the same way whoever takes it (a worker,
 * or Brug itself when a referral expires): the referral's event, the client's timeline entry,
 * the audit entry and the notices.
 */
export class ReferralJournal {
  constructor(private readonly ctx: RequestContext) {}

  /** The referral's own history: one event per status change, with who (or Brug) and why. */
  async event(referral: Referral, from: ReferralStatus | null, to: ReferralStatus, reason: string | null): Promise<void> {
    const viewer = this.ctx.viewer;
    await this.ctx.em
      .createQueryBuilder()
      .insert()
      .into(ReferralEvent)
      .updateEntity(false)
      .values({
        referralId: referral.id,
        senderOrganisationId: referral.senderOrganisationId,
        receivingOrganisationId: referral.receivingOrganisationId,
        fromStatus: from,
        toStatus: to,
        actorUserId: viewer?.userId ?? null,
        actorName: this.ctx.actorName,
        organisationId: viewer?.organisationId ?? null,
        organisationName: viewer?.organisationName ?? null,
        at: this.ctx.now,
        reason,
      })
      .execute();
  }

  /** The client's audit trail: the referral step as an access to the client's data. */
  async audit(referral: Referral, scopes: readonly string[], action: string): Promise<void> {
    await this.ctx.audit.access({ clientId: referral.clientId, scopes, operation: AuditOperation.REFERRAL, action });
  }

  /** Timeline entry for the client's record: structured, no free text (scope null). */
  async timeline(referral: Referral, kind: string, service?: Service, extra: Record<string, unknown> = {}): Promise<void> {
    const svc = service ?? (await this.ctx.loader(serviceByIdForReferral).load(referral.serviceId));
    const receiver = await this.ctx.loader(organisationById).load(referral.receivingOrganisationId);
    await recordClientEvent(this.ctx, {
      clientId: referral.clientId,
      ownerOrganisationId: referral.ownerOrganisationId,
      kind,
      scope: null,
      summary: { serviceName: svc?.name ?? '', receivingOrganisationName: receiver?.name ?? '', urgency: referral.urgency, ...extra },
      subjectType: 'Referral',
      subjectId: referral.id,
    });
  }

  /** Notices to the organisations (and the named workers) a step concerns, except the one taking it. */
  async tell(
    referral: Referral,
    kind: NotificationKind,
    organisationIds: string[],
    service?: Service,
    detail: string | null = null,
    userIds: (string | null)[] = [],
  ): Promise<void> {
    const svc = service ?? (await this.ctx.loader(serviceByIdForReferral).load(referral.serviceId));
    await notify(this.ctx.em, {
      kind,
      referralId: referral.id,
      text: noticeText(kind, svc?.name ?? 'a service', referral.sentAt ?? referral.createdAt, detail),
      detail,
      organisationIds,
      userIds,
      exceptUserId: this.ctx.viewer?.userId,
      at: this.ctx.now,
      // A new referral (urgent or not) may also be mailed to those who asked, when SMTP is set up.
      email: kind === NotificationKind.REFERRAL_RECEIVED && !!this.ctx.deps.config.smtpUrl,
    });
  }
}
