import { MigrationInterface, QueryRunner } from 'typeorm';

const FOLLOW_UP_TABLES = ['care_plans', 'care_goals', 'care_plan_actions', 'contact_notes', 'client_visits'];

/** Care plans, goals, actions, contact notes and client visits, each bound by row-level security. */
export class FollowUp1796162030677 implements MigrationInterface {
  name = 'FollowUp1796162030677';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "care_goals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid NOT NULL, "owner_organisation_id" uuid NOT NULL, "life_domain" text NOT NULL, "text" text NOT NULL, "status" text NOT NULL DEFAULT 'OPEN', "created_by_organisation_id" uuid, "created_by_organisation_name" text NOT NULL DEFAULT '', "created_by_name" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6e33af231e31f0f0e5d2e4fe1ba" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d1ae2ec89f4d4b1f7cd0c89e32" ON "care_goals"  ("client_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "care_plan_actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "goal_id" uuid NOT NULL, "client_id" uuid NOT NULL, "owner_organisation_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "description" text NOT NULL, "due_on" date NOT NULL, "status" text NOT NULL DEFAULT 'OPEN', "completion_note" text, "completed_at" TIMESTAMP WITH TIME ZONE, "completed_by_name" text, "completed_by_organisation_name" text, "created_by_name" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4e50f3819bf933b8f2a38d45a51" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1d13708c977679f49e8d339b22" ON "care_plan_actions"  ("goal_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_47ea18c92edfd3220374efba3b" ON "care_plan_actions"  ("organisation_id", "status", "due_on") `);
    await queryRunner.query(
      `CREATE TABLE "care_plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid NOT NULL, "owner_organisation_id" uuid NOT NULL, "lead_organisation_id" uuid, "lead_since" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a8556688bcada6c2729b8c4ac5c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_624b09879a9c429904e974b6a9" ON "care_plans"  ("client_id") `);
    await queryRunner.query(
      `CREATE TABLE "contact_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid NOT NULL, "owner_organisation_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "organisation_name" text NOT NULL, "author_user_id" uuid, "author_name" text NOT NULL, "contact_at" TIMESTAMP WITH TIME ZONE NOT NULL, "contact_type" text NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_263505a5e2d3aa2e4dde9a6bd04" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a2705305ee4f442812aec3530c" ON "contact_notes"  ("client_id", "contact_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "client_visits" ("user_id" uuid NOT NULL, "client_id" uuid NOT NULL, "visited_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_42155e830d5e85a4812f51a14e8" PRIMARY KEY ("user_id", "client_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_goals" ADD CONSTRAINT "FK_d3111a5b63d419c1af2ec89a529" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_plan_actions" ADD CONSTRAINT "FK_1d13708c977679f49e8d339b228" FOREIGN KEY ("goal_id") REFERENCES "care_goals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_plan_actions" ADD CONSTRAINT "FK_548e86d85a048549e097c51a361" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_plan_actions" ADD CONSTRAINT "FK_5d584d6703a3623769acf496a19" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_plans" ADD CONSTRAINT "FK_624b09879a9c429904e974b6a9e" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_plans" ADD CONSTRAINT "FK_707f0274447c7a07647089c4615" FOREIGN KEY ("lead_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_notes" ADD CONSTRAINT "FK_95d9ce8756ca43fecc6285f8803" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_visits" ADD CONSTRAINT "FK_9f329f274d428158dab7dc51b2d" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // Row-level security: the owner organisation is copied onto every row (as client_sections
    // does) so each policy decides on the row alone. The plan and actions are LIFE_DOMAINS,
    // notes are NOTES; an organisation keeps seeing its own notes and the actions it owns.
    for (const table of FOLLOW_UP_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    }
    // The plan row holds only who leads: whoever follows the client may know it (and the lead
    // may hand over even without LIFE_DOMAINS).
    await queryRunner.query(`CREATE POLICY care_plans_access ON care_plans FOR ALL
        USING (owner_organisation_id = brug_org() OR brug_has_live_consent(client_id, NULL))
        WITH CHECK (owner_organisation_id = brug_org() OR brug_has_live_consent(client_id, NULL))`);
    await queryRunner.query(`CREATE POLICY care_goals_access ON care_goals FOR ALL
        USING (owner_organisation_id = brug_org() OR brug_has_live_consent(client_id, 'LIFE_DOMAINS'))
        WITH CHECK (owner_organisation_id = brug_org() OR brug_has_live_consent(client_id, 'LIFE_DOMAINS'))`);
    await queryRunner.query(`CREATE POLICY care_plan_actions_visible ON care_plan_actions FOR SELECT
        USING (owner_organisation_id = brug_org() OR brug_has_live_consent(client_id, 'LIFE_DOMAINS')
               OR (organisation_id = brug_org() AND brug_has_live_consent(client_id, NULL)))`);
    await queryRunner.query(`CREATE POLICY care_plan_actions_insert ON care_plan_actions FOR INSERT
        WITH CHECK (owner_organisation_id = brug_org() OR brug_has_live_consent(client_id, 'LIFE_DOMAINS'))`);
    await queryRunner.query(`CREATE POLICY care_plan_actions_update ON care_plan_actions FOR UPDATE
        USING (owner_organisation_id = brug_org() OR brug_has_live_consent(client_id, 'LIFE_DOMAINS')
               OR (organisation_id = brug_org() AND brug_has_live_consent(client_id, NULL)))`);
    await queryRunner.query(`CREATE POLICY contact_notes_visible ON contact_notes FOR SELECT
        USING (owner_organisation_id = brug_org() OR organisation_id = brug_org() OR brug_has_live_consent(client_id, 'NOTES'))`);
    await queryRunner.query(`CREATE POLICY contact_notes_insert ON contact_notes FOR INSERT
        WITH CHECK (organisation_id = brug_org() AND (owner_organisation_id = brug_org() OR brug_has_live_consent(client_id, 'NOTES')))`);
    // Visits are each user's own.
    await queryRunner.query(`CREATE POLICY client_visits_own ON client_visits FOR ALL
        USING (user_id = NULLIF(current_setting('brug.user_id', true), '')::uuid)
        WITH CHECK (user_id = NULLIF(current_setting('brug.user_id', true), '')::uuid)`);

    // Who follows a client (its owner and every organisation with a live consent), told only to
    // an organisation that follows the client itself: it names the possible lead organisations
    // and action owners. Definer's rights, because a grantee cannot read other grantees'
    // consents (it learns no more than the CONSENT_GIVEN entries of the timeline show it).
    await queryRunner.query(`CREATE FUNCTION brug_client_followers(client uuid) RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        WITH followers AS (
          SELECT c.owner_organisation_id AS organisation_id FROM clients c WHERE c.id = client
          UNION
          SELECT k.grantee_organisation_id FROM consents k
           WHERE k.client_id = client AND k.revoked_at IS NULL AND k.valid_from <= brug_now() AND k.valid_until > brug_now())
        SELECT organisation_id FROM followers
         WHERE brug_org() IN (SELECT organisation_id FROM followers) $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION brug_client_followers(uuid) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION brug_client_followers(uuid) TO brug_app`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION brug_client_followers(uuid)`);
    for (const [policy, table] of [
      ['client_visits_own', 'client_visits'],
      ['contact_notes_insert', 'contact_notes'],
      ['contact_notes_visible', 'contact_notes'],
      ['care_plan_actions_update', 'care_plan_actions'],
      ['care_plan_actions_insert', 'care_plan_actions'],
      ['care_plan_actions_visible', 'care_plan_actions'],
      ['care_goals_access', 'care_goals'],
      ['care_plans_access', 'care_plans'],
    ]) {
      await queryRunner.query(`DROP POLICY ${policy} ON "${table}"`);
    }
    await queryRunner.query(`ALTER TABLE "client_visits" DROP CONSTRAINT "FK_9f329f274d428158dab7dc51b2d"`);
    await queryRunner.query(`ALTER TABLE "contact_notes" DROP CONSTRAINT "FK_95d9ce8756ca43fecc6285f8803"`);
    await queryRunner.query(`ALTER TABLE "care_plans" DROP CONSTRAINT "FK_707f0274447c7a07647089c4615"`);
    await queryRunner.query(`ALTER TABLE "care_plans" DROP CONSTRAINT "FK_624b09879a9c429904e974b6a9e"`);
    await queryRunner.query(`ALTER TABLE "care_plan_actions" DROP CONSTRAINT "FK_5d584d6703a3623769acf496a19"`);
    await queryRunner.query(`ALTER TABLE "care_plan_actions" DROP CONSTRAINT "FK_548e86d85a048549e097c51a361"`);
    await queryRunner.query(`ALTER TABLE "care_plan_actions" DROP CONSTRAINT "FK_1d13708c977679f49e8d339b228"`);
    await queryRunner.query(`ALTER TABLE "care_goals" DROP CONSTRAINT "FK_d3111a5b63d419c1af2ec89a529"`);
    await queryRunner.query(`DROP TABLE "client_visits"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a2705305ee4f442812aec3530c"`);
    await queryRunner.query(`DROP TABLE "contact_notes"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_624b09879a9c429904e974b6a9"`);
    await queryRunner.query(`DROP TABLE "care_plans"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_47ea18c92edfd3220374efba3b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1d13708c977679f49e8d339b22"`);
    await queryRunner.query(`DROP TABLE "care_plan_actions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d1ae2ec89f4d4b1f7cd0c89e32"`);
    await queryRunner.query(`DROP TABLE "care_goals"`);
  }
}
