import type { GraphQLClient } from '../../support/graphql-client';
import type { TestApi } from '../../support/test-api';

/** Everything a referral test shows of a referral. */
export const REFERRAL = `id status urgency dueAt isOverdue viewerRole allowedActions unread clientPseudonym reason clientWishes sharedScopes
  cancelReason declineReason outcome sentBy { id name } acceptedBy { id name }
  client { id pseudonym } service { id name } senderOrganisation { name } receivingOrganisation { name }
  introduction { plannedAt place accompaniedBy clientWillCall }
  events { fromStatus toStatus actorName organisationName at reason } messages { id body authorName organisationName at }`;

export const CREATE = `mutation($input: CreateReferralInput!, $key: String) { createReferral(input: $input, idempotencyKey: $key) { ${REFERRAL} } }`;
export const SEND = `mutation($id: ID!, $consent: ReferralConsentInput, $key: String) { sendReferral(id: $id, consent: $consent, idempotencyKey: $key) { ${REFERRAL} } }`;
export const ACCEPT = `mutation($id: ID!, $key: String) { acceptReferral(id: $id, idempotencyKey: $key) { ${REFERRAL} } }`;
export const DECLINE = `mutation($id: ID!, $key: String) { declineReferral(id: $id, input: { reason: NO_CAPACITY, note: "Vol" }, idempotencyKey: $key) { ${REFERRAL} } }`;
export const CANCEL = `mutation($id: ID!) { cancelReferral(id: $id, input: { reason: NO_LONGER_NEEDED }) { ${REFERRAL} } }`;
export const COMPLETE = `mutation($id: ID!) { completeReferral(id: $id, input: { outcome: SERVICE_STARTED, note: "Gestart" }) { ${REFERRAL} } }`;
export const MESSAGE = `mutation($id: ID!, $body: String!, $key: String) { postReferralMessage(referralId: $id, body: $body, idempotencyKey: $key) { id body } }`;
export const GET = `query($id: ID!) { referral(id: $id) { ${REFERRAL} } }`;

export interface Network {
  org: (name: string) => string;
  service: (name: string) => string;
  user: (email: string) => string;
  /** A new client of `owner` (as the clients module would register it). */
  newClient: (owner: string, pseudonym?: string) => Promise<string>;
  /** The client's live consent for `grantee`, as recordConsent would store it. */
  grant: (clientId: string, grantee: string, scopes?: string[]) => Promise<string>;
}

export async function network(api: TestApi): Promise<Network> {
  const orgs = new Map<string, string>((await api.dataSource.query(`SELECT id, name FROM organisations`)).map((r: any) => [r.name, r.id]));
  const services = new Map<string, string>((await api.dataSource.query(`SELECT id, name FROM services`)).map((r: any) => [r.name, r.id]));
  const users = new Map<string, string>((await api.dataSource.query(`SELECT id, email FROM users`)).map((r: any) => [r.email, r.id]));
  const pick = (map: Map<string, string>, key: string) => {
    const value = map.get(key);
    if (!value) throw new Error(`No demo ${key}`);
    return value;
  };
  let counter = 0;
  return {
    org: (name) => pick(orgs, name),
    service: (name) => pick(services, name),
    user: (email) => pick(users, email),
    async newClient(owner, pseudonym = `Test ${++counter}-${Math.random().toString(36).slice(2, 6)}`) {
      const [row] = await api.dataSource.query(`INSERT INTO clients (pseudonym, owner_organisation_id) VALUES ($1, $2) RETURNING id`, [
        pseudonym,
        pick(orgs, owner),
      ]);
      return row.id;
    },
    async grant(clientId, grantee, scopes = ['PROFILE', 'LIFE_DOMAINS']) {
      const [row] = await api.dataSource.query(
        `INSERT INTO consents (client_id, owner_organisation_id, grantee_organisation_id, scopes, purpose, method, valid_from, valid_until, recorded_by_name, recorded_at)
         SELECT $1, c.owner_organisation_id, $2, $3, 'Doorverwijzing', 'VERBAL', now() - interval '1 day', now() + interval '300 days', 'Test', now() FROM clients c WHERE c.id = $1
         RETURNING id`,
        [clientId, pick(orgs, grantee), scopes],
      );
      return row.id;
    },
  };
}

/** A referral from Boysproject (sam) to NextStep's exit programme, for a client NextStep holds consent for. */
export async function sentReferral(sam: GraphQLClient, net: Network, overrides: Record<string, unknown> = {}): Promise<any> {
  const clientId = await net.newClient('Boysproject');
  await net.grant(clientId, 'NextStep');
  const { createReferral } = await sam.ok(CREATE, {
    input: { clientId, serviceId: net.service('Uitstapprogramma NextStep'), reason: 'Wil uitstappen', clientWishes: 'Rustig aan', send: true, ...overrides },
  });
  return createReferral;
}
