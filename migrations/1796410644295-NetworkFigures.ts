import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Network figures: two SECURITY DEFINER functions that return aggregates only (counts, distinct
 * client counts, a median), never a row or an id of a client, so an organisation's figures over
 * the network do not need it to be able to read other organisations' clients (row-level
 * security hides those rows from brug_app). Which scope a caller gets is not a parameter: the
 * organisation is the transaction's acting one (`brug.organisation_id`), the moment is the
 * request's (`brug.now`). Only complete months count (the running month would let two days'
 * figures be subtracted). Small counts are suppressed by the API (modules/figures/suppression.ts).
 *
 * Every figure is grouped at once along the period (month, quarter, year), the region (or all),
 * the service's main category (or all) and the figure's own keys, so the API
 * can suppress one consistent table whatever filter is asked for.
 */
const FIGURE_TABLES = ['clients', 'client_sections', 'consents', 'referrals', 'referral_events'];

export class NetworkFigures1796410644295 implements MigrationInterface {
  name = 'NetworkFigures1796410644295';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The acting organisation and the first moment not yet counted (the running month, local time).
    await queryRunner.query(`CREATE FUNCTION brug_figures_until() RETURNS timestamp LANGUAGE sql STABLE AS $$
        SELECT date_trunc('month', COALESCE(NULLIF(current_setting('brug.now', true), '')::timestamptz, now()) AT TIME ZONE 'Europe/Brussels') $$`);
    // A region given only as a country (BE) is its own region (BE-NONE) under that country.
    await queryRunner.query(`CREATE FUNCTION brug_region_key(region text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN position('-' IN region) = 0 THEN region || '-NONE' ELSE region END $$`);

    // Where a service and an organisation work (map data, no client): a service's first location's
    // region, else its organisation's, else the country; a service's main category is its first.
    await queryRunner.query(`CREATE FUNCTION brug_organisation_region(organisation uuid) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT brug_region_key(COALESCE((SELECT min(l.region) FROM locations l WHERE l.organisation_id = o.id), o.country))
          FROM organisations o WHERE o.id = organisation $$`);
    await queryRunner.query(`CREATE FUNCTION brug_service_facets() RETURNS TABLE (id uuid, organisation_id uuid, category text, region text)
        LANGUAGE sql STABLE AS $$
        SELECT s.id, s.organisation_id, COALESCE(s.categories[1], 'NONE'),
               COALESCE(brug_region_key((SELECT min(l.region) FROM service_locations sl JOIN locations l ON l.id = sl.location_id WHERE sl.service_id = s.id)),
                        brug_organisation_region(s.organisation_id))
          FROM services s $$`);

    // Row-level security binds the tables' owner too (FORCE): the figure functions run as the
    // owner and read every row, for aggregates only. This policy is for the owner role alone, and
    // only inside a figure function (brug.figures is set by their definition); brug_app gains nothing.
    for (const table of FIGURE_TABLES) {
      await queryRunner.query(`CREATE POLICY ${table}_figures ON "${table}" FOR SELECT TO CURRENT_USER USING (current_setting('brug.figures', true) = 'on')`);
    }

