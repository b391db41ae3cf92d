import { MigrationInterface, QueryRunner } from 'typeorm';

export class ServiceMapAndInvitations1795316818039 implements MigrationInterface {
  name = 'ServiceMapAndInvitations1795316818039';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Folds text for search the way search-text.ts `fold` does: lower case, accents dropped
    // (no unaccent extension needed). IMMUTABLE, so it can be used in an index later.
    await queryRunner.query(`CREATE FUNCTION brug_fold(input text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT lower(translate(input,
        'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŠšŽžČčĆćŁłŃńŚśŹźŻżĂăȘșȚțŞşĞğİı',
        'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsZzCcCcLlNnSsZzZzAaSsTtSsGgIi'))
    $$`);
    await queryRunner.query(
      `CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "role" text NOT NULL, "email" text, "display_name" text, "code_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by_user_id" uuid, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_user_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_db8eb6da8f383cb3443217d853" ON "invitations"  ("organisation_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3eed502b8bf2cd7805e77353c6" ON "invitations"  ("code_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_767094fbbbbface66ab5f80533" ON "services"  ("name", "id") `);
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_db8eb6da8f383cb3443217d8536" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_db8eb6da8f383cb3443217d8536"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_767094fbbbbface66ab5f80533"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3eed502b8bf2cd7805e77353c6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_db8eb6da8f383cb3443217d853"`);
    await queryRunner.query(`DROP TABLE "invitations"`);
    await queryRunner.query(`DROP FUNCTION brug_fold(text)`);
  }
}
