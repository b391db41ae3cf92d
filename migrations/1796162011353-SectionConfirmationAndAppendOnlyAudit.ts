import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who last confirmed each section (the shared intake), and an audit trail refused UPDATE and
 * DELETE at statement level too, for every role, the table owner included (brug_app has no
 * such grant in the first place; TRUNCATE is refused by the foundation's trigger).
 */
export class SectionConfirmationAndAppendOnlyAudit1796162011353 implements MigrationInterface {
  name = 'SectionConfirmationAndAppendOnlyAudit1796162011353';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "client_sections" ADD "confirmed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "client_sections" ADD "confirmed_by_user_id" uuid`);
    await queryRunner.query(`ALTER TABLE "client_sections" ADD "confirmed_by_name" text`);
    await queryRunner.query(`ALTER TABLE "client_sections" ADD "confirmed_by_organisation_id" uuid`);
    await queryRunner.query(`ALTER TABLE "client_sections" ADD "confirmed_by_organisation_name" text`);

    // The foundation's row-level trigger lets a statement that matches no row pass silently
    // (`DELETE FROM audit_entries WHERE ...` probing, an UPDATE on an empty table); this one
    // refuses the statement itself, whatever it matches.
    await queryRunner.query(`CREATE TRIGGER audit_entries_refuse_statements BEFORE UPDATE OR DELETE ON "audit_entries"
        FOR EACH STATEMENT EXECUTE FUNCTION brug_refuse_audit_change()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_entries_refuse_statements ON "audit_entries"`);
    await queryRunner.query(`ALTER TABLE "client_sections" DROP COLUMN "confirmed_by_organisation_name"`);
    await queryRunner.query(`ALTER TABLE "client_sections" DROP COLUMN "confirmed_by_organisation_id"`);
    await queryRunner.query(`ALTER TABLE "client_sections" DROP COLUMN "confirmed_by_name"`);
    await queryRunner.query(`ALTER TABLE "client_sections" DROP COLUMN "confirmed_by_user_id"`);
    await queryRunner.query(`ALTER TABLE "client_sections" DROP COLUMN "confirmed_at"`);
  }
}
