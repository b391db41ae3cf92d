import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The figures of outreach (people reached, materials, topics, referrals on the spot), of
 * referrals outside the network and of progress on the life domains, as three SECURITY DEFINER
 * functions shaped like those of NetworkFigures: aggregates only, complete months only, the
 * scope from the transaction (`brug.organisation_id`, `brug.now`), every period level (month,
 * quarter, year) with and without the region and the figure's key, so the API suppresses them
 * in the one cube (modules/figures). `others` counts what the viewing organisation does not
 * already know (not its own sessions, referrals or clients).
 */
const FUNCTIONS = ['brug_figures_outreach(boolean)', 'brug_figures_external(boolean)', 'brug_figures_progress(boolean)'];

export class OutreachAndProgressFigures1796655469307 implements MigrationInterface {
  name = 'OutreachAndProgressFigures1796655469307';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Outreach sessions by the month they started and the region of their place. `figure`:
    // CONTACTS (key NEW or RETURNING: together everyone reached), SPOT (referrals on the spot,
    // key = category), MATERIAL (items handed out, key = the kind's name folded, so the network
    // adds up the same kind across organisations' lists), TOPIC (sessions that talked about it).
    await queryRunner.query(`CREATE FUNCTION brug_figures_outreach(own boolean)
        RETURNS TABLE (g int, figure text, year int, quarter int, month int, region text, key text, label text, amount int, others int)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public SET brug.system = 'on' AS $$
        WITH viewer AS (SELECT NULLIF(current_setting('brug.organisation_id', true), '')::uuid AS org, brug_figures_until() AS until),
        s AS (
          SELECT o.id, o.contacts_total, o.contacts_new, o.topics, COALESCE(o.organisation_id = v.org, false) AS mine, brug_region_key(p.region) AS region,
                 extract(year FROM o.starts_at AT TIME ZONE 'Europe/Brussels')::int AS y, extract(quarter FROM o.starts_at AT TIME ZONE 'Europe/Brussels')::int AS q,
                 extract(month FROM o.starts_at AT TIME ZONE 'Europe/Brussels')::int AS m
            FROM outreach_sessions o CROSS JOIN viewer v JOIN outreach_places p ON p.id = o.place_id
           WHERE (o.starts_at AT TIME ZONE 'Europe/Brussels') < v.until AND (NOT own OR o.organisation_id = v.org)),
        facts AS (
          SELECT 'CONTACTS' AS figure, y, q, m, region, mine, 'NEW' AS key, NULL::text AS label, contacts_new AS amount FROM s
          UNION ALL SELECT 'CONTACTS', y, q, m, region, mine, 'RETURNING', NULL, contacts_total - contacts_new FROM s
          UNION ALL SELECT 'SPOT', y, q, m, region, mine, r.category, NULL, r.count FROM s JOIN outreach_session_referrals r ON r.session_id = s.id
          UNION ALL SELECT 'MATERIAL', y, q, m, region, mine, lower(btrim(k.name)), k.name, x.count
                      FROM s JOIN outreach_session_materials x ON x.session_id = s.id JOIN outreach_material_kinds k ON k.id = x.material_kind_id
          UNION ALL SELECT 'TOPIC', y, q, m, region, mine, t.topic, NULL, 1 FROM s CROSS JOIN unnest(s.topics) t(topic))
        SELECT GROUPING(y, q, m, region, key)::int, figure, y, q, m, region, key, min(label), sum(amount)::int, COALESCE(sum(amount) FILTER (WHERE NOT mine), 0)::int
          FROM facts
         GROUP BY figure, GROUPING SETS ((y, q, m), (y, q), (y)), GROUPING SETS ((region), ()), GROUPING SETS ((key), ()) $$`);

