import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents attached to a client, encrypted by the API (AES-256-GCM, a key per file wrapped by
 * BRUG_SECRET_KEY): the database only ever holds ciphertext. Row-level security as for the
 * sections: the owner, or a live consent naming the document's section, may read it; only the
 * owner attaches; the owner removes them when the client is erased. A WRITTEN consent can point
 * to its signed form.
 */
export class ClientDocuments1796414557362 implements MigrationInterface {
  name = 'ClientDocuments1796414557362';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "client_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid NOT NULL, "owner_organisation_id" uuid NOT NULL, "scope" text NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "mime_type" text NOT NULL, "size_bytes" integer NOT NULL, "ciphertext" bytea NOT NULL, "iv" bytea NOT NULL, "auth_tag" bytea NOT NULL, "wrapped_key" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by_user_id" uuid, "created_by_name" text NOT NULL, "created_by_organisation_name" text, CONSTRAINT "PK_783c5526a1962035adec4101c91" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_98bfd92a25d310893301359249" ON "client_documents"  ("client_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "client_documents" ADD CONSTRAINT "FK_15a8218b7e8e9fbe7a95ad0843b" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "consents" ADD "signed_form_document_id" uuid`);
    await queryRunner.query(`ALTER TABLE "client_documents" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "client_documents" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY documents_visible ON client_documents FOR SELECT
        USING (owner_organisation_id = brug_org() OR brug_has_live_consent(client_id, scope))`);
    await queryRunner.query(`CREATE POLICY documents_insert ON client_documents FOR INSERT WITH CHECK (owner_organisation_id = brug_org())`);
    await queryRunner.query(`CREATE POLICY documents_erase ON client_documents FOR DELETE USING (owner_organisation_id = brug_org())`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const policy of ['documents_erase', 'documents_insert', 'documents_visible']) await queryRunner.query(`DROP POLICY ${policy} ON "client_documents"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP COLUMN "signed_form_document_id"`);
    await queryRunner.query(`ALTER TABLE "client_documents" DROP CONSTRAINT "FK_15a8218b7e8e9fbe7a95ad0843b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_98bfd92a25d310893301359249"`);
    await queryRunner.query(`DROP TABLE "client_documents"`);
  }
}
