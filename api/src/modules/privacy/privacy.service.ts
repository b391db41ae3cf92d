import { In, IsNull } from 'typeorm';
import { row, restrictToAllowed, ALL_SCOPES, AuditOperation, consentState, type ConsentState } from '../../access';
import { asSystem } from '../../context';
import { badInput, conflict, forbidden, checkPageSize, cursorCodec, emptyPage, Page, PageArgs, toPage } from '../../common';
import type { RequestContext } from '../../context';
import { Client, ClientService } from '../clients';
import { Consent, ConsentService } from '../consent';
import { CancelReason, OPEN_STATUSES, Referral, ReferralLifecycle } from '../referrals';

/** The export's words for a consent's state (version 1 of the format says NOT_YET_VALID). */
const exportedState: Record<ConsentState, string> = { REVOKED: 'REVOKED', LIVE: 'LIVE', SCHEDULED: 'NOT_YET_VALID', EXPIRED: 'EXPIRED' };
/** Format name and version of the export document (`exportClientData`). */
export const EXPORT_FORMAT = 'brug.client-export';
export const EXPORT_VERSION = 1;
/** The reason recorded on every consent ended by an erasure. */
export const ERASED_REASON = 'erased';

/** What replaces the pseudonym: neutral, and derived from the id only (no trace of the person). */
export const erasedPlaceholder = (clientId: string) => `Erased client ${clientId.replace(/-/g, '').slice(0, 4).toUpperCase()}`;

/** The moment before which a record without activity is due for a retention review. */
export function retentionCutoff(ctx: RequestContext): Date {
  const cutoff = new Date(ctx.now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - ctx.config.retentionYears);
  return cutoff;
}

export interface ErasureResult {
  clientId: string;
  pseudonym: string;
  erasedAt: Date;
  sectionsDeleted: number;
  goalsDeleted: number;
  actionsDeleted: number;
  notesDeleted: number;
  consentsEnded: number;
  referralsCancelled: number;
  referralsScrubbed: number;
  messagesScrubbed: number;
  timelineEntriesScrubbed: number;
}

/** Clients due for review page by their last activity, then id. */
const reviewCursor = cursorCodec('time', 'uuid');

/**
 * The client's rights under the GDPR, for the owning organisation: an export of everything
 * Brug holds about the client (access request), erasure on request, and the retention review
 * of records without activity. Who may do it is the ability's (`export`, `erase` on Client).
 */
export class PrivacyService {
  constructor(private readonly ctx: RequestContext) {}

  /** The owner's client, NOT_FOUND when not visible, FORBIDDEN for an organisation that only holds a consent. */
  private async ownClient(clientId: string, action: 'export' | 'erase', lock = false): Promise<Client> {
    const client = await new ClientService(this.ctx).findVisible(clientId, lock);
    if (!(await this.ctx.ability()).can(action, row('Client', client))) {
      throw forbidden(
        action === 'export'
          ? "Only the client's own organisation can export the client's data."
          : "Only the client's own organisation can erase the client's data.",
      );
    }
    return client;
  }

  /**
   * Everything Brug holds about the client, as one JSON document (see README, "Privacy (GDPR)").
   * The owner's ability decides, and the owner's own rights read it: row-level security lets the
   * client's organisation see every row about its client, also what other organisations wrote
   * (tests/integration/privacy/export.test.ts sweeps for each). Not as the system: that would
   * open every client's rows to a query that forgot its `client_id`.
   */
  async exportClient(clientId: string): Promise<Record<string, unknown>> {
    const { ctx } = this;
    const client = await this.ownClient(clientId, 'export');
    const document = await this.readEverything(client);
    await ctx.audit.access({ clientId: client.id, scopes: ALL_SCOPES, operation: AuditOperation.EXPORT, action: 'exportClientData' });
    return document;
  }

