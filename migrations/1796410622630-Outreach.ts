import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outreach sessions and the organisation's own outreach lists. No column names or links to a
 * client. Row-level security: an organisation's rows are its own (brug_org()); network
 * aggregates go through brug.system inside a SECURITY DEFINER function, like
 * brug_referral_statistics().
 */
export class Outreach1796410622630 implements MigrationInterface {
  name = 'Outreach1796410622630';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outreach_material_kinds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" text NOT NULL, "archived" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_be5535175636f69fc548a80eee1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3096be2dcfc3e79fb64d9612f0" ON "outreach_material_kinds"  ("organisation_id", "name") `);
    await queryRunner.query(
      `CREATE TABLE "outreach_places" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "region" text NOT NULL, "archived" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c0cc01d2b4f7e970a6b727cbcb2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4bd11f47753f980a08afe1ef21" ON "outreach_places"  ("organisation_id", "name") `);
    await queryRunner.query(
      `CREATE TABLE "outreach_sessions" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "place_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "colleague_user_ids" uuid array NOT NULL DEFAULT '{}', "peer_workers" integer NOT NULL DEFAULT '0', "experience_experts" integer NOT NULL DEFAULT '0', "contacts_total" integer NOT NULL, "contacts_new" integer NOT NULL, "languages" text array NOT NULL DEFAULT '{}', "topics" text array NOT NULL DEFAULT '{}', "signals" text, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_by_user_id" uuid, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "outreach_sessions_contacts" CHECK ("contacts_new" >= 0 AND "contacts_new" <= "contacts_total"), CONSTRAINT "outreach_sessions_span" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_85b22180a29b5560fe9e0fb5d36" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bf4f318d837924bea7de654c72" ON "outreach_sessions"  ("organisation_id", "starts_at") `);
    await queryRunner.query(
      `CREATE TABLE "outreach_session_materials" ("session_id" uuid NOT NULL, "material_kind_id" uuid NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_9c8e362d664018f7d96fa72fe96" PRIMARY KEY ("session_id", "material_kind_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "outreach_session_referrals" ("session_id" uuid NOT NULL, "category" text NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_e0a19778c3a0bcded9893daac10" PRIMARY KEY ("session_id", "category"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "outreach_material_kinds" ADD CONSTRAINT "FK_da557af4ba189062d362858c3a0" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outreach_places" ADD CONSTRAINT "FK_99f4808ab645a418bbe1e4e713c" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outreach_sessions" ADD CONSTRAINT "FK_7165e898ab1e7b412e15e1e98c5" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outreach_sessions" ADD CONSTRAINT "FK_4eb11120d3593081ea789676c3f" FOREIGN KEY ("place_id") REFERENCES "outreach_places"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outreach_session_materials" ADD CONSTRAINT "FK_7538fec8a05093b37c6f6e61d01" FOREIGN KEY ("session_id") REFERENCES "outreach_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outreach_session_materials" ADD CONSTRAINT "FK_5cc6bd8ef2dfa76c04f2beef228" FOREIGN KEY ("material_kind_id") REFERENCES "outreach_material_kinds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outreach_session_referrals" ADD CONSTRAINT "FK_0b303994b31992976bf428d3c61" FOREIGN KEY ("session_id") REFERENCES "outreach_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    for (const table of ['outreach_places', 'outreach_material_kinds', 'outreach_sessions', 'outreach_session_materials', 'outreach_session_referrals']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    }
    for (const table of ['outreach_places', 'outreach_material_kinds', 'outreach_sessions']) {
      await queryRunner.query(`CREATE POLICY ${table}_own ON ${table} FOR ALL
          USING (brug_system() OR organisation_id = brug_org()) WITH CHECK (organisation_id = brug_org())`);
    }
    for (const table of ['outreach_session_materials', 'outreach_session_referrals']) {
      await queryRunner.query(`CREATE POLICY ${table}_own ON ${table} FOR ALL
          USING (EXISTS (SELECT 1 FROM outreach_sessions s WHERE s.id = ${table}.session_id))
          WITH CHECK (EXISTS (SELECT 1 FROM outreach_sessions s WHERE s.id = ${table}.session_id))`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['outreach_places', 'outreach_material_kinds', 'outreach_sessions', 'outreach_session_materials', 'outreach_session_referrals']) {
      await queryRunner.query(`DROP POLICY ${table}_own ON ${table}`);
    }
    await queryRunner.query(`ALTER TABLE "outreach_session_referrals" DROP CONSTRAINT "FK_0b303994b31992976bf428d3c61"`);
    await queryRunner.query(`ALTER TABLE "outreach_session_materials" DROP CONSTRAINT "FK_5cc6bd8ef2dfa76c04f2beef228"`);
    await queryRunner.query(`ALTER TABLE "outreach_session_materials" DROP CONSTRAINT "FK_7538fec8a05093b37c6f6e61d01"`);
    await queryRunner.query(`ALTER TABLE "outreach_sessions" DROP CONSTRAINT "FK_4eb11120d3593081ea789676c3f"`);
    await queryRunner.query(`ALTER TABLE "outreach_sessions" DROP CONSTRAINT "FK_7165e898ab1e7b412e15e1e98c5"`);
    await queryRunner.query(`ALTER TABLE "outreach_places" DROP CONSTRAINT "FK_99f4808ab645a418bbe1e4e713c"`);
    await queryRunner.query(`ALTER TABLE "outreach_material_kinds" DROP CONSTRAINT "FK_da557af4ba189062d362858c3a0"`);
    await queryRunner.query(`DROP TABLE "outreach_session_referrals"`);
    await queryRunner.query(`DROP TABLE "outreach_session_materials"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bf4f318d837924bea7de654c72"`);
    await queryRunner.query(`DROP TABLE "outreach_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4bd11f47753f980a08afe1ef21"`);
    await queryRunner.query(`DROP TABLE "outreach_places"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3096be2dcfc3e79fb64d9612f0"`);
    await queryRunner.query(`DROP TABLE "outreach_material_kinds"`);
  }
}
