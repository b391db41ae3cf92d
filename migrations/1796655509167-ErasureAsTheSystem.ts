import { MigrationInterface, QueryRunner } from 'typeorm';

/** FOR ALL policies on client tables, which also let an organisation (or a client session) DELETE: [table, policy]. */
const OPEN_FOR_ALL: [table: string, policy: string][] = [
  ['client_sections', 'sections_access'],
  ['care_plans', 'care_plans_access'],
  ['care_goals', 'care_goals_access'],
  ['case_conferences', 'case_conferences_access'],
  ['referrals', 'referrals_parties'],
  ['referrals', 'referrals_client_session'],
  ['referral_events', 'referral_events_parties'],
  ['referral_messages', 'referral_messages_parties'],
];

/** The tables erasure deletes from, as the system (api/src/context/system.ts `asSystem`). */
const ERASED_BY_THE_SYSTEM = [
  'client_sections',
  'care_plans',
  'care_goals',
  'care_plan_actions',
  'contact_notes',
  'life_domain_assessments',
  'external_referrals',
  'case_conferences',
  'client_visits',
  'client_documents',
];

/**
 * Erasure is Brug's own work, done as the system inside the owner's request (`asSystem`:
 * `brug.system` on, local to the transaction, while it deletes and scrubs), no longer by the
 * owner under erasure-only policies (ClientErasure and the `*_erase` policies after it). So no
 * organisation's ordinary request deletes what another wrote: the erasure-only policies go,
 * client rows are deleted by the system only (the FOR ALL policies that also allowed DELETE are
 * split into SELECT, INSERT and UPDATE), and no request deletes a client row (its cascade would
 * remove every organisation's records; erasure keeps the row). A DELETE's WHERE reads through
 * the SELECT policies too: the visits (each user's own) are found for the system among the
 * clients the request sees.
 */
