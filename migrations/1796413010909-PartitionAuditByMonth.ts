import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `audit_entries` partitioned by month of `at` (declarative partitioning), keeping every entry:
 * years of retention stay cheap to keep, and an old month can be detached as a whole. Every
 * partition carries the append-only guards and is closed to `brug_app`, which reaches the trail
 * only through the parent (its row-level security and grants). `brug_audit_partitions(ahead)`
 * makes the coming months (the API calls it at start-up and daily); a default partition takes
 * anything outside them, so no insert can fail for want of a partition.
 */
/** Recreates `from`'s row-level security policies on `to`, as they are now (whatever migrations changed them). */
async function copyPolicies(queryRunner: QueryRunner, from: string, to: string): Promise<void> {
  const policies: { policyname: string; permissive: string; cmd: string; roles: string[] | string; qual: string | null; with_check: string | null }[] =
    (await queryRunner.query(
      `SELECT policyname, permissive, cmd, roles::text[] AS roles, qual, with_check FROM pg_policies WHERE schemaname = 'public' AND tablename = $1`,
      [from],
    )) as typeof policies;
  const rename = (sql: string) => sql.split(`${from}.`).join(`${to}.`);
  for (const p of policies) {
    const roles = (Array.isArray(p.roles) ? p.roles : [p.roles]).join(', ');
    await queryRunner.query(
      `CREATE POLICY "${p.policyname}" ON "${to}" AS ${p.permissive} FOR ${p.cmd} TO ${roles}` +
        (p.qual ? ` USING (${rename(p.qual)})` : '') +
        (p.with_check ? ` WITH CHECK (${rename(p.with_check)})` : ''),
    );
  }
}

export class PartitionAuditByMonth1796413010909 implements MigrationInterface {
  name = 'PartitionAuditByMonth1796413010909';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_entries" RENAME TO "audit_entries_unpartitioned"`);
    await queryRunner.query(`ALTER TABLE "audit_entries_unpartitioned" RENAME CONSTRAINT "PK_6b1623bcad4d04530b76548d619" TO "PK_audit_entries_unpartitioned"`);
    await queryRunner.query(`ALTER INDEX "IDX_0f3ffdfd3d6381c2afe52cfec2" RENAME TO "IDX_audit_entries_unpartitioned"`);
    await queryRunner.query(`CREATE TABLE "audit_entries" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
      "request_id" text NOT NULL, "actor_user_id" uuid, "actor_name" text NOT NULL, "actor_organisation_id" uuid, "actor_organisation_name" text, "client_id" uuid,
      "scopes" text array NOT NULL DEFAULT '{}', "operation" text NOT NULL, "action" text NOT NULL, "consent_id" uuid,
      CONSTRAINT "PK_5a1b2c4a9de0f1fa6b6f4e1d5d3" PRIMARY KEY ("id", "at")) PARTITION BY RANGE ("at")`);
    await queryRunner.query(`CREATE INDEX "IDX_0f3ffdfd3d6381c2afe52cfec2" ON "audit_entries" ("client_id", "at")`);

    // The guards of a partition: what the parent refuses, refused on the partition itself too.
    await queryRunner.query(`CREATE FUNCTION brug_guard_audit_partition(partition regclass) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        EXECUTE format('CREATE TRIGGER audit_partition_refuse_statements BEFORE UPDATE OR DELETE ON %s FOR EACH STATEMENT EXECUTE FUNCTION brug_refuse_audit_change()', partition);
        EXECUTE format('CREATE TRIGGER audit_partition_no_truncate BEFORE TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION brug_refuse_audit_change()', partition);
        EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', partition);
        EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', partition);
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'brug_app') THEN
          EXECUTE format('REVOKE ALL ON %s FROM brug_app', partition);
        END IF;
      END $$`);
    // Monthly partitions from this month to `ahead` months on; months already there are kept.
    await queryRunner.query(`CREATE FUNCTION brug_audit_partitions(ahead integer, since timestamptz DEFAULT now()) RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE
        month date;
        made integer := 0;
        name text;
      BEGIN
        FOR month IN SELECT generate_series(date_trunc('month', since AT TIME ZONE 'UTC'), date_trunc('month', now() AT TIME ZONE 'UTC') + make_interval(months => ahead), interval '1 month')::date LOOP
          name := 'audit_entries_' || to_char(month, 'YYYY_MM');
          CONTINUE WHEN to_regclass(name) IS NOT NULL;
          BEGIN
            EXECUTE format('CREATE TABLE %I PARTITION OF audit_entries FOR VALUES FROM (%L) TO (%L)', name,
              (month::timestamp AT TIME ZONE 'UTC'), ((month + interval '1 month')::timestamp AT TIME ZONE 'UTC'));
          EXCEPTION WHEN check_violation THEN
            -- The default partition already holds entries of that month (a clock far ahead): they stay there.
            CONTINUE;
          END;
          PERFORM brug_guard_audit_partition(name::regclass);
          made := made + 1;
        END LOOP;
        RETURN made;
      END $$`);
    await queryRunner.query(`CREATE TABLE "audit_entries_default" PARTITION OF "audit_entries" DEFAULT`);
    await queryRunner.query(`SELECT brug_guard_audit_partition('audit_entries_default')`);
    await queryRunner.query(`SELECT brug_audit_partitions(3, (SELECT coalesce(min("at"), now()) FROM "audit_entries_unpartitioned"))`);

