import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReferralsAndNotifications1796162171370 implements MigrationInterface {
  name = 'ReferralsAndNotifications1796162171370';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" text NOT NULL, "referral_id" uuid, "text" text NOT NULL, "detail" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_310667f935698fcd8cb319113a" ON "notifications"  ("user_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "referrals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid NOT NULL, "owner_organisation_id" uuid NOT NULL, "sender_organisation_id" uuid NOT NULL, "receiving_organisation_id" uuid NOT NULL, "service_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "urgency" text NOT NULL DEFAULT 'ROUTINE', "reason" text NOT NULL DEFAULT '', "client_wishes" text NOT NULL DEFAULT '', "shared_scopes" text array NOT NULL DEFAULT '{}', "intro_planned_at" TIMESTAMP WITH TIME ZONE, "intro_place" text, "intro_accompanied_by" text, "intro_client_will_call" boolean NOT NULL DEFAULT false, "created_by_user_id" uuid, "sent_by_user_id" uuid, "sent_by_name" text, "accepted_by_user_id" uuid, "accepted_by_name" text, "sent_at" TIMESTAMP WITH TIME ZONE, "due_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "decline_reason" text, "decline_note" text, "suggested_service_id" uuid, "cancel_reason" text, "cancel_note" text, "outcome" text, "outcome_note" text, "status_changed_at" TIMESTAMP WITH TIME ZONE, "overdue_notified_at" TIMESTAMP WITH TIME ZONE, "referred_again_from_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ea9980e34f738b6252817326c08" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ded3e1ecf04edc5cc2ce6a76aa" ON "referrals"  ("client_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_1e5955ff68578b56c55ea6ac93" ON "referrals"  ("service_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_feaa2d67c2a4f9c0e31d0b3726" ON "referrals"  ("sender_organisation_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_d2cb02a8a22463a2837ca7e076" ON "referrals"  ("receiving_organisation_id", "status", "sent_at") `);
    await queryRunner.query(
      `CREATE TABLE "referral_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "referral_id" uuid NOT NULL, "sender_organisation_id" uuid NOT NULL, "receiving_organisation_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "actor_user_id" uuid, "actor_name" text NOT NULL, "organisation_id" uuid, "organisation_name" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" text, CONSTRAINT "PK_850a7d8ea24a8e90aba261d0190" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0f3b84795d2560b72381e0902e" ON "referral_events"  ("referral_id", "at") `);
    await queryRunner.query(
      `CREATE TABLE "referral_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "referral_id" uuid NOT NULL, "sender_organisation_id" uuid NOT NULL, "receiving_organisation_id" uuid NOT NULL, "author_user_id" uuid, "author_name" text NOT NULL, "organisation_id" uuid, "organisation_name" text, "body" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_daf4d5cff5b08da926992f2acf8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_2df1d2d6dce1cfcd030bc639c6" ON "referral_messages"  ("referral_id", "at") `);
    await queryRunner.query(
      `CREATE TABLE "idempotency_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "operation" text NOT NULL, "key" text NOT NULL, "result_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8ad20779ad0411107a56e53d0f6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_6c0bc2304276fa86c9c82d4156" ON "idempotency_keys"  ("user_id", "operation", "key") `);
    await queryRunner.query(
      `CREATE TABLE "referral_reads" ("referral_id" uuid NOT NULL, "user_id" uuid NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_8605fa9efe619d4b86415a3740e" PRIMARY KEY ("referral_id", "user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "FK_ded3e1ecf04edc5cc2ce6a76aae" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "FK_1e5955ff68578b56c55ea6ac939" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "FK_3f11209c494b141a7c5761adc57" FOREIGN KEY ("sender_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "FK_0bbb93e618c705191fc82cd0f60" FOREIGN KEY ("receiving_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referral_events" ADD CONSTRAINT "FK_f784bd7780f323ff43ff4d9eadb" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referral_messages" ADD CONSTRAINT "FK_0c48ba0f97ea219eefe21490fd4" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // Row-level security for the new tables (see RowLevelSecurity1795316400000). A referral is
    // seen by its sending organisation, by the receiving one once sent, and by the client's
    // owning organisation (it must be able to cancel them when the client withdraws consent).
    // `brug.system` is set only by the expiry timer and inside brug_referral_statistics().
    await queryRunner.query(`CREATE FUNCTION brug_user() RETURNS uuid LANGUAGE sql STABLE AS $$
        SELECT NULLIF(current_setting('brug.user_id', true), '')::uuid $$`);
    await queryRunner.query(`CREATE FUNCTION brug_system() RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT COALESCE(current_setting('brug.system', true), '') = 'on' $$`);
    for (const table of ['referrals', 'referral_events', 'referral_messages', 'referral_reads', 'notifications', 'idempotency_keys']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`CREATE POLICY referrals_parties ON referrals FOR ALL
        USING (brug_system() OR sender_organisation_id = brug_org() OR owner_organisation_id = brug_org()
               OR (receiving_organisation_id = brug_org() AND status <> 'DRAFT'))
        WITH CHECK (brug_system() OR sender_organisation_id = brug_org() OR owner_organisation_id = brug_org() OR receiving_organisation_id = brug_org())`);
    for (const table of ['referral_events', 'referral_messages']) {
      await queryRunner.query(`CREATE POLICY ${table}_parties ON ${table} FOR ALL
          USING (EXISTS (SELECT 1 FROM referrals r WHERE r.id = ${table}.referral_id))
          WITH CHECK (EXISTS (SELECT 1 FROM referrals r WHERE r.id = ${table}.referral_id))`);
    }
    await queryRunner.query(`CREATE POLICY referral_reads_own ON referral_reads FOR ALL
        USING (user_id = brug_user()) WITH CHECK (user_id = brug_user() AND EXISTS (SELECT 1 FROM referrals r WHERE r.id = referral_reads.referral_id))`);
    // Notices are read by their own user; anyone acting on a referral they see may notify.
    await queryRunner.query(`CREATE POLICY notifications_own ON notifications FOR SELECT USING (user_id = brug_user() OR brug_system())`);
    await queryRunner.query(`CREATE POLICY notifications_update ON notifications FOR UPDATE USING (user_id = brug_user()) WITH CHECK (user_id = brug_user())`);
    await queryRunner.query(`CREATE POLICY notifications_insert ON notifications FOR INSERT
        WITH CHECK (brug_system() OR EXISTS (SELECT 1 FROM referrals r WHERE r.id = notifications.referral_id))`);
    await queryRunner.query(`CREATE POLICY idempotency_own ON idempotency_keys FOR ALL USING (user_id = brug_user()) WITH CHECK (user_id = brug_user())`);

    // May organisation `org` see this client now (owner or live consent)? Answers only for a
    // client the caller may see itself, and only yes or no: the sender learns nothing else of
    // another organisation's consents.
    await queryRunner.query(`CREATE FUNCTION brug_org_may_see_client(client uuid, org uuid, at timestamptz) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT EXISTS (SELECT 1 FROM clients c WHERE c.id = client AND (c.owner_organisation_id = brug_org() OR EXISTS (
                 SELECT 1 FROM consents k WHERE k.client_id = client AND k.grantee_organisation_id = brug_org()
                    AND k.revoked_at IS NULL AND k.valid_from <= at AND k.valid_until > at)))
           AND (EXISTS (SELECT 1 FROM clients c WHERE c.id = client AND c.owner_organisation_id = org)
                OR EXISTS (SELECT 1 FROM consents k WHERE k.client_id = client AND k.grantee_organisation_id = org
                    AND k.revoked_at IS NULL AND k.valid_from <= at AND k.valid_until > at)) $$`);
    // Aggregates per service for the network coordinator: no client id, no row leaves it.
    await queryRunner.query(`CREATE FUNCTION brug_referral_statistics(at timestamptz)
        RETURNS TABLE (service_id uuid, service_name text, organisation_name text, waiting int, median_hours float8, max_hours float8,
                       accepted int, declined int, expired int)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public SET brug.system = 'on' AS $$
        SELECT s.id, s.name, o.name,
               count(*) FILTER (WHERE r.status = 'SENT')::int,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM at - r.sent_at) / 3600) FILTER (WHERE r.status = 'SENT'),
               max(extract(epoch FROM at - r.sent_at) / 3600) FILTER (WHERE r.status = 'SENT'),
               count(*) FILTER (WHERE r.status IN ('ACCEPTED', 'COMPLETED') AND r.sent_at > at - interval '90 days')::int,
               count(*) FILTER (WHERE r.status = 'DECLINED' AND r.status_changed_at > at - interval '90 days')::int,
               count(*) FILTER (WHERE r.status = 'EXPIRED' AND r.status_changed_at > at - interval '90 days')::int
          FROM services s JOIN organisations o ON o.id = s.organisation_id
          JOIN referrals r ON r.service_id = s.id AND r.status <> 'DRAFT'
         GROUP BY s.id, s.name, o.name
         ORDER BY o.name, s.name $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION brug_referral_statistics(timestamptz)`);
    await queryRunner.query(`DROP FUNCTION brug_org_may_see_client(uuid, uuid, timestamptz)`);
    for (const [policy, table] of [
      ['idempotency_own', 'idempotency_keys'],
      ['notifications_insert', 'notifications'],
      ['notifications_update', 'notifications'],
      ['notifications_own', 'notifications'],
      ['referral_reads_own', 'referral_reads'],
      ['referral_messages_parties', 'referral_messages'],
      ['referral_events_parties', 'referral_events'],
      ['referrals_parties', 'referrals'],
    ]) {
      await queryRunner.query(`DROP POLICY ${policy} ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION brug_system()`);
    await queryRunner.query(`DROP FUNCTION brug_user()`);
    await queryRunner.query(`ALTER TABLE "referral_messages" DROP CONSTRAINT "FK_0c48ba0f97ea219eefe21490fd4"`);
    await queryRunner.query(`ALTER TABLE "referral_events" DROP CONSTRAINT "FK_f784bd7780f323ff43ff4d9eadb"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "FK_0bbb93e618c705191fc82cd0f60"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "FK_3f11209c494b141a7c5761adc57"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "FK_1e5955ff68578b56c55ea6ac939"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "FK_ded3e1ecf04edc5cc2ce6a76aae"`);
    await queryRunner.query(`DROP TABLE "referral_reads"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6c0bc2304276fa86c9c82d4156"`);
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2df1d2d6dce1cfcd030bc639c6"`);
    await queryRunner.query(`DROP TABLE "referral_messages"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0f3b84795d2560b72381e0902e"`);
    await queryRunner.query(`DROP TABLE "referral_events"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d2cb02a8a22463a2837ca7e076"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_feaa2d67c2a4f9c0e31d0b3726"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1e5955ff68578b56c55ea6ac93"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ded3e1ecf04edc5cc2ce6a76aa"`);
    await queryRunner.query(`DROP TABLE "referrals"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_310667f935698fcd8cb319113a"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