export class ErasureAsTheSystem1796655509167 implements MigrationInterface {
  name = 'ErasureAsTheSystem1796655509167';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [policy, table] of [
      ['events_erase', 'client_events'],
      ['contact_notes_erase', 'contact_notes'],
      ['care_plan_actions_erase', 'care_plan_actions'],
      ['client_visits_erase_find', 'client_visits'],
      ['client_visits_erase', 'client_visits'],
      ['life_domain_assessments_erase', 'life_domain_assessments'],
      ['external_referrals_erase', 'external_referrals'],
      ['documents_erase', 'client_documents'],
      ['clients_delete', 'clients'],
    ]) {
      await queryRunner.query(`DROP POLICY ${policy} ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION brug_client_erased_by_me(uuid)`);

    for (const [table, policy] of OPEN_FOR_ALL) await splitWithoutDelete(queryRunner, table, policy);

    for (const table of ERASED_BY_THE_SYSTEM) await queryRunner.query(`CREATE POLICY ${table}_system_erase ON ${table} FOR DELETE USING (brug_system())`);
    await queryRunner.query(`CREATE POLICY client_visits_system_find ON client_visits FOR SELECT
        USING (brug_system() AND EXISTS (SELECT 1 FROM clients c WHERE c.id = client_visits.client_id))`);
    await queryRunner.query(`CREATE POLICY client_events_system_scrub ON client_events FOR UPDATE USING (brug_system()) WITH CHECK (brug_system())`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY client_events_system_scrub ON client_events`);
    await queryRunner.query(`DROP POLICY client_visits_system_find ON client_visits`);
    for (const table of ERASED_BY_THE_SYSTEM) await queryRunner.query(`DROP POLICY ${table}_system_erase ON ${table}`);
    for (const [table, policy] of OPEN_FOR_ALL) await joinAgain(queryRunner, table, policy);

    await queryRunner.query(`CREATE FUNCTION brug_client_erased_by_me(client uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT EXISTS (SELECT 1 FROM clients c WHERE c.id = client AND c.owner_organisation_id = brug_org() AND c.erased_at IS NOT NULL) $$`);
    await queryRunner.query(`CREATE POLICY clients_delete ON clients FOR DELETE USING (owner_organisation_id = brug_org())`);
    await queryRunner.query(`CREATE POLICY documents_erase ON client_documents FOR DELETE USING (owner_organisation_id = brug_org())`);
    await queryRunner.query(`CREATE POLICY external_referrals_erase ON external_referrals FOR DELETE
        USING (owner_organisation_id = brug_org() AND EXISTS (SELECT 1 FROM clients c WHERE c.id = client_id AND c.erased_at IS NOT NULL))`);
    await queryRunner.query(`CREATE POLICY life_domain_assessments_erase ON life_domain_assessments FOR DELETE
        USING (owner_organisation_id = brug_org() AND EXISTS (SELECT 1 FROM clients c WHERE c.id = client_id AND c.erased_at IS NOT NULL))`);
    await queryRunner.query(`CREATE POLICY client_visits_erase ON client_visits FOR DELETE USING (brug_client_erased_by_me(client_id))`);
    await queryRunner.query(`CREATE POLICY client_visits_erase_find ON client_visits FOR SELECT USING (brug_client_erased_by_me(client_id))`);
    await queryRunner.query(`CREATE POLICY care_plan_actions_erase ON care_plan_actions FOR DELETE USING (brug_client_erased_by_me(client_id))`);
    await queryRunner.query(`CREATE POLICY contact_notes_erase ON contact_notes FOR DELETE USING (brug_client_erased_by_me(client_id))`);
    await queryRunner.query(`CREATE POLICY events_erase ON client_events FOR UPDATE
        USING (brug_client_erased_by_me(client_id)) WITH CHECK (brug_client_erased_by_me(client_id))`);
  }
}

/** Replaces a FOR ALL policy by the same rule (read from the catalogue) for SELECT, INSERT and UPDATE only: `<policy>_read`, `_insert`, `_update`. */
async function splitWithoutDelete(queryRunner: QueryRunner, table: string, policy: string): Promise<void> {
  const [{ using, check }] = await rule(queryRunner, table, policy, 'ALL');
  await queryRunner.query(`DROP POLICY ${policy} ON ${table}`);
  await queryRunner.query(`CREATE POLICY ${policy}_read ON ${table} FOR SELECT USING (${using})`);
  await queryRunner.query(`CREATE POLICY ${policy}_insert ON ${table} FOR INSERT WITH CHECK (${check})`);
  await queryRunner.query(`CREATE POLICY ${policy}_update ON ${table} FOR UPDATE USING (${using}) WITH CHECK (${check})`);
}

async function joinAgain(queryRunner: QueryRunner, table: string, policy: string): Promise<void> {
  const [{ using, check }] = await rule(queryRunner, table, `${policy}_update`, 'UPDATE');
  for (const part of ['read', 'insert', 'update']) await queryRunner.query(`DROP POLICY ${policy}_${part} ON ${table}`);
  await queryRunner.query(`CREATE POLICY ${policy} ON ${table} FOR ALL USING (${using}) WITH CHECK (${check})`);
}

/** A policy's USING and WITH CHECK as PostgreSQL keeps them (WITH CHECK defaults to USING); fails when it is not there as expected. */
async function rule(queryRunner: QueryRunner, table: string, policy: string, command: string): Promise<[{ using: string; check: string }]> {
  const rows = (await queryRunner.query(
    `SELECT qual AS "using", coalesce(with_check, qual) AS "check" FROM pg_policies
      WHERE schemaname = current_schema() AND tablename = $1 AND policyname = $2 AND cmd = $3 AND permissive = 'PERMISSIVE' AND roles = '{public}'`,
    [table, policy, command],
  )) as { using: string; check: string }[];
  if (rows.length !== 1 || !rows[0].using) throw new Error(`ErasureAsTheSystem: no permissive ${command} policy ${policy} on ${table} for every role`);
  return [rows[0]];
}