    await queryRunner.query(`INSERT INTO "audit_entries" OVERRIDING SYSTEM VALUE SELECT * FROM "audit_entries_unpartitioned"`);
    await queryRunner.query(
      `SELECT setval(pg_get_serial_sequence('audit_entries', 'id'), coalesce((SELECT max(id) FROM "audit_entries_unpartitioned"), 0) + 1, false)`,
    );
    await copyPolicies(queryRunner, 'audit_entries_unpartitioned', 'audit_entries');
    await queryRunner.query(`DROP TABLE "audit_entries_unpartitioned"`);

    // The parent's guards, row-level security and grants, as the unpartitioned table had them.
    await queryRunner.query(
      `CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON "audit_entries" FOR EACH ROW EXECUTE FUNCTION brug_refuse_audit_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON "audit_entries" FOR EACH STATEMENT EXECUTE FUNCTION brug_refuse_audit_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_entries_refuse_statements BEFORE UPDATE OR DELETE ON "audit_entries" FOR EACH STATEMENT EXECUTE FUNCTION brug_refuse_audit_change()`,
    );
    await queryRunner.query(`ALTER TABLE "audit_entries" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "audit_entries" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "audit_entries" TO brug_app`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_entries" FROM brug_app`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_entries" RENAME TO "audit_entries_partitioned"`);
    await queryRunner.query(`ALTER INDEX "IDX_0f3ffdfd3d6381c2afe52cfec2" RENAME TO "IDX_audit_entries_partitioned"`);
    await queryRunner.query(`CREATE TABLE "audit_entries" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
      "request_id" text NOT NULL, "actor_user_id" uuid, "actor_name" text NOT NULL, "actor_organisation_id" uuid, "actor_organisation_name" text, "client_id" uuid,
      "scopes" text array NOT NULL DEFAULT '{}', "operation" text NOT NULL, "action" text NOT NULL, "consent_id" uuid, CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0f3ffdfd3d6381c2afe52cfec2" ON "audit_entries" ("client_id", "at")`);
    await queryRunner.query(`INSERT INTO "audit_entries" OVERRIDING SYSTEM VALUE SELECT * FROM "audit_entries_partitioned"`);
    await queryRunner.query(
      `SELECT setval(pg_get_serial_sequence('audit_entries', 'id'), coalesce((SELECT max(id) FROM "audit_entries_partitioned"), 0) + 1, false)`,
    );
    await copyPolicies(queryRunner, 'audit_entries_partitioned', 'audit_entries');
    // Dropping the partitioned table drops its partitions (DROP is not one of the refused operations).
    await queryRunner.query(`DROP TABLE "audit_entries_partitioned"`);
    await queryRunner.query(`DROP FUNCTION brug_audit_partitions(integer, timestamptz)`);
    await queryRunner.query(`DROP FUNCTION brug_guard_audit_partition(regclass)`);
    await queryRunner.query(
      `CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON "audit_entries" FOR EACH ROW EXECUTE FUNCTION brug_refuse_audit_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON "audit_entries" FOR EACH STATEMENT EXECUTE FUNCTION brug_refuse_audit_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_entries_refuse_statements BEFORE UPDATE OR DELETE ON "audit_entries" FOR EACH STATEMENT EXECUTE FUNCTION brug_refuse_audit_change()`,
    );
    await queryRunner.query(`ALTER TABLE "audit_entries" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "audit_entries" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "audit_entries" TO brug_app`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_entries" FROM brug_app`);
  }
}
