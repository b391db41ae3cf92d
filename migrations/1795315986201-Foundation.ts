import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795315986201 implements MigrationInterface {
  name = 'Foundation1795315986201';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_entries" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "request_id" text NOT NULL, "actor_user_id" uuid, "actor_name" text NOT NULL, "actor_organisation_id" uuid, "actor_organisation_name" text, "client_id" uuid, "scopes" text array NOT NULL DEFAULT '{}', "operation" text NOT NULL, "action" text NOT NULL, "consent_id" uuid, CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0f3ffdfd3d6381c2afe52cfec2" ON "audit_entries"  ("client_id", "at") `);
    await queryRunner.query(
      `CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "alternate_name" text, "description" text NOT NULL DEFAULT '', "email" text, "phone" text, "website" text, "country" text NOT NULL, "city" text NOT NULL DEFAULT '', "status" text NOT NULL DEFAULT 'ACTIVE', "require_two_factor" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "locale" text NOT NULL DEFAULT 'nl', "network_role" text, "disabled" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "role" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_55c59139e9136eb9a76ed30c6d" ON "memberships"  ("organisation_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4aa9948db96ef67c47d2968a12" ON "memberships"  ("user_id", "organisation_id") `);
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "user_id" uuid NOT NULL, "active_organisation_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_abaa9e068cdd390bc5210f7988" ON "sessions"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_085d540d9f418cfbdc7bd55bb1" ON "sessions"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "locations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" text NOT NULL, "address_line" text NOT NULL DEFAULT '', "postal_code" text NOT NULL DEFAULT '', "city" text NOT NULL, "region" text NOT NULL, "country" text NOT NULL, "visibility" text NOT NULL DEFAULT 'PUBLIC', "latitude" double precision, "longitude" double precision, CONSTRAINT "PK_7cc1c9e3853b94816c094825e74" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_5cbec1d5397896ed7253a6b554" ON "locations"  ("organisation_id") `);
    await queryRunner.query(
      `CREATE TABLE "services" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" text NOT NULL, "alternate_name" text, "description" text NOT NULL DEFAULT '', "categories" text array NOT NULL DEFAULT '{}', "target_groups" text array NOT NULL DEFAULT '{}', "languages" text array NOT NULL DEFAULT '{}', "service_areas" text array NOT NULL DEFAULT '{}', "minimum_age" integer, "maximum_age" integer, "eligibility" text NOT NULL DEFAULT '', "fees" text NOT NULL DEFAULT '', "application_process" text NOT NULL DEFAULT '', "anonymous_access" boolean NOT NULL DEFAULT false, "schedule" text NOT NULL DEFAULT '', "contact_name" text, "contact_phone" text, "contact_email" text, "website" text, "capacity_status" text NOT NULL DEFAULT 'AVAILABLE', "waiting_days" integer, "status" text NOT NULL DEFAULT 'ACTIVE', "last_confirmed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ba2d347a3168a296416c6c5ccb2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_2199430211a2a598d372a392e7" ON "services"  ("organisation_id") `);
    await queryRunner.query(
      `CREATE TABLE "service_locations" ("service_id" uuid NOT NULL, "location_id" uuid NOT NULL, CONSTRAINT "PK_7abd748b24e6c889c1b2fa4376c" PRIMARY KEY ("service_id", "location_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_3e6e0aabd1e5ed67f7a5465aab" ON "service_locations"  ("service_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_df874c5c3a8f3b42d1ce2f9f4e" ON "service_locations"  ("location_id") `);
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_55c59139e9136eb9a76ed30c6dc" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "locations" ADD CONSTRAINT "FK_5cbec1d5397896ed7253a6b554a" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services" ADD CONSTRAINT "FK_2199430211a2a598d372a392e75" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_locations" ADD CONSTRAINT "FK_3e6e0aabd1e5ed67f7a5465aab8" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_locations" ADD CONSTRAINT "FK_df874c5c3a8f3b42d1ce2f9f4e0" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    // The audit trail is append-only: the database itself refuses to change or remove entries.
    await queryRunner.query(`CREATE FUNCTION brug_refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit entries are append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON "audit_entries" FOR EACH ROW EXECUTE FUNCTION brug_refuse_audit_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON "audit_entries" FOR EACH STATEMENT EXECUTE FUNCTION brug_refuse_audit_change()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_entries_no_truncate ON "audit_entries"`);
    await queryRunner.query(`DROP TRIGGER audit_entries_append_only ON "audit_entries"`);
    await queryRunner.query(`DROP FUNCTION brug_refuse_audit_change()`);
    await queryRunner.query(`ALTER TABLE "service_locations" DROP CONSTRAINT "FK_df874c5c3a8f3b42d1ce2f9f4e0"`);
    await queryRunner.query(`ALTER TABLE "service_locations" DROP CONSTRAINT "FK_3e6e0aabd1e5ed67f7a5465aab8"`);
    await queryRunner.query(`ALTER TABLE "services" DROP CONSTRAINT "FK_2199430211a2a598d372a392e75"`);
    await queryRunner.query(`ALTER TABLE "locations" DROP CONSTRAINT "FK_5cbec1d5397896ed7253a6b554a"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_55c59139e9136eb9a76ed30c6dc"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_df874c5c3a8f3b42d1ce2f9f4e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3e6e0aabd1e5ed67f7a5465aab"`);
    await queryRunner.query(`DROP TABLE "service_locations"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2199430211a2a598d372a392e7"`);
    await queryRunner.query(`DROP TABLE "services"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5cbec1d5397896ed7253a6b554"`);
    await queryRunner.query(`DROP TABLE "locations"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_085d540d9f418cfbdc7bd55bb1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_abaa9e068cdd390bc5210f7988"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4aa9948db96ef67c47d2968a12"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_55c59139e9136eb9a76ed30c6d"`);
    await queryRunner.query(`DROP TABLE "memberships"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0f3ffdfd3d6381c2afe52cfec2"`);
    await queryRunner.query(`DROP TABLE "audit_entries"`);
  }
}
