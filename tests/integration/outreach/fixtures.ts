import { randomUUID } from 'node:crypto';
import type { GraphQLClient } from '../../support/graphql-client';

export const SESSION_FIELDS = `id version startsAt endsAt contactsTotal contactsNew languages topics signals peerWorkers experienceExperts canEdit
  place { id name kind region } colleagues { id displayName } materials { count materialKind { id name } } referrals { category count }
  createdBy { displayName } updatedBy { displayName }`;

export const LOG = `mutation($id: ID!, $input: OutreachSessionInput!) { logOutreachSession(id: $id, input: $input) { ${SESSION_FIELDS} } }`;
export const UPDATE = `mutation($id: ID!, $version: Int!, $input: OutreachSessionInput!) { updateOutreachSession(id: $id, version: $version, input: $input) { ${SESSION_FIELDS} } }`;

/** A worker's input for one evening, with the first place and material kind of their organisation's lists. */
export async function sessionInput(worker: GraphQLClient, overrides: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const { outreachPlaces, outreachMaterialKinds, me } = await worker.ok(`{ outreachPlaces { id } outreachMaterialKinds { id } me { id } }`);
  const startsAt = new Date(Date.now() - 4 * 3_600_000);
  return {
    placeId: outreachPlaces[0].id,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
    colleagueIds: [me.id],
    peerWorkers: 1,
    experienceExperts: 0,
    contactsTotal: 12,
    contactsNew: 3,
    languages: ['nl', 'ro'],
    topics: ['SAFER_SEX', 'HOUSING'],
    materials: [{ materialKindId: outreachMaterialKinds[0].id, count: 80 }],
    referrals: [{ category: 'STI_HIV_TESTING', count: 2 }],
    signals: 'A new meeting place behind the station.',
    ...overrides,
  };
}

export const newId = () => randomUUID();
