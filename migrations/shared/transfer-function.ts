// Shared by migrations (not itself a migration: this folder is outside the migrations glob).

/** The tables whose rows carry the client's owner, as the ClientTransfers migration knew them. */
const tablesBefore1796414 = [
  'client_sections',
  'consents',
  'client_events',
  'care_plans',
  'care_goals',
  'care_plan_actions',
  'contact_notes',
  'referrals',
  'life_domain_assessments',
  'external_referrals',
];

/** brug_transfer_client() over the given tables  (a later migration adds its own table to the list). */
export const TRANSFER_FUNCTION = {
  tablesBefore1796414,
  sql: (tables: string[]) => `CREATE OR REPLACE FUNCTION brug_transfer_client(transfer uuid, at timestamptz) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
        DECLARE t client_transfers%ROWTYPE;
        BEGIN
          SELECT * INTO t FROM client_transfers
           WHERE id = transfer AND status = 'ACCEPTED' AND to_organisation_id = brug_org()
             AND xmin::text = (txid_current() % 4294967296)::text;
          IF NOT FOUND THEN RAISE EXCEPTION 'no transfer accepted by this organisation in this transaction' USING ERRCODE = '42501'; END IF;
          UPDATE clients SET owner_organisation_id = t.to_organisation_id, updated_at = at
           WHERE id = t.client_id AND owner_organisation_id = t.from_organisation_id;
          IF NOT FOUND THEN RAISE EXCEPTION 'the client is no longer owned by the proposing organisation' USING ERRCODE = '40001'; END IF;
          ${tables.map((table) => `UPDATE ${table} SET owner_organisation_id = t.to_organisation_id WHERE client_id = t.client_id;`).join('\n          ')}
          UPDATE consents SET revoked_at = at, revoked_by_user_id = brug_user(), revoked_by_name = 'Brug', revocation_reason = 'transferred'
           WHERE client_id = t.client_id AND grantee_organisation_id = t.to_organisation_id AND revoked_at IS NULL;
        END $fn$`,
};