    // The referrals a figure counts, one row each, with what the figures group them by. Not
    // callable by the API (no grant): only the two figure functions below read it.
    await queryRunner.query(`CREATE FUNCTION brug_figures_referral_rows(own boolean)
        RETURNS TABLE (client_id uuid, status text, service_id uuid, receiving_organisation_id uuid, reason text, outcome text, mine boolean,
                       y int, q int, m int, region text, category text, answer_hours float8)
        LANGUAGE sql STABLE AS $$
        WITH viewer AS (SELECT NULLIF(current_setting('brug.organisation_id', true), '')::uuid AS org, brug_figures_until() AS until)
        SELECT r.client_id, r.status, r.service_id, r.receiving_organisation_id,
               CASE WHEN r.status = 'DECLINED' THEN COALESCE(r.decline_reason, 'OTHER') END,
               CASE WHEN r.status = 'COMPLETED' THEN COALESCE(r.outcome, 'OTHER') END,
               COALESCE(v.org IN (r.sender_organisation_id, r.receiving_organisation_id, r.owner_organisation_id), false),
               extract(year FROM r.sent_at AT TIME ZONE 'Europe/Brussels')::int, extract(quarter FROM r.sent_at AT TIME ZONE 'Europe/Brussels')::int,
               extract(month FROM r.sent_at AT TIME ZONE 'Europe/Brussels')::int, sf.region, sf.category,
               extract(epoch FROM (SELECT min(e.at) FROM referral_events e WHERE e.referral_id = r.id AND e.to_status IN ('ACCEPTED', 'DECLINED')) - r.sent_at) / 3600
          FROM referrals r CROSS JOIN viewer v JOIN brug_service_facets() sf ON sf.id = r.service_id
         WHERE r.status <> 'DRAFT' AND r.sent_at IS NOT NULL AND (r.sent_at AT TIME ZONE 'Europe/Brussels') < v.until
           AND (NOT own OR v.org IN (r.sender_organisation_id, r.receiving_organisation_id, r.owner_organisation_id)) $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION brug_figures_referral_rows(boolean) FROM PUBLIC`);
    // One row per group: `g` is GROUPING(...) of the grouped columns (a bit set = not grouped by).
    // Referrals are grouped by status, receiving organisation, decline reason and outcome along
    // every period, region and category level; by service along the period only (a service lies
    // in one region, category and organisation).
    await queryRunner.query(`CREATE FUNCTION brug_figures_referrals(own boolean)
        RETURNS TABLE (g int, year int, quarter int, month int, region text, category text, status text,
                       service_id uuid, organisation_id uuid, reason text, outcome text, referrals int, clients int, others int)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public SET brug.figures = 'on' AS $$
        SELECT GROUPING(y, q, m, region, category, status, service_id, receiving_organisation_id, reason, outcome)::int,
               y, q, m, region, category, status, service_id, receiving_organisation_id, reason, outcome,
               count(*)::int, count(DISTINCT client_id)::int, count(DISTINCT client_id) FILTER (WHERE NOT mine)::int
          FROM brug_figures_referral_rows(own)
         GROUP BY GROUPING SETS (
           (y, q, m, region, category, status), (y, q, region, category, status), (y, region, category, status),
           (y, q, m, region, status), (y, q, region, status), (y, region, status),
           (y, q, m, category, status), (y, q, category, status), (y, category, status),
           (y, q, m, status), (y, q, status), (y, status),
           (y, q, m, region, category), (y, q, region, category), (y, region, category),
           (y, q, m, region), (y, q, region), (y, region),
           (y, q, m, category), (y, q, category), (y, category),
           (y, q, m), (y, q), (y),
           (y, q, m, region, category, receiving_organisation_id, service_id, status), (y, q, region, category, receiving_organisation_id, service_id, status), (y, region, category, receiving_organisation_id, service_id, status),
           (y, q, m, region, category, receiving_organisation_id, service_id), (y, q, region, category, receiving_organisation_id, service_id), (y, region, category, receiving_organisation_id, service_id),
           (y, q, m, region, category, receiving_organisation_id, status), (y, q, region, category, receiving_organisation_id, status), (y, region, category, receiving_organisation_id, status),
           (y, q, m, region, receiving_organisation_id, status), (y, q, region, receiving_organisation_id, status), (y, region, receiving_organisation_id, status),
           (y, q, m, category, receiving_organisation_id, status), (y, q, category, receiving_organisation_id, status), (y, category, receiving_organisation_id, status),
           (y, q, m, receiving_organisation_id, status), (y, q, receiving_organisation_id, status), (y, receiving_organisation_id, status),
           (y, q, m, region, category, receiving_organisation_id), (y, q, region, category, receiving_organisation_id), (y, region, category, receiving_organisation_id),
           (y, q, m, region, receiving_organisation_id), (y, q, region, receiving_organisation_id), (y, region, receiving_organisation_id),
           (y, q, m, category, receiving_organisation_id), (y, q, category, receiving_organisation_id), (y, category, receiving_organisation_id),
           (y, q, m, receiving_organisation_id), (y, q, receiving_organisation_id), (y, receiving_organisation_id),
           (y, q, m, region, category, reason), (y, q, region, category, reason), (y, region, category, reason),
           (y, q, m, region, reason), (y, q, region, reason), (y, region, reason),
           (y, q, m, category, reason), (y, q, category, reason), (y, category, reason),
           (y, q, m, reason), (y, q, reason), (y, reason),
           (y, q, m, region, category, outcome), (y, q, region, category, outcome), (y, region, category, outcome),
           (y, q, m, region, outcome), (y, q, region, outcome), (y, region, outcome),
           (y, q, m, category, outcome), (y, q, category, outcome), (y, category, outcome),
           (y, q, m, outcome), (y, q, outcome), (y, outcome)) $$`);
    await queryRunner.query(`CREATE FUNCTION brug_figures_answer_times(own boolean)
        RETURNS TABLE (g int, year int, quarter int, month int, region text, category text, answered_clients int, answered_others int, median_hours float8)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public SET brug.figures = 'on' AS $$
        SELECT GROUPING(y, q, m, region, category)::int, y, q, m, region, category,
               count(DISTINCT client_id)::int, count(DISTINCT client_id) FILTER (WHERE NOT mine)::int,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY answer_hours)
          FROM brug_figures_referral_rows(own) WHERE answer_hours IS NOT NULL
         GROUP BY GROUPING SETS ((y, q, m), (y, q), (y)), GROUPING SETS ((region), ()), GROUPING SETS ((category), ()) $$`);

