import { MigrationInterface, QueryRunner } from 'typeorm';

/** The ratings of each LIFE_DOMAINS section as that client's first assessment (exported for its test). */
export const FIRST_ASSESSMENTS_SQL = `INSERT INTO life_domain_assessments (client_id, owner_organisation_id, organisation_id, organisation_name,
            assessed_by_user_id, assessed_by_name, assessed_on, ratings, created_at)
        SELECT s.client_id, s.owner_organisation_id, s.updated_by_organisation_id, s.updated_by_organisation_name,
               s.updated_by_user_id, s.updated_by_name, (s.updated_at AT TIME ZONE 'Europe/Brussels')::date, r.ratings, s.updated_at
          FROM client_sections s
          CROSS JOIN LATERAL (
            SELECT jsonb_agg(jsonb_build_object('domain', d->>'domain', 'rating', (d->>'rating')::int) ORDER BY ord) AS ratings
              FROM jsonb_array_elements(COALESCE(s.data->'domains', '[]'::jsonb)) WITH ORDINALITY AS e(d, ord)
             WHERE jsonb_typeof(d->'rating') = 'number') r
         WHERE s.scope = 'LIFE_DOMAINS' AND r.ratings IS NOT NULL`;

/**
 * Assessments of the life domains kept over time (bound by row-level security like the care
 * plan: the owner, or a live consent naming LIFE_DOMAINS). The ratings already in the
 * LIFE_DOMAINS section become each client's first assessment. brug_life_domain_progress()
 * counts improvement for the figures, aggregates only.
 */
/** Also what DropUnsuppressedFigures puts back on its way down. */
export const LIFE_DOMAIN_PROGRESS_SQL = `CREATE FUNCTION brug_life_domain_progress(from_day date, to_day date, org uuid)
        RETURNS TABLE (domain text, clients int, improved int, unchanged int, worsened int)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public SET brug.system = 'on' AS $$
        WITH rated AS (
          SELECT a.client_id, r->>'domain' AS domain, (r->>'rating')::int AS rating, a.assessed_on, a.created_at, a.id
            FROM life_domain_assessments a CROSS JOIN LATERAL jsonb_array_elements(a.ratings) r
           WHERE a.assessed_on BETWEEN from_day AND to_day
             AND (org IS NULL OR (a.owner_organisation_id = org AND org = brug_org()))
        ), ends AS (
          SELECT client_id, domain,
                 (array_agg(rating ORDER BY assessed_on, created_at, id))[1] AS first_rating,
                 (array_agg(rating ORDER BY assessed_on DESC, created_at DESC, id DESC))[1] AS last_rating,
                 count(*) AS n
            FROM rated GROUP BY client_id, domain
        ), counted AS (
          SELECT domain, count(*)::int AS clients,
                 count(*) FILTER (WHERE last_rating > first_rating)::int AS improved,
                 count(*) FILTER (WHERE last_rating = first_rating)::int AS unchanged,
                 count(*) FILTER (WHERE last_rating < first_rating)::int AS worsened
            FROM ends WHERE n >= 2 GROUP BY domain
        )
        SELECT domain, CASE WHEN clients >= 5 THEN clients END, CASE WHEN improved >= 5 THEN improved END,
               CASE WHEN unchanged >= 5 THEN unchanged END, CASE WHEN worsened >= 5 THEN worsened END
          FROM counted ORDER BY domain $$`;

export class LifeDomainAssessments1796410425875 implements MigrationInterface {
  name = 'LifeDomainAssessments1796410425875';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "life_domain_assessments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid NOT NULL, "owner_organisation_id" uuid NOT NULL, "organisation_id" uuid, "organisation_name" text NOT NULL DEFAULT '', "assessed_by_user_id" uuid, "assessed_by_name" text NOT NULL DEFAULT '', "assessed_on" date NOT NULL, "ratings" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f1f70b352cb5bb66a126392747e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_90ea027a2cb1b30bcb014b8419" ON "life_domain_assessments"  ("client_id", "assessed_on") `);
    await queryRunner.query(
      `ALTER TABLE "life_domain_assessments" ADD CONSTRAINT "FK_db9e1ff4fbb38b1e07441f0644e" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // The ratings written so far are each client's first assessment, on the day they were written
    // (the owner reads every section here, also when row-level security binds the owner role).
    await queryRunner.query(`ALTER TABLE client_sections NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(FIRST_ASSESSMENTS_SQL);
    await queryRunner.query(`ALTER TABLE client_sections FORCE ROW LEVEL SECURITY`);

    await queryRunner.query(`ALTER TABLE "life_domain_assessments" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "life_domain_assessments" FORCE ROW LEVEL SECURITY`);
    // brug_system() only inside brug_life_domain_progress() (aggregates), as for the referral figures.
    await queryRunner.query(`CREATE POLICY life_domain_assessments_visible ON life_domain_assessments FOR SELECT
        USING (brug_system() OR owner_organisation_id = brug_org() OR brug_has_live_consent(client_id, 'LIFE_DOMAINS'))`);
    await queryRunner.query(`CREATE POLICY life_domain_assessments_insert ON life_domain_assessments FOR INSERT
        WITH CHECK (organisation_id = brug_org() AND (owner_organisation_id = brug_org() OR brug_has_live_consent(client_id, 'LIFE_DOMAINS')))`);
    // Assessments are never edited; the owner removes them only when the client is erased.
    await queryRunner.query(`CREATE POLICY life_domain_assessments_erase ON life_domain_assessments FOR DELETE
        USING (owner_organisation_id = brug_org() AND EXISTS (SELECT 1 FROM clients c WHERE c.id = client_id AND c.erased_at IS NOT NULL))`);

    // Improvement per life domain between the first and the last rating of each client in
    // [from_day, to_day]: clients rated at least twice, and how many of them went up, stayed or
    // went down. Counts of people under 5 are NULL (suppressed). For one organisation (its own
    // clients; only to that organisation) or, with org NULL, for the whole network.
    await queryRunner.query(LIFE_DOMAIN_PROGRESS_SQL);
    await queryRunner.query(`REVOKE ALL ON FUNCTION brug_life_domain_progress(date, date, uuid) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION brug_life_domain_progress(date, date, uuid) TO brug_app`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION brug_life_domain_progress(date, date, uuid)`);
    for (const policy of ['life_domain_assessments_erase', 'life_domain_assessments_insert', 'life_domain_assessments_visible']) {
      await queryRunner.query(`DROP POLICY ${policy} ON life_domain_assessments`);
    }
    await queryRunner.query(`ALTER TABLE "life_domain_assessments" DROP CONSTRAINT "FK_db9e1ff4fbb38b1e07441f0644e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_90ea027a2cb1b30bcb014b8419"`);
    await queryRunner.query(`DROP TABLE "life_domain_assessments"`);
  }
}