    // Referrals outside the network by the month they were recorded, the region of the sending
    // organisation and the category: how many, and to how many people.
    await queryRunner.query(`CREATE FUNCTION brug_figures_external(own boolean)
        RETURNS TABLE (g int, year int, quarter int, month int, region text, category text, referrals int, clients int, others int)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public SET brug.system = 'on' AS $$
        WITH viewer AS (SELECT NULLIF(current_setting('brug.organisation_id', true), '')::uuid AS org, brug_figures_until() AS until),
        regions AS (SELECT id, brug_organisation_region(id) AS region FROM organisations),
        x AS (
          SELECT e.client_id, COALESCE(v.org IN (e.sender_organisation_id, e.owner_organisation_id), false) AS mine, rg.region, e.category,
                 extract(year FROM e.created_at AT TIME ZONE 'Europe/Brussels')::int AS y, extract(quarter FROM e.created_at AT TIME ZONE 'Europe/Brussels')::int AS q,
                 extract(month FROM e.created_at AT TIME ZONE 'Europe/Brussels')::int AS m
            FROM external_referrals e CROSS JOIN viewer v JOIN regions rg ON rg.id = e.sender_organisation_id
           WHERE (e.created_at AT TIME ZONE 'Europe/Brussels') < v.until AND (NOT own OR v.org IN (e.sender_organisation_id, e.owner_organisation_id)))
        SELECT GROUPING(y, q, m, region, category)::int, y, q, m, region, category,
               count(*)::int, count(DISTINCT client_id)::int, count(DISTINCT client_id) FILTER (WHERE NOT mine)::int
          FROM x
         GROUP BY GROUPING SETS ((y, q, m), (y, q), (y)), GROUPING SETS ((region), ()), GROUPING SETS ((category), ()) $$`);

    // Progress per life domain within one period: the people rated at least twice in it, by how
    // their last rating compares to their first (IMPROVED, UNCHANGED, WORSENED). A quarter is not
    // the sum of its months here (first and last change with the period), so every period level
    // is counted on its own. g: bit 3 = quarter, bit 2 = month (not grouped), 1 = region, 0 = move.
    await queryRunner.query(`CREATE FUNCTION brug_figures_progress(own boolean)
        RETURNS TABLE (g int, year int, quarter int, month int, region text, domain text, move text, clients int, others int)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public SET brug.system = 'on' AS $$
        WITH viewer AS (SELECT NULLIF(current_setting('brug.organisation_id', true), '')::uuid AS org, brug_figures_until() AS until),
        regions AS (SELECT id, brug_organisation_region(id) AS region FROM organisations),
        rated AS (
          SELECT a.client_id, COALESCE(a.owner_organisation_id = v.org, false) AS mine, rg.region, r->>'domain' AS domain, (r->>'rating')::int AS rating,
                 a.assessed_on, a.created_at, a.id,
                 extract(year FROM a.assessed_on)::int AS y, extract(quarter FROM a.assessed_on)::int AS q, extract(month FROM a.assessed_on)::int AS m
            FROM life_domain_assessments a CROSS JOIN viewer v JOIN regions rg ON rg.id = a.owner_organisation_id
            CROSS JOIN LATERAL jsonb_array_elements(a.ratings) r
           WHERE a.assessed_on < v.until::date AND (NOT own OR a.owner_organisation_id = v.org) AND jsonb_typeof(r->'rating') = 'number'),
        ends AS (
          SELECT GROUPING(q, m)::int AS lvl, client_id, mine, region, domain, y, q, m, count(*) AS n,
                 (array_agg(rating ORDER BY assessed_on, created_at, id))[1] AS first_rating,
                 (array_agg(rating ORDER BY assessed_on DESC, created_at DESC, id DESC))[1] AS last_rating
            FROM rated GROUP BY client_id, mine, region, domain, GROUPING SETS ((y, q, m), (y, q), (y))),
        moved AS (
          SELECT *, CASE WHEN last_rating > first_rating THEN 'IMPROVED' WHEN last_rating = first_rating THEN 'UNCHANGED' ELSE 'WORSENED' END AS move
            FROM ends WHERE n >= 2)
        SELECT (lvl * 4 + GROUPING(region, move))::int, y, q, m, region, domain, move, count(*)::int, count(*) FILTER (WHERE NOT mine)::int
          FROM moved
         GROUP BY lvl, y, q, m, domain, GROUPING SETS ((region, move), (region), (move), ()) $$`);

    for (const fn of FUNCTIONS) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${fn} TO brug_app`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const fn of FUNCTIONS) await queryRunner.query(`DROP FUNCTION ${fn}`);
  }
}