    await queryRunner.query(`CREATE FUNCTION brug_figures_clients(own boolean, domains text[])
        RETURNS TABLE (g int, year int, quarter int, month int, region text, domain text, need boolean, shared boolean,
                       clients int, others int)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public SET brug.figures = 'on' AS $$
        WITH viewer AS (SELECT NULLIF(current_setting('brug.organisation_id', true), '')::uuid AS org, brug_figures_until() AS until,
                               COALESCE(NULLIF(current_setting('brug.now', true), '')::timestamptz, now()) AS at),
        base AS (
          SELECT c.id AS client_id, COALESCE(c.owner_organisation_id = v.org, false) AS mine,
                 (c.created_at AT TIME ZONE 'Europe/Brussels') AS created_local, rg.region,
                 EXISTS (SELECT 1 FROM consents k WHERE k.client_id = c.id AND k.grantee_organisation_id <> c.owner_organisation_id
                           AND brug_consent_is_live(k.revoked_at, k.valid_from, k.valid_until, v.at)) AS shared,
                 ls.data AS life
            FROM clients c CROSS JOIN viewer v
            CROSS JOIN LATERAL (SELECT brug_organisation_region(c.owner_organisation_id) AS region) rg
            LEFT JOIN client_sections ls ON ls.client_id = c.id AND ls.scope = 'LIFE_DOMAINS'
           WHERE (c.created_at AT TIME ZONE 'Europe/Brussels') < v.until AND (NOT own OR c.owner_organisation_id = v.org)),
        per_domain AS (
          SELECT b.client_id, b.mine, b.region, b.shared, d.domain,
                 extract(year FROM b.created_local)::int AS y, extract(quarter FROM b.created_local)::int AS q, extract(month FROM b.created_local)::int AS m,
                 EXISTS (SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(b.life->'domains') = 'array' THEN b.life->'domains' ELSE '[]'::jsonb END) e
                          WHERE e->>'domain' = d.domain AND e->>'rating' IN ('1', '2')) AS need
            FROM base b CROSS JOIN unnest(domains) d(domain))
        SELECT GROUPING(y, q, m, region, domain, need, shared)::int, y, q, m, region, domain, need, shared,
               count(DISTINCT client_id)::int, count(DISTINCT client_id) FILTER (WHERE NOT mine)::int
          FROM per_domain
         GROUP BY GROUPING SETS ((y, q, m), (y, q), (y)),
                  GROUPING SETS ((region), ()),
                  GROUPING SETS ((domain, need), (shared), ()) $$`);

