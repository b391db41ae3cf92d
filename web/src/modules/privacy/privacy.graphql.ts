import { graphql } from '../../generated';

/** Everything Brug holds about a client (format "brug.client-export", version 1); audited as EXPORT. */
export const ExportClientDataQuery = graphql(`
  query ExportClientData($clientId: ID!) {
    exportClientData(clientId: $clientId)
  }
`);

export const EraseClientMutation = graphql(`
  mutation EraseClient($clientId: ID!, $reason: String!, $confirmPseudonym: String!) {
    eraseClient(clientId: $clientId, reason: $reason, confirmPseudonym: $confirmPseudonym) {
      clientId
      pseudonym
      erasedAt
      sectionsDeleted
      goalsDeleted
      actionsDeleted
      notesDeleted
      consentsEnded
      referralsCancelled
      referralsScrubbed
      messagesScrubbed
      timelineEntriesScrubbed
    }
  }
`);

export const ClientsDueForReviewQuery = graphql(`
  query ClientsDueForReview($first: Int!, $after: String) {
    clientsDueForReview(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        pseudonym
        lastActivityAt
      }
    }
  }
`);
