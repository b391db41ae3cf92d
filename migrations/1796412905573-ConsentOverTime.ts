import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consent over time: "ends within 30 days" notices, once per consent, sent by Brug itself (the
 * system, `brug.system`), which for that reads the terms of live consents (organisations and
 * dates) and marks them as told. A notice may now be about a consent instead of a referral.
 */
export class ConsentOverTime1796412905573 implements MigrationInterface {
  name = 'ConsentOverTime1796412905573';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consents" ADD "ending_notice_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "consent_id" uuid`);
    await queryRunner.query(`CREATE POLICY consents_system_reminders ON consents FOR SELECT USING (brug_system())`);
    await queryRunner.query(`CREATE POLICY consents_system_reminders_mark ON consents FOR UPDATE USING (brug_system()) WITH CHECK (brug_system())`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY consents_system_reminders_mark ON consents`);
    await queryRunner.query(`DROP POLICY consents_system_reminders ON consents`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "consent_id"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP COLUMN "ending_notice_at"`);
  }
}
