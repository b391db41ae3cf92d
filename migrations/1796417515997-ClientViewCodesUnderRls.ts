import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Client-view codes under row-level security like every table with a client_id: the owning
 * organisation makes, lists and revokes them; an open client view reads and closes its own row.
 * The two look-ups made before anyone is known (opening a code, finding the session of a token)
 * are functions that match one hash and answer that row only, as the system.
 */
export class ClientViewCodesUnderRls1796417515997 implements MigrationInterface {
  name = 'ClientViewCodesUnderRls1796417515997';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE client_view_codes ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE client_view_codes FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY client_view_codes_owner ON client_view_codes
        USING (brug_system() OR owner_organisation_id = brug_org()) WITH CHECK (brug_system() OR owner_organisation_id = brug_org())`,
    );
    await queryRunner.query(`CREATE POLICY client_view_codes_own_view ON client_view_codes FOR SELECT USING (client_id = brug_client_session())`);
    await queryRunner.query(
      `CREATE POLICY client_view_codes_own_view_close ON client_view_codes FOR UPDATE
        USING (client_id = brug_client_session()) WITH CHECK (client_id = brug_client_session())`,
    );
    await queryRunner.query(
      `CREATE FUNCTION brug_open_client_view(p_code_hash text, p_now timestamptz, p_token_hash text, p_ends_at timestamptz)
        RETURNS TABLE (id uuid, client_id uuid, owner_organisation_id uuid)
        LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public SET brug.system = 'on' AS $$
          UPDATE client_view_codes c SET redeemed_at = p_now, session_token_hash = p_token_hash, session_ends_at = p_ends_at
           WHERE c.code_hash = p_code_hash AND c.redeemed_at IS NULL AND c.revoked_at IS NULL AND c.redeem_by > p_now
          RETURNING c.id, c.client_id, c.owner_organisation_id $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION brug_client_view_session(p_token_hash text, p_now timestamptz)
        RETURNS TABLE (id uuid, client_id uuid, owner_organisation_id uuid, session_ends_at timestamptz)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public SET brug.system = 'on' AS $$
          SELECT c.id, c.client_id, c.owner_organisation_id, c.session_ends_at FROM client_view_codes c
           WHERE c.session_token_hash = p_token_hash AND c.revoked_at IS NULL AND c.session_ends_at > p_now $$`,
    );
    for (const fn of ['brug_open_client_view(text, timestamptz, text, timestamptz)', 'brug_client_view_session(text, timestamptz)']) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${fn} TO brug_app`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION brug_client_view_session(text, timestamptz)`);
    await queryRunner.query(`DROP FUNCTION brug_open_client_view(text, timestamptz, text, timestamptz)`);
    await queryRunner.query(`DROP POLICY client_view_codes_own_view_close ON client_view_codes`);
    await queryRunner.query(`DROP POLICY client_view_codes_own_view ON client_view_codes`);
    await queryRunner.query(`DROP POLICY client_view_codes_owner ON client_view_codes`);
    await queryRunner.query(`ALTER TABLE client_view_codes NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE client_view_codes DISABLE ROW LEVEL SECURITY`);
  }
}
