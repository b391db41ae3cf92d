import { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientsAndConsent1795316261180 implements MigrationInterface {
  name = 'ClientsAndConsent1795316261180';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "clients" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "pseudonym" text NOT NULL, "owner_organisation_id" uuid NOT NULL, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "erased_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f1ab7cf3a5714dbc6bb4e1c28a4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f97a54d9d0c3301ecd380eb722" ON "clients"  ("owner_organisation_id") `);
    await queryRunner.query(
      `CREATE TABLE "client_sections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid NOT NULL, "owner_organisation_id" uuid NOT NULL, "scope" text NOT NULL, "data" jsonb NOT NULL DEFAULT '{}', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_user_id" uuid, "updated_by_name" text NOT NULL DEFAULT '', "updated_by_organisation_id" uuid, "updated_by_organisation_name" text NOT NULL DEFAULT '', CONSTRAINT "PK_2f3cd98819920388f0772d24880" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4b9996adaee3b39456959d7719" ON "client_sections"  ("client_id", "scope") `);
    await queryRunner.query(
      `CREATE TABLE "consents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid NOT NULL, "owner_organisation_id" uuid NOT NULL, "grantee_organisation_id" uuid NOT NULL, "scopes" text array NOT NULL, "purpose" text NOT NULL, "method" text NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_until" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by_user_id" uuid, "recorded_by_name" text NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by_user_id" uuid, "revoked_by_name" text, "revocation_reason" text, CONSTRAINT "PK_9efc68eb6aba7d638fb6ea034dd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_618e4fb7c4dc5b95a223cc9866" ON "consents"  ("client_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_fa828fcf598df9fb52a46e6ad3" ON "consents"  ("grantee_organisation_id", "client_id") `);
    await queryRunner.query(
      `CREATE TABLE "client_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "client_id" uuid NOT NULL, "owner_organisation_id" uuid NOT NULL, "organisation_id" uuid, "organisation_name" text NOT NULL DEFAULT '', "actor_user_id" uuid, "actor_name" text NOT NULL DEFAULT '', "kind" text NOT NULL, "scope" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "summary" jsonb NOT NULL DEFAULT '{}', "subject_type" text, "subject_id" uuid, CONSTRAINT "PK_c5e135e63fe0ed87cc63337843c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_57c6d7222ec457f70028f76bbe" ON "client_events"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_38b5274603e7cf2d506674ad5a" ON "client_events"  ("client_id", "occurred_at", "id") `);
    await queryRunner.query(
      `ALTER TABLE "clients" ADD CONSTRAINT "FK_f97a54d9d0c3301ecd380eb722d" FOREIGN KEY ("owner_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_sections" ADD CONSTRAINT "FK_6c508b93ff83d4d431c14cdb833" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consents" ADD CONSTRAINT "FK_618e4fb7c4dc5b95a223cc9866c" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consents" ADD CONSTRAINT "FK_a21e76fae4b16fcecc5f7489d98" FOREIGN KEY ("grantee_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_events" ADD CONSTRAINT "FK_36fcda951e5e6f3a15d6c83f136" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "client_events" DROP CONSTRAINT "FK_36fcda951e5e6f3a15d6c83f136"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "FK_a21e76fae4b16fcecc5f7489d98"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "FK_618e4fb7c4dc5b95a223cc9866c"`);
    await queryRunner.query(`ALTER TABLE "client_sections" DROP CONSTRAINT "FK_6c508b93ff83d4d431c14cdb833"`);
    await queryRunner.query(`ALTER TABLE "clients" DROP CONSTRAINT "FK_f97a54d9d0c3301ecd380eb722d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_38b5274603e7cf2d506674ad5a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_57c6d7222ec457f70028f76bbe"`);
    await queryRunner.query(`DROP TABLE "client_events"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fa828fcf598df9fb52a46e6ad3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_618e4fb7c4dc5b95a223cc9866"`);
    await queryRunner.query(`DROP TABLE "consents"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4b9996adaee3b39456959d7719"`);
    await queryRunner.query(`DROP TABLE "client_sections"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f97a54d9d0c3301ecd380eb722"`);
    await queryRunner.query(`DROP TABLE "clients"`);
  }
}
