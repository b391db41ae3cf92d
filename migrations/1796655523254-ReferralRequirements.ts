import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a service asks of every referral (yes/no questions, documents): map data, under no
 * row-level security like the services themselves. The answers are kept on the referral itself
 * (a snapshot with the texts as asked), so the referrals' policies cover them.
 */
export class ReferralRequirements1796655523254 implements MigrationInterface {
  name = 'ReferralRequirements1796655523254';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "service_requirements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "service_id" uuid NOT NULL, "position" integer NOT NULL, "kind" text NOT NULL, "text" text NOT NULL, "not_eligible_when_no" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_5d6f6566d1a716de412a78697f6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b0558a5569ed1572a3cbf33527" ON "service_requirements"  ("service_id", "position") `);
    await queryRunner.query(`ALTER TABLE "referrals" ADD "requirement_answers" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(
      `ALTER TABLE "service_requirements" ADD CONSTRAINT "FK_469d535e7ec387ddedf28a8ac26" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_requirements" DROP CONSTRAINT "FK_469d535e7ec387ddedf28a8ac26"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP COLUMN "requirement_answers"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b0558a5569ed1572a3cbf33527"`);
    await queryRunner.query(`DROP TABLE "service_requirements"`);
  }
}
