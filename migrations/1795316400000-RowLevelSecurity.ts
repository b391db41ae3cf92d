import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Defence in depth: even if the API's own checks were switched off, PostgreSQL itself only
 * returns client rows the acting organisation may see. The API connects as `brug_app`, a role
 * that owns no table and cannot bypass row-level security; each request's transaction sets
 * `brug.organisation_id` and `brug.now` with set_config(..., true), so nothing carries over
 * from one request to the next on a pooled connection.
 */
export class RowLevelSecurity1795316400000 implements MigrationInterface {
  name = 'RowLevelSecurity1795316400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'brug_app') THEN
          CREATE ROLE brug_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT;
        END IF;
      END $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO brug_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO brug_app`);
    await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO brug_app`);
    // Tables that later migrations create are granted the same way.
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO brug_app`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO brug_app`);
    await queryRunner.query(`REVOKE ALL ON "typeorm_migrations" FROM brug_app`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_entries" FROM brug_app`);

    await queryRunner.query(`CREATE FUNCTION brug_org() RETURNS uuid LANGUAGE sql STABLE AS $$
        SELECT NULLIF(current_setting('brug.organisation_id', true), '')::uuid $$`);
    await queryRunner.query(`CREATE FUNCTION brug_now() RETURNS timestamptz LANGUAGE sql STABLE AS $$
        SELECT COALESCE(NULLIF(current_setting('brug.now', true), '')::timestamptz, now()) $$`);
    // Runs with the caller's rights, so the consents policy below applies inside it too.
    await queryRunner.query(`CREATE FUNCTION brug_has_live_consent(client uuid, section text) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT EXISTS (
          SELECT 1 FROM consents c
           WHERE c.client_id = client AND c.grantee_organisation_id = brug_org()
             AND c.revoked_at IS NULL AND c.valid_from <= brug_now() AND c.valid_until > brug_now()
             AND (section IS NULL OR section = ANY (c.scopes))) $$`);

    for (const table of ['clients', 'client_sections', 'consents', 'client_events', 'audit_entries']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    }

    await queryRunner.query(`CREATE POLICY clients_visible ON clients FOR SELECT
        USING (owner_organisation_id = brug_org() OR brug_has_live_consent(id, NULL))`);
    await queryRunner.query(`CREATE POLICY clients_insert ON clients FOR INSERT WITH CHECK (owner_organisation_id = brug_org())`);
    // A consented organisation updating a section also marks the client as active.
    await queryRunner.query(`CREATE POLICY clients_update ON clients FOR UPDATE
        USING (owner_organisation_id = brug_org() OR brug_has_live_consent(id, NULL))`);
    await queryRunner.query(`CREATE POLICY clients_delete ON clients FOR DELETE USING (owner_organisation_id = brug_org())`);

    await queryRunner.query(`CREATE POLICY sections_access ON client_sections FOR ALL
        USING (owner_organisation_id = brug_org() OR brug_has_live_consent(client_id, scope))
        WITH CHECK (owner_organisation_id = brug_org() OR brug_has_live_consent(client_id, scope))`);

    await queryRunner.query(`CREATE POLICY consents_visible ON consents FOR SELECT
        USING (owner_organisation_id = brug_org() OR grantee_organisation_id = brug_org())`);
    await queryRunner.query(`CREATE POLICY consents_insert ON consents FOR INSERT WITH CHECK (owner_organisation_id = brug_org())`);
    await queryRunner.query(`CREATE POLICY consents_update ON consents FOR UPDATE USING (owner_organisation_id = brug_org())`);

    await queryRunner.query(`CREATE POLICY events_visible ON client_events FOR SELECT
        USING (owner_organisation_id = brug_org() OR organisation_id = brug_org() OR brug_has_live_consent(client_id, scope))`);
    await queryRunner.query(`CREATE POLICY events_insert ON client_events FOR INSERT
        WITH CHECK (organisation_id IS NULL OR organisation_id = brug_org())`);

    // The trail is read by the owning organisation only; anyone acting writes their own entries.
    await queryRunner.query(`CREATE POLICY audit_visible ON audit_entries FOR SELECT
        USING (EXISTS (SELECT 1 FROM clients c WHERE c.id = audit_entries.client_id AND c.owner_organisation_id = brug_org()))`);
    await queryRunner.query(`CREATE POLICY audit_insert ON audit_entries FOR INSERT
        WITH CHECK (actor_organisation_id IS NOT DISTINCT FROM brug_org())`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [policy, table] of [
      ['audit_insert', 'audit_entries'],
      ['audit_visible', 'audit_entries'],
      ['events_insert', 'client_events'],
      ['events_visible', 'client_events'],
      ['consents_update', 'consents'],
      ['consents_insert', 'consents'],
      ['consents_visible', 'consents'],
      ['sections_access', 'client_sections'],
      ['clients_delete', 'clients'],
      ['clients_update', 'clients'],
      ['clients_insert', 'clients'],
      ['clients_visible', 'clients'],
    ]) {
      await queryRunner.query(`DROP POLICY ${policy} ON "${table}"`);
    }
    for (const table of ['clients', 'client_sections', 'consents', 'client_events', 'audit_entries']) {
      await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`DROP FUNCTION brug_has_live_consent(uuid, text)`);
    await queryRunner.query(`DROP FUNCTION brug_now()`);
    await queryRunner.query(`DROP FUNCTION brug_org()`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM brug_app`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM brug_app`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM brug_app`);
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM brug_app`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM brug_app`);
  }
}
