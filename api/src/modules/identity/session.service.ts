import { createHash, randomBytes } from 'node:crypto';
import { escapeLiteral } from 'pg';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../access';
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
  two_factor_enabled: boolean;
  two_factor_required: boolean | null;
}

/** A session's last use is written at most this often, so a signed-in read stays a read. */
export const LAST_USE_RESOLUTION = '1 minute';

/**
 * Who holds this token, in one statement that also sets what row-level security reads
 * (`brug.user_id`, `brug.organisation_id`, local to the transaction). A session that expired,
 * was revoked, or sat idle longer than allowed gives nobody. Its last use is written only when
 * it is more than a minute old (so it is at most a minute behind, and the idle limit counts
 * from then: a session ends up to a minute early, never late), and never moves back: requests
 * over HTTP and the websocket may arrive out of order. The arguments are SQL expressions
 * (parameters or escaped literals).
 */
function sessionSql(tokenHash: string, now: string, idleSince: string): string {
  return `WITH s AS (
       SELECT id, user_id, active_organisation_id FROM sessions
        WHERE token_hash = ${tokenHash} AND revoked_at IS NULL AND expires_at > ${now} AND last_seen_at > ${idleSince}),
     touched AS (
       UPDATE sessions SET last_seen_at = ${now} FROM s
        WHERE sessions.id = s.id AND sessions.last_seen_at < ${now} - interval '${LAST_USE_RESOLUTION}')
     SELECT s.id AS session_id, u.id AS user_id, u.display_name, u.network_role,
            m.role, o.id AS organisation_id, o.name AS organisation_name,
            u.two_factor_enabled_at IS NOT NULL AS two_factor_enabled, ${TWO_FACTOR_REQUIRED_SQL} AS two_factor_required,
            set_config('brug.user_id', u.id::text, true) <> '' AS user_set,
            set_config('brug.organisation_id', coalesce(o.id::text, ''), true) IS NOT NULL AS organisation_set
       FROM s
       JOIN users u ON u.id = s.user_id AND NOT u.disabled
       LEFT JOIN memberships m ON m.user_id = u.id AND m.organisation_id = s.active_organisation_id
       LEFT JOIN organisations o ON o.id = m.organisation_id`;
}

const idleSince = (config: Config, now: Date) => new Date(now.getTime() - config.sessionIdleMinutes * 60_000);
const timestamp = (at: Date) => `${escapeLiteral(at.toISOString())}::timestamptz`;

/** The session statement with its values inlined, to open a request in one round trip (see openRequestTransaction). */
export function sessionLookupSql(config: Config, token: string, now: Date): string {
  return sessionSql(escapeLiteral(hashToken(token)), timestamp(now), timestamp(idleSince(config, now)));
}

export function viewerFromSessionRow(row: SessionRow | undefined): Viewer | null {
  if (!row) return null;
  return {
    sessionId: row.session_id,
    userId: row.user_id,
    displayName: row.display_name,
    networkRole: row.network_role,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    role: row.role,
    // NULL (a user without a network role and no membership that requires it) is "no".
    twoFactorRequired: row.two_factor_required === true,
    twoFactorEnrolmentRequired: row.two_factor_required === true && !row.two_factor_enabled,
  };
}

/** Finds who holds this token within a running transaction (after sign-in), and acts as them from here on. */
export async function resolveSession(em: EntityManager, config: Config, token: string, now: Date): Promise<Viewer | null> {
  const rows: SessionRow[] = await em.query(sessionSql('$1', '$2::timestamptz', '$3::timestamptz'), [hashToken(token), now, idleSince(config, now)]);
  return viewerFromSessionRow(rows[0]);
}

export async function revokeSession(em: EntityManager, sessionId: string, now: Date): Promise<void> {
  await em.update(SessionRecord, { id: sessionId }, { revokedAt: now });
}
