import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A referral's messages carry their client's id, so the thread is client data of that client:
 * answered only while the reader may see the client (api/src/access/client-data.ts), like the
 * referral's reason and introduction.
 */
export class ReferralMessageClient1796300000001 implements MigrationInterface {
  name = 'ReferralMessageClient1796300000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "referral_messages" ADD "client_id" uuid`);
    // As the system (row-level security lets it see every referral), within this migration's transaction only.
    await queryRunner.query(`SELECT set_config('brug.system', 'on', true)`);
    await queryRunner.query(`UPDATE "referral_messages" m SET "client_id" = r."client_id" FROM "referrals" r WHERE r."id" = m."referral_id"`);
    await queryRunner.query(`ALTER TABLE "referral_messages" ALTER COLUMN "client_id" SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_78af73af78f3117b30eaf2265e" ON "referral_messages" ("client_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_78af73af78f3117b30eaf2265e"`);
    await queryRunner.query(`ALTER TABLE "referral_messages" DROP COLUMN "client_id"`);
  }
}
