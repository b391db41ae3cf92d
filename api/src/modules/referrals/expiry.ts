import type { DataSource, EntityManager } from 'typeorm';
import { NotificationKind } from '../notifications/notification.entity';
import { notify } from '../notifications/notify';
import { ReferralStatus } from './referral-enums';
import { noticeText } from './referral-texts';

interface ExpiringRow {
  id: string;
  client_id: string;
  owner_organisation_id: string;
  sender_organisation_id: string;
  receiving_organisation_id: string;
  sent_by_user_id: string | null;
  sent_at: Date;
  urgency: string;
  service_name: string;
  receiving_organisation_name: string;
}

const RETURNING = `r.id, r.client_id, r.owner_organisation_id, r.sender_organisation_id, r.receiving_organisation_id,
  r.sent_by_user_id, r.sent_at, r.urgency, s.name AS service_name, o.name AS receiving_organisation_name`;

/** The rows an UPDATE ... RETURNING changed (TypeORM answers UPDATE with [rows, count]). */
export async function updated<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const result = await em.query(sql, params);
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}

/**
 * Tells both sides once when a SENT referral passes its due date, and expires the ones past
 * their grace period (see due-dates.ts): EXPIRED event by Brug, timeline entry, notice to the
 * sender. Called every minute by the API process and lazily before referrals are read, limited
 * then to the organisation asking (row-level security limits it to that anyway).
 */
export async function expireOverdueReferrals(em: EntityManager, now: Date, organisationId?: string | null): Promise<number> {
  const mine = organisationId ? 'AND (r.sender_organisation_id = $2 OR r.receiving_organisation_id = $2)' : '';
  const params = organisationId ? [now, organisationId] : [now];
  const overdue = await updated<ExpiringRow>(em,
    `UPDATE referrals r SET overdue_notified_at = $1 FROM services s, organisations o
      WHERE s.id = r.service_id AND o.id = r.receiving_organisation_id
        AND r.status = 'SENT' AND r.due_at <= $1 AND r.expires_at > $1 AND r.overdue_notified_at IS NULL ${mine}
      RETURNING ${RETURNING}`,
    params,
  );
  for (const r of overdue) {
    await notify(em, {
      kind: NotificationKind.REFERRAL_OVERDUE,
      referralId: r.id,
      text: noticeText(NotificationKind.REFERRAL_OVERDUE, r.service_name, r.sent_at),
      organisationIds: [r.sender_organisation_id, r.receiving_organisation_id],
      userIds: [r.sent_by_user_id],
      at: now,
    });
  }
  const expired = await updated<ExpiringRow>(em,
    `UPDATE referrals r SET status = 'EXPIRED', status_changed_at = $1, updated_at = $1 FROM services s, organisations o
      WHERE s.id = r.service_id AND o.id = r.receiving_organisation_id
        AND r.status = 'SENT' AND r.expires_at <= $1 ${mine}
      RETURNING ${RETURNING}`,
    params,
  );
  for (const r of expired) {
    await em.query(
      `INSERT INTO referral_events (referral_id, sender_organisation_id, receiving_organisation_id, from_status, to_status, actor_name, at, reason)
       VALUES ($1, $2, $3, 'SENT', 'EXPIRED', 'Brug', $4, 'NO_ANSWER_IN_TIME')`,
      [r.id, r.sender_organisation_id, r.receiving_organisation_id, now],
    );
    await em.query(
      `INSERT INTO client_events (client_id, owner_organisation_id, organisation_id, organisation_name, actor_user_id, actor_name, kind, scope, occurred_at, summary, subject_type, subject_id)
       VALUES ($1, $2, NULL, '', NULL, 'Brug', 'REFERRAL_EXPIRED', NULL, $3, $4, 'Referral', $5)`,
      [r.client_id, r.owner_organisation_id, now, JSON.stringify({ serviceName: r.service_name, receivingOrganisationName: r.receiving_organisation_name, urgency: r.urgency }), r.id],
    );
    await notify(em, {
      kind: NotificationKind.REFERRAL_EXPIRED,
      referralId: r.id,
      text: noticeText(NotificationKind.REFERRAL_EXPIRED, r.service_name, r.sent_at),
      detail: ReferralStatus.EXPIRED,
      organisationIds: [r.sender_organisation_id, r.receiving_organisation_id],
      userIds: [r.sent_by_user_id],
      at: now,
    });
  }
  return expired.length;
}

/**
 * Expiry for every organisation, in its own transaction, as the system: row-level security
 * lets `brug.system` act on every referral (only this and brug_referral_statistics set it).
 */
export function expireAsSystem(dataSource: DataSource, now = new Date()): Promise<number> {
  return dataSource.transaction(async (em) => {
    await em.query(`SELECT set_config('brug.system', 'on', true)`);
    return expireOverdueReferrals(em, now);
  });
}

/** Runs expireAsSystem every minute (the API process's timer). Returns a stop function. */
export function startReferralExpiryTimer(dataSource: DataSource, onError: (error: unknown) => void = () => undefined, everyMs = 60_000): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await expireAsSystem(dataSource);
    } catch (error) {
      onError(error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
