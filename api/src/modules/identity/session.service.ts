import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../access/ability';
import type { Config } from '../../config';
import { MemberRole } from './membership.entity';
import { SessionRecord } from './session.entity';
import { TWO_FACTOR_REQUIRED_SQL } from './two-factor.service';
import { NetworkRole } from './user.entity';

export const SESSION_COOKIE = 'brug_session';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Opens a session: a random token for the client, only its hash in the database. */
export async function openSession(
  em: EntityManager,
  config: Config,
  userId: string,
  activeOrganisationId: string | null,
  now: Date,
): Promise<{ token: string; record: SessionRecord }> {
  const token = randomBytes(32).toString('base64url');
  const record = em.create(SessionRecord, {
    tokenHash: hashToken(token),
    userId,
    activeOrganisationId,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + config.sessionTtlHours * 3600_000),
  });
  await em.insert(SessionRecord, record);
  return { token, record };
}

interface SessionRow {
  session_id: string;
  user_id: string;
  display_name: string;
  network_role: NetworkRole | null;
  role: MemberRole | null;
  organisation_id: string | null;
  organisation_name: string | null;
  two_factor_enrolment_required: boolean;
}

/**
 * Finds who holds this token, in one statement that also marks the session as used. A
 * session that expired, was revoked, or sat idle longer than allowed gives nobody. Its last
 * use never moves back: requests over HTTP and the websocket may arrive out of order.
 */
export async function resolveSession(em: EntityManager, config: Config, token: string, now: Date): Promise<Viewer | null> {
  const idleSince = new Date(now.getTime() - config.sessionIdleMinutes * 60_000);
  const rows: SessionRow[] = await em.query(
    `WITH s AS (
       UPDATE sessions SET last_seen_at = GREATEST(last_seen_at, $2)
        WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2 AND last_seen_at > $3
        RETURNING id, user_id, active_organisation_id)
     SELECT s.id AS session_id, u.id AS user_id, u.display_name, u.network_role,
            m.role, o.id AS organisation_id, o.name AS organisation_name,
            (u.two_factor_enabled_at IS NULL AND ${TWO_FACTOR_REQUIRED_SQL}) AS two_factor_enrolment_required
       FROM s
       JOIN users u ON u.id = s.user_id AND NOT u.disabled
       LEFT JOIN memberships m ON m.user_id = u.id AND m.organisation_id = s.active_organisation_id
       LEFT JOIN organisations o ON o.id = m.organisation_id`,
    [hashToken(token), now, idleSince],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    sessionId: row.session_id,
    userId: row.user_id,
    displayName: row.display_name,
    networkRole: row.network_role,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    role: row.role,
    twoFactorEnrolmentRequired: row.two_factor_enrolment_required,
  };
}

export async function revokeSession(em: EntityManager, sessionId: string, now: Date): Promise<void> {
  await em.update(SessionRecord, { id: sessionId }, { revokedAt: now });
}
