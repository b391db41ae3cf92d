import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "This consent is live now" is written once in SQL: `brug_consent_is_live`, an immutable SQL
 * function the planner inlines (so it costs nothing per row and indexes still apply). Row-level
 * security, the database functions and the API's own queries (api/src/access) all use it; its
 * TypeScript twin is `isConsentLive` in api/src/access/live-consent.ts.
 */
export class OneLiveConsentRule1796300000000 implements MigrationInterface {
  name = 'OneLiveConsentRule1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION brug_consent_is_live(revoked_at timestamptz, valid_from timestamptz, valid_until timestamptz, at timestamptz)
        RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT revoked_at IS NULL AND valid_from <= at AND valid_until > at $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION brug_has_live_consent(client uuid, section text) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT EXISTS (
          SELECT 1 FROM consents c
           WHERE c.client_id = client AND c.grantee_organisation_id = brug_org()
             AND brug_consent_is_live(c.revoked_at, c.valid_from, c.valid_until, brug_now())
             AND (section IS NULL OR section = ANY (c.scopes))) $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION brug_client_followers(client uuid) RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        WITH followers AS (
          SELECT c.owner_organisation_id AS organisation_id FROM clients c WHERE c.id = client
          UNION
          SELECT k.grantee_organisation_id FROM consents k
           WHERE k.client_id = client AND brug_consent_is_live(k.revoked_at, k.valid_from, k.valid_until, brug_now()))
        SELECT organisation_id FROM followers
         WHERE brug_org() IN (SELECT organisation_id FROM followers) $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION brug_org_may_see_client(client uuid, org uuid, at timestamptz) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT EXISTS (SELECT 1 FROM clients c WHERE c.id = client AND (c.owner_organisation_id = brug_org() OR EXISTS (
                 SELECT 1 FROM consents k WHERE k.client_id = client AND k.grantee_organisation_id = brug_org()
                    AND brug_consent_is_live(k.revoked_at, k.valid_from, k.valid_until, at))))
           AND (EXISTS (SELECT 1 FROM clients c WHERE c.id = client AND c.owner_organisation_id = org)
                OR EXISTS (SELECT 1 FROM consents k WHERE k.client_id = client AND k.grantee_organisation_id = org
                    AND brug_consent_is_live(k.revoked_at, k.valid_from, k.valid_until, at))) $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION brug_has_live_consent(client uuid, section text) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT EXISTS (
          SELECT 1 FROM consents c
           WHERE c.client_id = client AND c.grantee_organisation_id = brug_org()
             AND c.revoked_at IS NULL AND c.valid_from <= brug_now() AND c.valid_until > brug_now()
             AND (section IS NULL OR section = ANY (c.scopes))) $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION brug_client_followers(client uuid) RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        WITH followers AS (
          SELECT c.owner_organisation_id AS organisation_id FROM clients c WHERE c.id = client
          UNION
          SELECT k.grantee_organisation_id FROM consents k
           WHERE k.client_id = client AND k.revoked_at IS NULL AND k.valid_from <= brug_now() AND k.valid_until > brug_now())
        SELECT organisation_id FROM followers
         WHERE brug_org() IN (SELECT organisation_id FROM followers) $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION brug_org_may_see_client(client uuid, org uuid, at timestamptz) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT EXISTS (SELECT 1 FROM clients c WHERE c.id = client AND (c.owner_organisation_id = brug_org() OR EXISTS (
                 SELECT 1 FROM consents k WHERE k.client_id = client AND k.grantee_organisation_id = brug_org()
                    AND k.revoked_at IS NULL AND k.valid_from <= at AND k.valid_until > at)))
           AND (EXISTS (SELECT 1 FROM clients c WHERE c.id = client AND c.owner_organisation_id = org)
                OR EXISTS (SELECT 1 FROM consents k WHERE k.client_id = client AND k.grantee_organisation_id = org
                    AND k.revoked_at IS NULL AND k.valid_from <= at AND k.valid_until > at)) $$`);
    await queryRunner.query(`DROP FUNCTION brug_consent_is_live(timestamptz, timestamptz, timestamptz, timestamptz)`);
  }
}
