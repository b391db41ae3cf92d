import nodemailer, { type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import { runAsSystem } from '../../../context';
import type { Config } from '../../../config';
import { jsonLog } from '../../../common';
import { newReferralMail } from './email-texts';
import { repeatEvery } from '../../../common';

/** After this many failed attempts a notice is given up (the in-app notice stays). */
export const MAX_ATTEMPTS = 8;
const BATCH = 50;

export type Mailer = Pick<Transporter, 'sendMail'>;

export function createMailer(config: Config): Mailer | null {
  return config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
}

/** Minutes to wait after the n-th failure: 1, 2, 4 ... at most 6 hours. */
export function backoffMinutes(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1), 6 * 60);
}

interface Due {
  id: string;
  attempts: number;
  email: string;
  locale: string;
  opted_in: boolean;
  disabled: boolean;
  /** When the user's quiet hours end, if `now` is inside them (computed in their time zone by PostgreSQL). */
  quiet_until: Date | null;
}

/**
 * As the system: sends the notices that are due, each once. The rows are locked while they are
 * sent (FOR UPDATE SKIP LOCKED), so two API processes never take the same notice, and each is
 * marked sent (or rescheduled) in the same transaction. A notice due in the user's quiet hours
 * waits until they end; a failure is retried with backoff and logged without the mail's content.
 * Returns how many were sent.
 */
export function drainEmailNotices(dataSource: DataSource, mailer: Mailer, config: Config, now = new Date()): Promise<number> {
  return runAsSystem(dataSource, now, async (ctx) => {
    const due: Due[] = await ctx.em.query(
      `SELECT e.id, e.attempts, u.email, u.locale, u.email_notices AS opted_in, u.disabled,
              CASE WHEN u.quiet_hours_start IS NULL OR u.quiet_hours_end IS NULL OR u.quiet_hours_start = u.quiet_hours_end THEN NULL
                   WHEN (u.quiet_hours_start < u.quiet_hours_end AND l.h >= u.quiet_hours_start AND l.h < u.quiet_hours_end)
                     OR (u.quiet_hours_start > u.quiet_hours_end AND (l.h >= u.quiet_hours_start OR l.h < u.quiet_hours_end))
                   THEN (date_trunc('day', l.local) + make_interval(hours => u.quiet_hours_end)
                         + CASE WHEN l.h >= u.quiet_hours_end THEN interval '1 day' ELSE interval '0' END) AT TIME ZONE u.time_zone
              END AS quiet_until
         FROM email_notices e
         JOIN users u ON u.id = e.user_id
         CROSS JOIN LATERAL (SELECT ($1::timestamptz AT TIME ZONE u.time_zone) AS local) t
         CROSS JOIN LATERAL (SELECT t.local, extract(hour FROM t.local)::int AS h) l
        WHERE e.sent_at IS NULL AND e.gave_up_at IS NULL AND e.next_attempt_at <= $1
        ORDER BY e.next_attempt_at
        LIMIT ${BATCH}
          FOR UPDATE OF e SKIP LOCKED`,
      [now],
    );
    let sent = 0;
    for (const notice of due) {
      if (!notice.opted_in || notice.disabled) {
        await ctx.em.query(`UPDATE email_notices SET gave_up_at = $2 WHERE id = $1 AND sent_at IS NULL`, [notice.id, now]);
        continue;
      }
      if (notice.quiet_until) {
        await ctx.em.query(`UPDATE email_notices SET next_attempt_at = $2 WHERE id = $1 AND sent_at IS NULL`, [notice.id, notice.quiet_until]);
        continue;
      }
      const mail = newReferralMail(notice.locale, `${config.publicUrl}/referrals/inbox`);
      try {
        await mailer.sendMail({ from: config.mailFrom, to: notice.email, subject: mail.subject, text: mail.text });
      } catch (error) {
        const attempts = notice.attempts + 1;
        const next = new Date(now.getTime() + backoffMinutes(attempts) * 60_000);
        await ctx.em.query(
          `UPDATE email_notices SET attempts = $2, next_attempt_at = $3, gave_up_at = CASE WHEN $2 >= ${MAX_ATTEMPTS} THEN $4::timestamptz END WHERE id = $1 AND sent_at IS NULL`,
          [notice.id, attempts, next, now],
        );
        // The notice's id and the SMTP error's code only: no address, no text.
        jsonLog({ level: 'warn', msg: 'e-mail notice failed', notice: notice.id, attempts, code: (error as { code?: string } | null)?.code ?? 'unknown' });
        continue;
      }
      const [, marked]: [unknown, number] = await ctx.em.query(
        `UPDATE email_notices SET sent_at = $2, attempts = attempts + 1 WHERE id = $1 AND sent_at IS NULL`,
        [notice.id, now],
      );
      if (marked) sent += 1;
    }
    return sent;
  });
}

/** Drains the outbox every `everyMs` (the API process's timer, like referral expiry). Returns a stop function. */
export function startEmailNoticeTimer(dataSource: DataSource, config: Config, everyMs = 30_000): (() => void) | null {
  const mailer = createMailer(config);
  if (!mailer) return null;
  return repeatEvery(
    everyMs,
    () => drainEmailNotices(dataSource, mailer, config),
    (error) => jsonLog({ level: 'error', msg: 'e-mail notices failed', error: error instanceof Error ? error.message : String(error) }),
  );
}
