import type { TestApi } from '../../support/test-api';
import type { GraphQLClient } from '../../support/graphql-client';

/** The workers of the follow-up tests; Boysproject owns the clients they register. */
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

/** Registers a client through the API, as a worker of the owning organisation. */
export async function registerClient(owner: GraphQLClient, pseudonym: string): Promise<string> {
  const data = await owner.ok(`mutation($input: CreateClientInput!) { createClient(input: $input) { id } }`, { input: { pseudonym } });
  return data.createClient.id;
}

/** Records a live consent through the API (it replaces an earlier one of the same grantee). */
export async function giveConsent(owner: GraphQLClient, clientId: string, granteeOrganisationId: string, scopes: string[]): Promise<string> {
  const data = await owner.ok(`mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
    input: { clientId, granteeOrganisationId, scopes, purpose: 'samen begeleiden', method: 'VERBAL' },
  });
  return data.recordConsent.id;
}

export async function revokeConsent(owner: GraphQLClient, consentId: string): Promise<void> {
  await owner.ok(`mutation($id: ID!) { revokeConsent(id: $id, reason: "cliënt wil het niet meer") { id } }`, { id: consentId });
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
