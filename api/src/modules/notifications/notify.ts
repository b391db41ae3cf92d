import type { EntityManager } from 'typeorm';
import { NotificationKind } from './notification.entity';

/** The PostgreSQL channel every API process LISTENs on; the payload is a JSON array of user ids. */
export const INBOX_CHANNEL = 'brug_inbox';

export interface NewNotification {
  kind: NotificationKind;
  /** What it is about: a referral, or a consent (one of the two). */
  referralId?: string | null;
  consentId?: string | null;
  text: string;
  detail?: string | null;
  /** Every member of these organisations is told... */
  organisationIds: string[];
  /** ...and these users by name (e.g. the worker who sent it)... */
  userIds?: (string | null | undefined)[];
  /** ...except whoever did it. */
  exceptUserId?: string | null;
  at: Date;
  /** Also queue an e-mail notice (notifications/email) for the recipients who opted in. */
  email?: boolean;
}

/**
 * Writes one notice per recipient (and, with `email`, one e-mail outbox row per recipient who
 * opted in, sent after commit by notifications/email/email-outbox.ts) and announces the change with pg_notify in the same
 * statement: NOTIFY is transactional, so every API process hears of it only once it commits.
 */
export async function notify(em: EntityManager, n: NewNotification): Promise<void> {
  // No RETURNING: the inserted notices belong to others, whom row-level security hides from us.
  await em.query(
    `WITH recipients AS (
       SELECT DISTINCT user_id FROM (
         SELECT user_id FROM memberships WHERE organisation_id = ANY($1::uuid[])
         UNION SELECT unnest($2::uuid[])) x
        WHERE user_id IS NOT NULL AND user_id IS DISTINCT FROM $8::uuid)
     , added AS (
       INSERT INTO notifications (user_id, kind, referral_id, consent_id, text, detail, created_at)
       SELECT user_id, $3::text, $4::uuid, $9::uuid, $5::text, $6::text, $7::timestamptz FROM recipients)
     , mailed AS (
       INSERT INTO email_notices (user_id, kind, referral_id, created_at, next_attempt_at)
       SELECT r.user_id, $3::text, $4::uuid, $7::timestamptz, $7::timestamptz
         FROM recipients r JOIN users u ON u.id = r.user_id
        WHERE $10::boolean AND u.email_notices AND NOT u.disabled)
     SELECT pg_notify('${INBOX_CHANNEL}', COALESCE((SELECT json_agg(user_id)::text FROM recipients), '[]'))`,
    [
      n.organisationIds,
      (n.userIds ?? []).filter(Boolean),
      n.kind,
      n.referralId ?? null,
      n.text,
      n.detail ?? null,
      n.at,
      n.exceptUserId ?? null,
      n.consentId ?? null,
      n.email ?? false,
    ],
  );
}

/** Tells these users' open inboxes to refresh their counts (after commit), without a notice. */
export async function announceInboxChange(em: EntityManager, organisationIds: string[], userIds: string[] = []): Promise<void> {
  await em.query(
    `SELECT pg_notify('${INBOX_CHANNEL}', COALESCE((SELECT json_agg(DISTINCT u)::text FROM (
       SELECT user_id AS u FROM memberships WHERE organisation_id = ANY($1::uuid[]) UNION SELECT unnest($2::uuid[])) x), '[]'))`,
    [organisationIds, userIds],
  );
}
