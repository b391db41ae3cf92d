import { graphql } from '../../generated';

export const ReferralListFields = graphql(`
  fragment ReferralListFields on Referral {
    id
    status
    urgency
    clientPseudonym
    sentAt
    createdAt
    dueAt
    isOverdue
    unread
    viewerRole
    service {
      id
      name
    }
    senderOrganisation {
      id
      name
    }
    receivingOrganisation {
      id
      name
    }
  }
`);

export const ReferralInboxQuery = graphql(`
  query ReferralInbox($status: ReferralStatus, $overdueOnly: Boolean, $first: Int!, $after: String) {
    referralInbox(status: $status, overdueOnly: $overdueOnly, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ReferralListFields
      }
    }
  }
`);

export const ReferralsSentQuery = graphql(`
  query ReferralsSent($status: ReferralStatus, $first: Int!, $after: String) {
    referralsSent(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ReferralListFields
      }
    }
  }
`);

// InboxCountsQuery and InboxChangedSubscription: inbox-counts.graphql.ts (the header's badge, in the main bundle).

export const ReferralDetailFields = graphql(`
  fragment ReferralDetailFields on Referral {
    id
    status
    changedAt
    messageCount
    lastMessageAt
    urgency
    reason
    clientWishes
    requirementAnswers {
      requirementId
      kind
      text
      answer
      provided
      note
      notEligible
    }
    clientPseudonym
    createdAt
    sentAt
    dueAt
    expiresAt
    isOverdue
    unread
    viewerRole
    allowedActions
    sharedScopes
    statusChangedAt
    declineReason
    declineNote
    cancelReason
    cancelNote
    outcome
    outcomeNote
    referredAgainFromId
    client {
      id
      pseudonym
      sharedScopes
      viewerIsOwner
    }
    service {
      id
      name
      capacityStatus
      waitingDays
    }
    suggestedService {
      id
      name
      organisation {
        id
        name
      }
    }
    senderOrganisation {
      id
      name
    }
    receivingOrganisation {
      id
      name
      members {
        id
        user {
          id
          displayName
        }
      }
    }
    sentBy {
      id
      name
    }
    acceptedBy {
      id
      name
    }
    introduction {
      plannedAt
      place
      accompaniedBy
      clientWillCall
    }
    events {
      id
      fromStatus
      toStatus
      actorName
      organisationName
      at
      reason
    }
    messages {
      id
      body
      authorName
      organisationName
      at
    }
  }
`);

export const ReferralQuery = graphql(`
  query Referral($id: ID!) {
    referral(id: $id) {
      ...ReferralDetailFields
    }
  }
`);

/**
 * What an open referral page polls: only fields without client data (a time, a count), so the
 * poll is no read of the client and writes no audit entry. When they move, the page reads the
 * whole referral again (that read is audited, as it should be).
 */
export const ReferralChangesQuery = graphql(`
  query ReferralChanges($id: ID!) {
    referral(id: $id) {
      id
      status
      changedAt
      messageCount
      lastMessageAt
      isOverdue
    }
  }
`);

/** The client the wizard refers: who it is, what can be shared, which consents exist. */
export const WizardClientQuery = graphql(`
  query WizardClient($id: ID!) {
    client(id: $id) {
      id
      pseudonym
      viewerIsOwner
      sharedScopes
      ownerOrganisation {
        id
        name
      }
      consents {
        id
        status
        scopes
        validUntil
        granteeOrganisation {
          id
          name
        }
      }
    }
  }
`);

export const WizardServiceQuery = graphql(`
  query WizardService($id: ID!) {
    service(id: $id) {
      ...ServiceCardFields
    }
  }
`);

export const OurClientsQuery = graphql(`
  query OurClientsForReferral($search: String, $first: Int!) {
    clients(relation: OWN, search: $search, first: $first) {
      totalCount
      nodes {
        id
        pseudonym
      }
    }
  }
`);

export const CreateReferralMutation = graphql(`
  mutation CreateReferral($input: CreateReferralInput!, $idempotencyKey: String) {
    createReferral(input: $input, idempotencyKey: $idempotencyKey) {
      ...ReferralDetailFields
    }
  }
`);

export const UpdateReferralDraftMutation = graphql(`
  mutation UpdateReferralDraft($id: ID!, $input: UpdateReferralDraftInput!) {
    updateReferralDraft(id: $id, input: $input) {
      ...ReferralDetailFields
    }
  }
`);

export const SendReferralMutation = graphql(`
  mutation SendReferral($id: ID!, $consent: ReferralConsentInput, $idempotencyKey: String) {
    sendReferral(id: $id, consent: $consent, idempotencyKey: $idempotencyKey) {
      ...ReferralDetailFields
    }
  }
`);

export const AcceptReferralMutation = graphql(`
  mutation AcceptReferral($id: ID!, $input: AcceptReferralInput, $idempotencyKey: String) {
    acceptReferral(id: $id, input: $input, idempotencyKey: $idempotencyKey) {
      ...ReferralDetailFields
    }
  }
`);

export const DeclineReferralMutation = graphql(`
  mutation DeclineReferral($id: ID!, $input: DeclineReferralInput!, $idempotencyKey: String) {
    declineReferral(id: $id, input: $input, idempotencyKey: $idempotencyKey) {
      ...ReferralDetailFields
    }
  }
`);

export const CancelReferralMutation = graphql(`
  mutation CancelReferral($id: ID!, $input: CancelReferralInput!, $idempotencyKey: String) {
    cancelReferral(id: $id, input: $input, idempotencyKey: $idempotencyKey) {
      ...ReferralDetailFields
    }
  }
`);

export const CompleteReferralMutation = graphql(`
  mutation CompleteReferral($id: ID!, $input: CompleteReferralInput!, $idempotencyKey: String) {
    completeReferral(id: $id, input: $input, idempotencyKey: $idempotencyKey) {
      ...ReferralDetailFields
    }
  }
`);

export const PostReferralMessageMutation = graphql(`
  mutation PostReferralMessage($referralId: ID!, $body: String!, $idempotencyKey: String) {
    postReferralMessage(referralId: $referralId, body: $body, idempotencyKey: $idempotencyKey) {
      id
      body
      authorName
      organisationName
      at
    }
  }
`);

export const ReferAgainMutation = graphql(`
  mutation ReferAgain($referralId: ID!, $serviceId: ID, $idempotencyKey: String) {
    referAgain(referralId: $referralId, serviceId: $serviceId, idempotencyKey: $idempotencyKey) {
      ...ReferralDetailFields
    }
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($first: Int!, $after: String) {
    notifications(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        text
        detail
        createdAt
        readAt
        referralId
        serviceName
        referralSentAt
        consentId
        consentEndsAt
        consentOrganisationName
        consentClientId
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const ReferralStatisticsQuery = graphql(`
  query ReferralStatistics {
    referralStatistics {
      serviceId
      serviceName
      organisationName
      waiting
      medianWaitingHours
      maxWaitingHours
      accepted90d
      declined90d
      expired90d
    }
  }
`);