  /** The export's reads, for a client whose owner asked (exportClient). */
  private async readEverything(client: Client): Promise<Record<string, unknown>> {
    const { ctx } = this;
    const id = client.id;
    const q = <T extends object = Record<string, unknown>>(sql: string) => ctx.em.query<T[]>(sql, [id]);
    const [owner] = await ctx.em.query<{ id: string; name: string }[]>(`SELECT id, name FROM organisations WHERE id = $1`, [client.ownerOrganisationId]);
    const sections = await q(
      `SELECT scope, data, updated_at AS "updatedAt", updated_by_name AS "updatedByName", updated_by_organisation_name AS "updatedByOrganisationName",
              confirmed_at AS "confirmedAt", confirmed_by_name AS "confirmedByName", confirmed_by_organisation_name AS "confirmedByOrganisationName"
         FROM client_sections WHERE client_id = $1 ORDER BY array_position(ARRAY['IDENTITY','CONTACT','PROFILE','LIFE_DOMAINS','HEALTH','SEX_WORK','SAFETY','NOTES'], scope)`,
    );
    const consents = await q<{ validFrom: Date; validUntil: Date; revokedAt: Date | null }>(
      `SELECT k.id, k.grantee_organisation_id AS "granteeOrganisationId", o.name AS "granteeOrganisationName", k.scopes, k.purpose, k.method,
              k.valid_from AS "validFrom", k.valid_until AS "validUntil", k.recorded_at AS "recordedAt", k.recorded_by_name AS "recordedByName",
              k.revoked_at AS "revokedAt", k.revoked_by_name AS "revokedByName", k.revocation_reason AS "revocationReason"
         FROM consents k JOIN organisations o ON o.id = k.grantee_organisation_id WHERE k.client_id = $1 ORDER BY k.recorded_at, k.id`,
    );
    const plan = (
      await q<{ leadOrganisationId: string | null; leadOrganisationName: string | null; leadSince: Date | null; createdAt: Date }>(
        `SELECT p.lead_organisation_id AS "leadOrganisationId", o.name AS "leadOrganisationName", p.lead_since AS "leadSince", p.created_at AS "createdAt"
         FROM care_plans p LEFT JOIN organisations o ON o.id = p.lead_organisation_id WHERE p.client_id = $1`,
      )
    ).at(0);
    const goals = await q<{ id: string }>(
      `SELECT id, life_domain AS "lifeDomain", text, status, created_by_name AS "createdByName", created_by_organisation_name AS "createdByOrganisationName",
              created_at AS "createdAt", updated_at AS "updatedAt"
         FROM care_goals WHERE client_id = $1 ORDER BY created_at, id`,
    );
    const actions = await q<{ goalId: string }>(
      `SELECT a.id, a.goal_id AS "goalId", a.organisation_id AS "organisationId", o.name AS "organisationName", a.description, a.due_on::text AS "dueOn",
              a.status, a.completion_note AS "completionNote", a.completed_at AS "completedAt", a.completed_by_name AS "completedByName",
              a.completed_by_organisation_name AS "completedByOrganisationName", a.created_by_name AS "createdByName", a.created_at AS "createdAt"
         FROM care_plan_actions a JOIN organisations o ON o.id = a.organisation_id WHERE a.client_id = $1 ORDER BY a.created_at, a.id`,
    );
    const assessments = await q(
      `SELECT id, assessed_on::text AS "assessedOn", ratings, assessed_by_name AS "assessedByName", organisation_name AS "organisationName", created_at AS "createdAt"
         FROM life_domain_assessments WHERE client_id = $1 ORDER BY assessed_on, created_at, id`,
    );
    const externalReferrals = await q(
      `SELECT id, service_name AS "serviceName", category, city, contact, urgency, reason, client_wishes AS "clientWishes", follow_up_on::text AS "followUpOn",
              outcome, outcome_note AS "outcomeNote", outcome_at AS "outcomeAt", outcome_by_name AS "outcomeByName",
              sender_organisation_name AS "senderOrganisationName", sent_by_name AS "sentByName", created_at AS "createdAt"
         FROM external_referrals WHERE client_id = $1 ORDER BY created_at, id`,
    );
    const conferences = await q(
      `SELECT id, planned_at AS "plannedAt", place, agenda, status, minutes, organiser_organisation_name AS "organiserOrganisationName",
              invited_organisation_ids AS "invitedOrganisationIds", attended_organisation_ids AS "attendedOrganisationIds", created_by_name AS "createdByName", created_at AS "createdAt"
         FROM case_conferences WHERE client_id = $1 ORDER BY planned_at, id`,
    );
    const notes = await q(
      `SELECT id, contact_at AS "contactAt", contact_type AS "contactType", text, author_name AS "authorName", organisation_name AS "organisationName", created_at AS "createdAt"
         FROM contact_notes WHERE client_id = $1 ORDER BY contact_at, id`,
    );
    const referrals = await q(
      `SELECT r.id, r.status, r.urgency, r.reason, r.client_wishes AS "clientWishes", r.shared_scopes AS "sharedScopes", r.requirement_answers AS "requirementAnswers",
              s.name AS "serviceName", so.name AS "senderOrganisationName", ro.name AS "receivingOrganisationName",
              r.intro_planned_at AS "introPlannedAt", r.intro_place AS "introPlace", r.intro_accompanied_by AS "introAccompaniedBy",
              r.intro_client_will_call AS "introClientWillCall", r.sent_by_name AS "sentByName", r.accepted_by_name AS "acceptedByName",
              r.sent_at AS "sentAt", r.due_at AS "dueAt", r.decline_reason AS "declineReason", r.decline_note AS "declineNote",
              r.cancel_reason AS "cancelReason", r.cancel_note AS "cancelNote", r.outcome, r.outcome_note AS "outcomeNote", r.created_at AS "createdAt",
              COALESCE((SELECT json_agg(json_build_object('fromStatus', e.from_status, 'toStatus', e.to_status, 'actorName', e.actor_name,
                        'organisationName', e.organisation_name, 'at', e.at, 'reason', e.reason) ORDER BY e.id)
                        FROM referral_events e WHERE e.referral_id = r.id), '[]') AS events,
              COALESCE((SELECT json_agg(json_build_object('id', m.id, 'body', m.body, 'authorName', m.author_name,
                        'organisationName', m.organisation_name, 'at', m.at) ORDER BY m.at, m.id)
                        FROM referral_messages m WHERE m.referral_id = r.id), '[]') AS messages
         FROM referrals r JOIN services s ON s.id = r.service_id
         JOIN organisations so ON so.id = r.sender_organisation_id JOIN organisations ro ON ro.id = r.receiving_organisation_id
        WHERE r.client_id = $1 ORDER BY r.created_at, r.id`,
    );
    const timeline = await q(
      `SELECT id::text, kind, scope, occurred_at AS "occurredAt", organisation_name AS "organisationName", actor_name AS "actorName",
              summary, subject_type AS "subjectType", subject_id AS "subjectId"
         FROM client_events WHERE client_id = $1 ORDER BY occurred_at, id`,
    );
    // The documents are listed (what, which section, when, by whom), never their bytes: those are downloaded one by one.
    const documents = await q(
      `SELECT id, scope, kind, title, mime_type AS "mimeType", size_bytes AS "sizeBytes", created_at AS "createdAt",
              created_by_name AS "createdByName", created_by_organisation_name AS "createdByOrganisationName"
         FROM client_documents WHERE client_id = $1 ORDER BY created_at, id`,
    );
    const auditTrail = await q(
      `SELECT id::text, at, actor_name AS "actorName", actor_organisation_name AS "actorOrganisationName", operation, action, scopes, consent_id AS "consentId"
         FROM audit_entries WHERE client_id = $1 ORDER BY id`,
    );
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: ctx.now.toISOString(),
      exportedBy: { name: ctx.viewer!.displayName, organisationName: ctx.viewer!.organisationName },
      client: {
        id,
        pseudonym: client.pseudonym,
        ownerOrganisation: owner,
        createdAt: client.createdAt,
        updatedAt: client.updatedAt,
        lastActivityAt: client.lastActivityAt,
        erasedAt: client.erasedAt,
      },
      sections,
      consents: consents.map((k) => ({
        ...k,
        status: exportedState[consentState({ revokedAt: k.revokedAt, validFrom: new Date(k.validFrom), validUntil: new Date(k.validUntil) }, ctx.now)],
      })),
      carePlan: {
        leadOrganisationId: plan?.leadOrganisationId ?? null,
        leadOrganisationName: plan?.leadOrganisationName ?? null,
        leadSince: plan?.leadSince ?? null,
        goals: goals.map((g) => ({ ...g, actions: actions.filter((a) => a.goalId === g.id) })),
      },
      lifeDomainAssessments: assessments,
      caseConferences: conferences,
      contactNotes: notes,
      documents,
      referrals,
      externalReferrals,
      timeline,
      auditTrail,
    };
  }

  /**
   * Erases the client's data on request, in the request's one transaction: consents ended
   * (reason "erased"), open referrals cancelled, sections, care plan, notes and visits deleted,
   * free text of referrals (and their answers to a service's requirements), messages and timeline entries scrubbed, the pseudonym replaced by
   * a placeholder. The client row, the referrals' lifecycle and the audit trail stay.
   */
  async erase(clientId: string, reason: string, confirmPseudonym: string): Promise<ErasureResult> {
    const { ctx } = this;
    const why = reason.trim();
    if (!why) throw badInput('reason', 'say why the client is erased (for example: "request of the client").', 'REQUIRED');
    const client = await this.ownClient(clientId, 'erase', true);
    if (client.erasedAt) throw conflict(`This client was already erased on ${client.erasedAt.toISOString().slice(0, 10)}; there is nothing left to erase.`);
    if (confirmPseudonym.trim() !== client.pseudonym)
      throw badInput('confirmPseudonym', "type the client's current pseudonym exactly to confirm the erasure.", 'MISMATCH');
    const id = client.id;

    // Consents first, through the consent module: its hooks cancel the open referrals to each grantee.
    const unrevoked = await ctx.em.find(Consent, { where: { clientId: id, revokedAt: IsNull() }, order: { recordedAt: 'ASC' } });
    const consents = new ConsentService(ctx);
    for (const consent of unrevoked) await consents.revoke(consent.id, ERASED_REASON);
    // Whatever is still open (internal referrals, drafts) is cancelled by the client's organisation.
    const open = await ctx.em.find(Referral, { where: { clientId: id, status: In(OPEN_STATUSES) }, order: { createdAt: 'ASC' } });
    const referrals = new ReferralLifecycle(ctx);
    for (const referral of open) await referrals.cancelNow(referral, CancelReason.CLIENT_WITHDREW, null);
    const [{ n: referralsCancelled }] = await ctx.em.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM referrals WHERE client_id = $1 AND status = 'CANCELLED' AND status_changed_at = $2`,
      [id, ctx.now],
    );

    const pseudonym = erasedPlaceholder(id);
    await ctx.em.query(`UPDATE clients SET erased_at = $2, pseudonym = $3, updated_at = $2 WHERE id = $1`, [id, ctx.now, pseudonym]);
    // The rest is Brug's, as the system, in this same transaction: row-level security lets no
    // organisation's request delete what another wrote (migration ErasureAsTheSystem).
    const removed = await asSystem(ctx, (system) => this.removeEverything(system, id));
    await ctx.audit.access({ clientId: id, scopes: ALL_SCOPES, operation: AuditOperation.ERASE, action: 'eraseClient' });
    ctx.resetAccess();
    return {
      clientId: id,
      pseudonym,
      erasedAt: ctx.now,
      ...removed,
      consentsEnded: unrevoked.length,
      referralsCancelled,
    };
  }

  /** The erasure's deletes and scrubs, as the system, for a client its owner erases (erase). */
  private async removeEverything(system: RequestContext, id: string) {
    const count = async (sql: string, params: unknown[] = [id]) => (await system.em.query<[unknown[], number]>(sql, params))[1];
    const sectionsDeleted = await count(`DELETE FROM client_sections WHERE client_id = $1`);
    const actionsDeleted = await count(`DELETE FROM care_plan_actions WHERE client_id = $1`);
    const goalsDeleted = await count(`DELETE FROM care_goals WHERE client_id = $1`);
    await count(`DELETE FROM care_plans WHERE client_id = $1`);
    const notesDeleted = await count(`DELETE FROM contact_notes WHERE client_id = $1`);
    await count(`DELETE FROM life_domain_assessments WHERE client_id = $1`);
    await count(`DELETE FROM external_referrals WHERE client_id = $1`);
    await count(`DELETE FROM case_conferences WHERE client_id = $1`);
    await count(`DELETE FROM client_visits WHERE client_id = $1`);
    // The client's own view ends with the record: no code or session of it opens anything.
    await count(`DELETE FROM client_view_codes WHERE client_id = $1`);
    // The documents go with the record (a consent's pointer to its signed form with them).
    await count(`UPDATE consents SET signed_form_document_id = NULL WHERE client_id = $1`);
    await count(`DELETE FROM client_documents WHERE client_id = $1`);
    await count(`UPDATE consents SET purpose = '' WHERE client_id = $1`);
    const referralsScrubbed = await count(
      `UPDATE referrals SET reason = '', client_wishes = '', intro_place = NULL, intro_accompanied_by = NULL, decline_note = NULL,
              cancel_note = NULL, outcome_note = NULL, shared_scopes = '{}', requirement_answers = '[]' WHERE client_id = $1`,
    );
    const messagesScrubbed = await count(`UPDATE referral_messages SET body = '' WHERE referral_id IN (SELECT id FROM referrals WHERE client_id = $1)`);
    // Entries of a section may hold its text (goals, actions); the others hold names of services and organisations only.
    const timelineEntriesScrubbed = await count(
      `UPDATE client_events SET summary = jsonb_build_object('erased', true) WHERE client_id = $1 AND scope IS NOT NULL`,
    );
    return { sectionsDeleted, goalsDeleted, actionsDeleted, notesDeleted, referralsScrubbed, messagesScrubbed, timelineEntriesScrubbed };
  }

  /** The owner's clients without activity since the retention cutoff, longest inactive first. */
  async dueForReview({ first: pageSize, after }: PageArgs): Promise<Page<Client>> {
    const { ctx } = this;
    const first = checkPageSize(pageSize);
    const cursor = reviewCursor.decode(after);
    const org = ctx.viewer?.organisationId;
    if (!org) return emptyPage();
    const qb = ctx.em
      .createQueryBuilder(Client, 'c')
      .where('c.owner_organisation_id = :org', { org })
      .andWhere('c.erased_at IS NULL')
      .andWhere('c.last_activity_at < :cutoff', { cutoff: retentionCutoff(ctx) });
    if (!(await restrictToAllowed(ctx, qb, 'read', 'Client', 'c'))) return emptyPage();
    const totalCount = await qb.clone().getCount();
    // Cursors carry milliseconds; the database keeps microseconds: order and compare at the cursor's precision.
    const at = `date_trunc('milliseconds', c.last_activity_at)`;
    if (cursor) qb.andWhere(`(${at}, c.id) > (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))`, { afterAt: cursor[0], afterId: cursor[1] });
    const rows = await qb
      .orderBy(at, 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(first + 1)
      .getMany();
    return toPage(rows, first, totalCount, (c) => reviewCursor.key([c.lastActivityAt, c.id]));
  }

  /** Null unless the viewer's organisation owns the client. */
  isDueForReview(client: Client): boolean | null {
    if (client.ownerOrganisationId !== this.ctx.viewer?.organisationId) return null;
    return !client.erasedAt && client.lastActivityAt < retentionCutoff(this.ctx);
  }
}