    // The coordinators' per-service figures also count the clients behind each count, so the one
    // suppression rule (people, not referrals) applies to them too.
    await queryRunner.query(`DROP FUNCTION brug_referral_statistics(timestamptz)`);
    await queryRunner.query(`CREATE FUNCTION brug_referral_statistics(at timestamptz)
        RETURNS TABLE (service_id uuid, service_name text, organisation_name text, waiting int, median_hours float8, max_hours float8,
                       accepted int, declined int, expired int,
                       waiting_clients int, accepted_clients int, declined_clients int, expired_clients int)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public SET brug.system = 'on' AS $$
        SELECT s.id, s.name, o.name,
               count(*) FILTER (WHERE r.status = 'SENT')::int,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM at - r.sent_at) / 3600) FILTER (WHERE r.status = 'SENT'),
               max(extract(epoch FROM at - r.sent_at) / 3600) FILTER (WHERE r.status = 'SENT'),
               count(*) FILTER (WHERE r.status IN ('ACCEPTED', 'COMPLETED') AND r.sent_at > at - interval '90 days')::int,
               count(*) FILTER (WHERE r.status = 'DECLINED' AND r.status_changed_at > at - interval '90 days')::int,
               count(*) FILTER (WHERE r.status = 'EXPIRED' AND r.status_changed_at > at - interval '90 days')::int,
               count(DISTINCT r.client_id) FILTER (WHERE r.status = 'SENT')::int,
               count(DISTINCT r.client_id) FILTER (WHERE r.status IN ('ACCEPTED', 'COMPLETED') AND r.sent_at > at - interval '90 days')::int,
               count(DISTINCT r.client_id) FILTER (WHERE r.status = 'DECLINED' AND r.status_changed_at > at - interval '90 days')::int,
               count(DISTINCT r.client_id) FILTER (WHERE r.status = 'EXPIRED' AND r.status_changed_at > at - interval '90 days')::int
          FROM services s JOIN organisations o ON o.id = s.organisation_id
          JOIN referrals r ON r.service_id = s.id AND r.status <> 'DRAFT'
         GROUP BY s.id, s.name, o.name
         ORDER BY o.name, s.name $$`);
    // Only the API's role may ask (it decides who may ask what, access module); not PUBLIC.
    for (const fn of [
      'brug_figures_referrals(boolean)',
      'brug_figures_answer_times(boolean)',
      'brug_figures_clients(boolean, text[])',
      'brug_referral_statistics(timestamptz)',
    ]) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${fn} TO brug_app`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION brug_referral_statistics(timestamptz)`);
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
    await queryRunner.query(`DROP FUNCTION brug_figures_clients(boolean, text[])`);
    for (const table of FIGURE_TABLES) await queryRunner.query(`DROP POLICY ${table}_figures ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION brug_figures_answer_times(boolean)`);
    await queryRunner.query(`DROP FUNCTION brug_figures_referrals(boolean)`);
    await queryRunner.query(`DROP FUNCTION brug_figures_referral_rows(boolean)`);
    await queryRunner.query(`DROP FUNCTION brug_service_facets()`);
    await queryRunner.query(`DROP FUNCTION brug_organisation_region(uuid)`);
    await queryRunner.query(`DROP FUNCTION brug_region_key(text)`);
    await queryRunner.query(`DROP FUNCTION brug_figures_until()`);
  }
}
