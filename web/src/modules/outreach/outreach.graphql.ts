import { graphql } from '../../generated';

export const OutreachSessionFields = graphql(`
  fragment OutreachSessionFields on OutreachSession {
    id
    version
    startsAt
    endsAt
    contactsTotal
    contactsNew
    peerWorkers
    experienceExperts
    languages
    topics
    signals
    canEdit
    updatedAt
    place {
      id
      name
      kind
      region
    }
    colleagues {
      id
      displayName
    }
    materials {
      count
      materialKind {
        id
        name
      }
    }
    referrals {
      category
      count
    }
    createdBy {
      id
      displayName
    }
    updatedBy {
      id
      displayName
    }
  }
`);

/** What the form offers; kept on the device too, so the form opens without a connection. */
export const OutreachFormListsQuery = graphql(`
  query OutreachFormLists {
    outreachPlaces {
      id
      name
      kind
      region
    }
    outreachMaterialKinds {
      id
      name
    }
    outreachColleagues {
      id
      displayName
    }
  }
`);

export const OutreachSessionsQuery = graphql(`
  query OutreachSessions($from: DateTimeISO, $to: DateTimeISO, $first: Int) {
    outreachSessions(from: $from, to: $to, first: $first) {
      ...OutreachSessionFields
    }
  }
`);

export const OutreachSessionQuery = graphql(`
  query OutreachSession($id: ID!) {
    outreachSession(id: $id) {
      ...OutreachSessionFields
    }
  }
`);

export const LogOutreachSessionMutation = graphql(`
  mutation LogOutreachSession($id: ID!, $input: OutreachSessionInput!) {
    logOutreachSession(id: $id, input: $input) {
      ...OutreachSessionFields
    }
  }
`);

export const UpdateOutreachSessionMutation = graphql(`
  mutation UpdateOutreachSession($id: ID!, $version: Int!, $input: OutreachSessionInput!) {
    updateOutreachSession(id: $id, version: $version, input: $input) {
      ...OutreachSessionFields
    }
  }
`);

export const OutreachListsQuery = graphql(`
  query OutreachLists {
    outreachPlaces(includeArchived: true) {
      id
      name
      kind
      region
      archived
      canEdit
    }
    outreachMaterialKinds(includeArchived: true) {
      id
      name
      archived
    }
  }
`);

export const CreateOutreachPlaceMutation = graphql(`
  mutation CreateOutreachPlace($input: OutreachPlaceInput!) {
    createOutreachPlace(input: $input) {
      id
      name
      kind
      region
      archived
      canEdit
    }
  }
`);

export const UpdateOutreachPlaceMutation = graphql(`
  mutation UpdateOutreachPlace($id: ID!, $input: OutreachPlaceInput!) {
    updateOutreachPlace(id: $id, input: $input) {
      id
      name
      kind
      region
      archived
      canEdit
    }
  }
`);

export const CreateOutreachMaterialKindMutation = graphql(`
  mutation CreateOutreachMaterialKind($input: OutreachMaterialKindInput!) {
    createOutreachMaterialKind(input: $input) {
      id
      name
      archived
    }
  }
`);

export const UpdateOutreachMaterialKindMutation = graphql(`
  mutation UpdateOutreachMaterialKind($id: ID!, $input: OutreachMaterialKindInput!) {
    updateOutreachMaterialKind(id: $id, input: $input) {
      id
      name
      archived
    }
  }
`);
