import type { EntityManager } from 'typeorm';
import type { LiveConsent } from '../../access/ability';
import type { Scope } from '../../access/scopes';

/**
 * The consents an organisation holds that are live at `now`: not revoked, started and not
 * yet expired. Read once per request, so a revocation counts from the very next request.
 */
export async function liveConsentsOf(em: EntityManager, organisationId: string, now: Date): Promise<LiveConsent[]> {
  const rows: { id: string; client_id: string; scopes: Scope[] }[] = await em.query(
    `SELECT id, client_id, scopes FROM consents
      WHERE grantee_organisation_id = $1 AND revoked_at IS NULL AND valid_from <= $2 AND valid_until > $2`,
    [organisationId, now],
  );
  return rows.map((r) => ({ id: r.id, clientId: r.client_id, scopes: r.scopes }));
}
