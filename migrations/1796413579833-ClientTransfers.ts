import { MigrationInterface, QueryRunner } from 'typeorm';
import { TRANSFER_FUNCTION } from './shared/transfer-function';

/**
 * Case transfers between organisations (both see them; row-level security alike), and
 * brug_transfer_client(), which moves the record to the receiving organisation once it accepted.
 */
export class ClientTransfers1796413579833 implements MigrationInterface {
  name = 'ClientTransfers1796413579833';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "client_transfers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid NOT NULL, "from_organisation_id" uuid NOT NULL, "to_organisation_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'PROPOSED', "agreement_method" text NOT NULL, "agreed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "former_owner_scopes" text array NOT NULL DEFAULT '{}', "note" text NOT NULL DEFAULT '', "proposed_by_name" text NOT NULL, "proposed_by_user_id" uuid, "answered_by_name" text, "answered_at" TIMESTAMP WITH TIME ZONE, "decline_note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5ac259d45f16e5928d8d5566c6f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_971fa92c414d66b5ed9d69a7da" ON "client_transfers"  ("from_organisation_id", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_01a8217cdc92ed3cb033177ea3" ON "client_transfers"  ("to_organisation_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5f90f5ea4b8965eff8c2b3ab43" ON "client_transfers"  ("client_id") WHERE status = 'PROPOSED'`);
    await queryRunner.query(
      `ALTER TABLE "client_transfers" ADD CONSTRAINT "FK_3a385c5f10366a90f42690d4b5b" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await queryRunner.query(`ALTER TABLE "client_transfers" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "client_transfers" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY client_transfers_parties ON client_transfers FOR SELECT
        USING (from_organisation_id = brug_org() OR to_organisation_id = brug_org())`);
    await queryRunner.query(`CREATE POLICY client_transfers_insert ON client_transfers FOR INSERT
        WITH CHECK (from_organisation_id = brug_org() AND EXISTS (SELECT 1 FROM clients c WHERE c.id = client_id AND c.owner_organisation_id = brug_org()))`);
    await queryRunner.query(`CREATE POLICY client_transfers_answer ON client_transfers FOR UPDATE
        USING (from_organisation_id = brug_org() OR to_organisation_id = brug_org())`);

    // Moves the client's record to the receiving organisation: every row's owner, and the
    // receiver's own consents end (it owns the record now). Only for a transfer the caller's
    // organisation accepted in this very transaction, and only while the proposer still owns it.
    // Definer's rights: the receiver cannot yet see the rows it takes over.
    await queryRunner.query(TRANSFER_FUNCTION.sql(TRANSFER_FUNCTION.tablesBefore1796414));
    await queryRunner.query(`REVOKE ALL ON FUNCTION brug_transfer_client(uuid, timestamptz) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION brug_transfer_client(uuid, timestamptz) TO brug_app`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION brug_transfer_client(uuid, timestamptz)`);
    for (const policy of ['client_transfers_answer', 'client_transfers_insert', 'client_transfers_parties']) {
      await queryRunner.query(`DROP POLICY ${policy} ON client_transfers`);
    }
    await queryRunner.query(`ALTER TABLE "client_transfers" DROP CONSTRAINT "FK_3a385c5f10366a90f42690d4b5b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5f90f5ea4b8965eff8c2b3ab43"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_01a8217cdc92ed3cb033177ea3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_971fa92c414d66b5ed9d69a7da"`);
    await queryRunner.query(`DROP TABLE "client_transfers"`);
  }
}
