import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Text search on an index. A service's searchable text (its names, description and areas, its
 * organisation's names and city, its locations' cities and regions), folded by `brug_fold`, is
 * kept in `services.search_text` by triggers, and both it and a client's folded pseudonym carry a
 * trigram index (pg_trgm, a trusted extension), so `LIKE '%soa%'` no longer folds every row.
 */
export class IndexedTextSearch1796412303088 implements MigrationInterface {
  name = 'IndexedTextSearch1796412303088';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`ALTER TABLE "services" ADD "search_text" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`CREATE FUNCTION brug_service_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_text := brug_fold(concat_ws(' ', NEW.name, NEW.alternate_name, NEW.description, array_to_string(NEW.service_areas, ' '),
          (SELECT concat_ws(' ', o.name, o.alternate_name, o.city) FROM organisations o WHERE o.id = NEW.organisation_id),
          (SELECT string_agg(concat_ws(' ', l.city, l.region), ' ') FROM service_locations sl JOIN locations l ON l.id = sl.location_id WHERE sl.service_id = NEW.id)));
        RETURN NEW;
      END $$`);
    // Writing search_text (any value) recomputes it: how the triggers below refresh a service.
    await queryRunner.query(`CREATE TRIGGER services_search_text BEFORE INSERT OR UPDATE OF name, alternate_name, description, service_areas, organisation_id, search_text
      ON services FOR EACH ROW EXECUTE FUNCTION brug_service_search_text()`);
    await queryRunner.query(`CREATE FUNCTION brug_refresh_service_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'organisations' THEN
          UPDATE services SET search_text = '' WHERE organisation_id = NEW.id;
        ELSIF TG_TABLE_NAME = 'locations' THEN
          UPDATE services SET search_text = '' WHERE id IN (SELECT service_id FROM service_locations WHERE location_id = NEW.id);
        ELSIF TG_OP = 'DELETE' THEN
          UPDATE services SET search_text = '' WHERE id = OLD.service_id;
        ELSE
          UPDATE services SET search_text = '' WHERE id = NEW.service_id;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER organisations_search_text AFTER UPDATE OF name, alternate_name, city ON organisations FOR EACH ROW EXECUTE FUNCTION brug_refresh_service_search_text()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER locations_search_text AFTER UPDATE OF city, region ON locations FOR EACH ROW EXECUTE FUNCTION brug_refresh_service_search_text()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER service_locations_search_text AFTER INSERT OR DELETE ON service_locations FOR EACH ROW EXECUTE FUNCTION brug_refresh_service_search_text()`,
    );
    await queryRunner.query(`UPDATE services SET search_text = ''`);
    await queryRunner.query(`CREATE INDEX "IDX_services_search_text" ON services USING gin (search_text gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "IDX_clients_pseudonym_folded" ON clients USING gin (brug_fold(pseudonym) gin_trgm_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_clients_pseudonym_folded"`);
    await queryRunner.query(`DROP INDEX "IDX_services_search_text"`);
    await queryRunner.query(`DROP TRIGGER service_locations_search_text ON service_locations`);
    await queryRunner.query(`DROP TRIGGER locations_search_text ON locations`);
    await queryRunner.query(`DROP TRIGGER organisations_search_text ON organisations`);
    await queryRunner.query(`DROP FUNCTION brug_refresh_service_search_text()`);
    await queryRunner.query(`DROP TRIGGER services_search_text ON services`);
    await queryRunner.query(`DROP FUNCTION brug_service_search_text()`);
    await queryRunner.query(`ALTER TABLE "services" DROP COLUMN "search_text"`);
  }
}
