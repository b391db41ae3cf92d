import type { TestApi } from '../../support/test-api';

/**
 * Clients and consents for follow-up tests, written as the database owner (the clients and
 * consent API is built on another branch; the tables are the same).
 */
export const WORKERS = {
  owner: 'sam@boysproject.test', // Boysproject, owns the clients below
  nextStep: 'lotte@nextstep.test',
  moviera: 'noor@moviera.test',
  rups: 'ines@rups-denbosch.test',
  alias: 'jules@alias.test',
  coordinator: 'coordinator@brug.test',
} as const;

export async function organisationIds(api: TestApi): Promise<Record<string, string>> {
  const rows: { name: string; id: string }[] = await api.dataSource.query(`SELECT name, id FROM organisations`);
  return Object.fromEntries(rows.map((r) => [r.name, r.id]));
}

export async function registerClient(api: TestApi, pseudonym: string, ownerOrganisationId: string): Promise<string> {
  const [{ id }] = await api.dataSource.query(`INSERT INTO clients (pseudonym, owner_organisation_id) VALUES ($1, $2) RETURNING id`, [pseudonym, ownerOrganisationId]);
  return id;
}

/** A live consent (and its timeline entry), replacing an earlier one of the same grantee. */
export async function giveConsent(api: TestApi, clientId: string, granteeOrganisationId: string, scopes: string[]): Promise<string> {
  const [{ owner_organisation_id: owner }] = await api.dataSource.query(`SELECT owner_organisation_id FROM clients WHERE id = $1`, [clientId]);
  await api.dataSource.query(`UPDATE consents SET revoked_at = now() WHERE client_id = $1 AND grantee_organisation_id = $2 AND revoked_at IS NULL`, [clientId, granteeOrganisationId]);
  const [{ id }] = await api.dataSource.query(
    `INSERT INTO consents (client_id, owner_organisation_id, grantee_organisation_id, scopes, purpose, method, valid_from, valid_until, recorded_by_name, recorded_at)
     VALUES ($1, $2, $3, $4, 'samen begeleiden', 'VERBAL', now() - interval '1 day', now() + interval '180 days', 'Sam (demo)', now()) RETURNING id`,
    [clientId, owner, granteeOrganisationId, scopes],
  );
  const [{ name }] = await api.dataSource.query(`SELECT name FROM organisations WHERE id = $1`, [owner]);
  await api.dataSource.query(
    `INSERT INTO client_events (client_id, owner_organisation_id, organisation_id, organisation_name, actor_name, kind, scope, occurred_at, summary, subject_type, subject_id)
     VALUES ($1, $2, $2, $3, 'Sam (demo)', 'CONSENT_GIVEN', NULL, now(), $4, 'Consent', $5)`,
    [clientId, owner, name, JSON.stringify({ granteeOrganisationId, scopes }), id],
  );
  return id;
}

export async function revokeConsents(api: TestApi, clientId: string, granteeOrganisationId: string): Promise<void> {
  await api.dataSource.query(`UPDATE consents SET revoked_at = now() WHERE client_id = $1 AND grantee_organisation_id = $2 AND revoked_at IS NULL`, [clientId, granteeOrganisationId]);
}

export const ADD_GOAL = `mutation($input: AddGoalInput!) { addGoal(input: $input) { id lifeDomain text status } }`;
export const ADD_ACTION = `mutation($input: AddActionInput!) { addAction(input: $input) { id dueOn status isOverdue organisation { name } } }`;
export const COMPLETE_ACTION = `mutation($input: CompleteActionInput!) { completeAction(input: $input) { id status completionNote } }`;
export const ADD_NOTE = `mutation($input: AddNoteInput!) { addNote(input: $input) { id text organisationName } }`;
export const SET_LEAD = `mutation($clientId: ID!, $organisationId: ID!) { setCarePlanLead(clientId: $clientId, organisationId: $organisationId) { leadOrganisation { name } } }`;
export const CARE_PLAN = `query($clientId: ID!) { carePlan(clientId: $clientId) { clientId leadOrganisation { name } goals { id text actions { id description } } } }`;
export const TIMELINE = `query($clientId: ID!, $organisationId: ID, $kinds: [String!], $first: Int, $after: String) {
  clientTimeline(clientId: $clientId, organisationId: $organisationId, kinds: $kinds, first: $first, after: $after) {
    edges { cursor node { id kind scope organisationName fromOtherOrganisation text summary } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** A day relative to today, as YYYY-MM-DD (the calendar of the API's time zone). */
export function day(offset: number, from = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date(from.getTime() + offset * 86_400_000));
}
