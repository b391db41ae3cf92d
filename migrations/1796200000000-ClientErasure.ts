import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure on request (GDPR art. 17): the owning organisation removes a client's data in one
 * transaction. Row-level security did not let the owner delete or scrub what other
 * organisations wrote about its client (their contact notes, actions, timeline entries, their
 * users' visits); these policies allow exactly that, and only once the client row itself is
 * marked erased (`clients.erased_at`) in the same transaction. Nothing here touches
 * audit_entries: the trail stays append-only (it holds no pseudonym or free text).
 */
export class ClientErasure1796200000000 implements MigrationInterface {
  name = 'ClientErasure1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Caller's rights: the clients policy applies, so only the owning organisation gets a yes.
    await queryRunner.query(`CREATE FUNCTION brug_client_erased_by_me(client uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT EXISTS (SELECT 1 FROM clients c WHERE c.id = client AND c.owner_organisation_id = brug_org() AND c.erased_at IS NOT NULL) $$`);
    await queryRunner.query(`CREATE POLICY events_erase ON client_events FOR UPDATE
        USING (brug_client_erased_by_me(client_id)) WITH CHECK (brug_client_erased_by_me(client_id))`);
    await queryRunner.query(`CREATE POLICY contact_notes_erase ON contact_notes FOR DELETE USING (brug_client_erased_by_me(client_id))`);
    await queryRunner.query(`CREATE POLICY care_plan_actions_erase ON care_plan_actions FOR DELETE USING (brug_client_erased_by_me(client_id))`);
    // A DELETE with a WHERE clause sees only rows the SELECT policies show: visits are each user's own otherwise.
    await queryRunner.query(`CREATE POLICY client_visits_erase_find ON client_visits FOR SELECT USING (brug_client_erased_by_me(client_id))`);
    await queryRunner.query(`CREATE POLICY client_visits_erase ON client_visits FOR DELETE USING (brug_client_erased_by_me(client_id))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY client_visits_erase ON client_visits`);
    await queryRunner.query(`DROP POLICY client_visits_erase_find ON client_visits`);
    await queryRunner.query(`DROP POLICY care_plan_actions_erase ON care_plan_actions`);
    await queryRunner.query(`DROP POLICY contact_notes_erase ON contact_notes`);
    await queryRunner.query(`DROP POLICY events_erase ON client_events`);
    await queryRunner.query(`DROP FUNCTION brug_client_erased_by_me(uuid)`);
  }
}
