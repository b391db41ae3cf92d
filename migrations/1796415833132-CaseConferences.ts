import { MigrationInterface, QueryRunner } from 'typeorm';
import { TRANSFER_FUNCTION } from './shared/transfer-function';

/**
 * Case conferences (part of the plan: LIFE_DOMAINS, row-level security like the goals), the
 * action a conference decided, and the case transfer moving conferences along with the record.
 */
export class CaseConferences1796415833132 implements MigrationInterface {
  name = 'CaseConferences1796415833132';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_conferences" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid NOT NULL, "owner_organisation_id" uuid NOT NULL, "organiser_organisation_id" uuid NOT NULL, "organiser_organisation_name" text NOT NULL, "planned_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" text NOT NULL DEFAULT '', "agenda" text NOT NULL, "invited_organisation_ids" uuid array NOT NULL, "attended_organisation_ids" uuid array NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'PLANNED', "minutes" text, "created_by_name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7b4b1afe022776951ecf639a244" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7622b24ef9e2fe8ea6cfe87a17" ON "case_conferences"  ("client_id", "planned_at") `);
    await queryRunner.query(`ALTER TABLE "care_plan_actions" ADD "conference_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "case_conferences" ADD CONSTRAINT "FK_3629506f67c06a68267b4ef84ef" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await queryRunner.query(`ALTER TABLE "case_conferences" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "case_conferences" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY case_conferences_access ON case_conferences FOR ALL
        USING (owner_organisation_id = brug_org() OR brug_has_live_consent(client_id, 'LIFE_DOMAINS'))
        WITH CHECK (owner_organisation_id = brug_org() OR brug_has_live_consent(client_id, 'LIFE_DOMAINS'))`);
    await queryRunner.query(TRANSFER_FUNCTION.sql([...TRANSFER_FUNCTION.tablesBefore1796414, 'case_conferences']));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(TRANSFER_FUNCTION.sql(TRANSFER_FUNCTION.tablesBefore1796414));
    await queryRunner.query(`DROP POLICY case_conferences_access ON case_conferences`);
    await queryRunner.query(`ALTER TABLE "case_conferences" DROP CONSTRAINT "FK_3629506f67c06a68267b4ef84ef"`);
    await queryRunner.query(`ALTER TABLE "care_plan_actions" DROP COLUMN "conference_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7622b24ef9e2fe8ea6cfe87a17"`);
    await queryRunner.query(`DROP TABLE "case_conferences"`);
  }
}
