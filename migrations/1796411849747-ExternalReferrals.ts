import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Referrals to services outside the network, bound by row-level security (the client's own
 * organisation; the sender while it may see the client), and brug_external_referral_counts()
 * for the figures: referrals outside the network per category, aggregates only.
 */
/** Also what DropUnsuppressedFigures puts back on its way down. */
export const EXTERNAL_REFERRAL_COUNTS_SQL = `CREATE FUNCTION brug_external_referral_counts(from_day date, to_day date, org uuid)
        RETURNS TABLE (category text, referrals int, clients int)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public SET brug.system = 'on' AS $$
        SELECT x.category,
               CASE WHEN count(*) >= 5 THEN count(*)::int END,
               CASE WHEN count(DISTINCT x.client_id) >= 5 THEN count(DISTINCT x.client_id)::int END
          FROM external_referrals x
         WHERE (x.created_at AT TIME ZONE 'Europe/Brussels')::date BETWEEN from_day AND to_day
           AND (org IS NULL OR (x.sender_organisation_id = org AND org = brug_org()))
         GROUP BY x.category ORDER BY x.category $$`;

export class ExternalReferrals1796411849747 implements MigrationInterface {
  name = 'ExternalReferrals1796411849747';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "external_referrals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid NOT NULL, "owner_organisation_id" uuid NOT NULL, "sender_organisation_id" uuid NOT NULL, "sender_organisation_name" text NOT NULL, "sent_by_user_id" uuid, "sent_by_name" text NOT NULL, "service_name" text NOT NULL, "category" text NOT NULL, "city" text NOT NULL, "contact" text NOT NULL DEFAULT '', "urgency" text NOT NULL, "reason" text NOT NULL, "client_wishes" text NOT NULL DEFAULT '', "follow_up_on" date NOT NULL, "outcome" text, "outcome_note" text, "outcome_at" TIMESTAMP WITH TIME ZONE, "outcome_by_name" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a06b2fcb8a54aabd218449049a5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_935828c8161839beab7f865c6d" ON "external_referrals"  ("sender_organisation_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_c921797b09ad33fb69680d65ac" ON "external_referrals"  ("client_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "external_referrals" ADD CONSTRAINT "FK_468a2643be02f91682915a8da1d" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await queryRunner.query(`ALTER TABLE "external_referrals" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "external_referrals" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY external_referrals_visible ON external_referrals FOR SELECT
        USING (brug_system() OR owner_organisation_id = brug_org()
               OR (sender_organisation_id = brug_org() AND brug_has_live_consent(client_id, NULL)))`);
    await queryRunner.query(`CREATE POLICY external_referrals_insert ON external_referrals FOR INSERT
        WITH CHECK (sender_organisation_id = brug_org() AND (owner_organisation_id = brug_org() OR brug_has_live_consent(client_id, NULL)))`);
    await queryRunner.query(`CREATE POLICY external_referrals_update ON external_referrals FOR UPDATE
        USING (owner_organisation_id = brug_org() OR (sender_organisation_id = brug_org() AND brug_has_live_consent(client_id, NULL)))`);
    await queryRunner.query(`CREATE POLICY external_referrals_erase ON external_referrals FOR DELETE
        USING (owner_organisation_id = brug_org() AND EXISTS (SELECT 1 FROM clients c WHERE c.id = client_id AND c.erased_at IS NOT NULL))`);

    // Referrals outside the network per category in [from_day, to_day], so coordinators see which
    // services the map lacks: how many referrals and how many people; counts under 5 are NULL.
    // For one organisation (those it sent; only to that organisation) or, with org NULL, the network.
    await queryRunner.query(EXTERNAL_REFERRAL_COUNTS_SQL);
    await queryRunner.query(`REVOKE ALL ON FUNCTION brug_external_referral_counts(date, date, uuid) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION brug_external_referral_counts(date, date, uuid) TO brug_app`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION brug_external_referral_counts(date, date, uuid)`);
    for (const policy of ['external_referrals_erase', 'external_referrals_update', 'external_referrals_insert', 'external_referrals_visible']) {
      await queryRunner.query(`DROP POLICY ${policy} ON external_referrals`);
    }
    await queryRunner.query(`ALTER TABLE "external_referrals" DROP CONSTRAINT "FK_468a2643be02f91682915a8da1d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c921797b09ad33fb69680d65ac"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_935828c8161839beab7f865c6d"`);
    await queryRunner.query(`DROP TABLE "external_referrals"`);
  }
}
