import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail notices of new referrals: the users' opt-in and quiet hours, and the outbox the API's
 * timer drains as the system. A worker's request may only add a row for a referral it sees (in
 * the same transaction as the in-app notice); only the system reads or marks rows.
 */
export class EmailNotices1796415981682 implements MigrationInterface {
  name = 'EmailNotices1796415981682';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "email_notices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" text NOT NULL, "referral_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "sent_at" TIMESTAMP WITH TIME ZONE, "gave_up_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f7c4c41dabe54ee97aa2b458dad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ee0e0f2c3324b4bbd9d05052e6" ON "email_notices"  ("next_attempt_at") WHERE sent_at IS NULL AND gave_up_at IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "email_notices" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "email_notices" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY email_notices_insert ON email_notices FOR INSERT
        WITH CHECK (brug_system() OR EXISTS (SELECT 1 FROM referrals r WHERE r.id = email_notices.referral_id))`);
    await queryRunner.query(`CREATE POLICY email_notices_system ON email_notices FOR SELECT USING (brug_system())`);
    await queryRunner.query(`CREATE POLICY email_notices_system_update ON email_notices FOR UPDATE USING (brug_system()) WITH CHECK (brug_system())`);
    await queryRunner.query(`ALTER TABLE "users" ADD "email_notices" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "users" ADD "quiet_hours_start" integer`);
    await queryRunner.query(`ALTER TABLE "users" ADD "quiet_hours_end" integer`);
    await queryRunner.query(`ALTER TABLE "users" ADD "time_zone" text NOT NULL DEFAULT 'Europe/Brussels'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "time_zone"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "quiet_hours_end"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "quiet_hours_start"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email_notices"`);
    await queryRunner.query(`DROP POLICY email_notices_system_update ON email_notices`);
    await queryRunner.query(`DROP POLICY email_notices_system ON email_notices`);
    await queryRunner.query(`DROP POLICY email_notices_insert ON email_notices`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ee0e0f2c3324b4bbd9d05052e6"`);
    await queryRunner.query(`DROP TABLE "email_notices"`);
  }
}
