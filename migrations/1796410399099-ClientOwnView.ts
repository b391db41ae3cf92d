import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The client's own view: one-time codes (hashes only) and the short sessions they open, a
 * consent's "withdrawn by the client", and row-level security for a client-view session
 * (`brug.client_id`, set per transaction like `brug.organisation_id`): it reads its own client's
 * consents and audit trail and withdraws a consent (which marks the client active and cancels
 * the open referrals to that organisation, as a worker's revocation does), nothing else.
 */
export class ClientOwnView1796410399099 implements MigrationInterface {
  name = 'ClientOwnView1796410399099';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "client_view_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid NOT NULL, "owner_organisation_id" uuid NOT NULL, "code_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by_user_id" uuid, "created_by_name" text NOT NULL, "redeem_by" TIMESTAMP WITH TIME ZONE NOT NULL, "redeemed_at" TIMESTAMP WITH TIME ZONE, "session_token_hash" text, "session_ends_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by_name" text, CONSTRAINT "PK_client_view_codes_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c87f35f981f3019824942b87e5" ON "client_view_codes" ("client_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_68b2d270c532b4e7373a4cfa41" ON "client_view_codes" ("code_hash") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_3d22eed5d4d3919d18ccd574b0" ON "client_view_codes" ("session_token_hash") WHERE session_token_hash IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_view_codes" ADD CONSTRAINT "FK_c87f35f981f3019824942b87e59" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "consents" ADD "revoked_by_client" boolean NOT NULL DEFAULT false`);

    await queryRunner.query(`CREATE FUNCTION brug_client_session() RETURNS uuid LANGUAGE sql STABLE AS $$
        SELECT NULLIF(current_setting('brug.client_id', true), '')::uuid $$`);
    await queryRunner.query(`CREATE POLICY consents_client_session ON consents FOR SELECT USING (client_id = brug_client_session())`);
    await queryRunner.query(`CREATE POLICY consents_client_session_revoke ON consents FOR UPDATE USING (client_id = brug_client_session())`);
    await queryRunner.query(`CREATE POLICY audit_client_session ON audit_entries FOR SELECT USING (client_id = brug_client_session())`);
    await queryRunner.query(`CREATE POLICY clients_client_session_touch ON clients FOR UPDATE USING (id = brug_client_session())`);
    // UPDATE needs the row visible to SELECT as well; the API reads no client row as the client.
    await queryRunner.query(`CREATE POLICY clients_client_session ON clients FOR SELECT USING (id = brug_client_session())`);
    await queryRunner.query(`CREATE POLICY referrals_client_session ON referrals FOR ALL
        USING (client_id = brug_client_session()) WITH CHECK (client_id = brug_client_session())`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [policy, table] of [
      ['referrals_client_session', 'referrals'],
      ['clients_client_session', 'clients'],
      ['clients_client_session_touch', 'clients'],
      ['audit_client_session', 'audit_entries'],
      ['consents_client_session_revoke', 'consents'],
      ['consents_client_session', 'consents'],
    ]) {
      await queryRunner.query(`DROP POLICY ${policy} ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION brug_client_session()`);
    await queryRunner.query(`ALTER TABLE "consents" DROP COLUMN "revoked_by_client"`);
    await queryRunner.query(`DROP TABLE "client_view_codes"`);
  }
}
