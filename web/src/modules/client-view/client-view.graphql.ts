import { graphql } from '../../generated';

// The worker's side: codes for the client's own view (owning organisation only).
export const ClientViewCodeFields = graphql(`
  fragment ClientViewCodeFields on ClientViewCode {
    id
    status
    createdAt
    createdByName
    redeemBy
    redeemedAt
    sessionEndsAt
    revokedAt
  }
`);

export const ClientViewCodesQuery = graphql(`
  query ClientViewCodes($clientId: ID!) {
    clientViewCodes(clientId: $clientId) {
      phoneMayBeReadByOthers
      codes {
        ...ClientViewCodeFields
      }
    }
  }
`);

export const CreateClientViewCodeMutation = graphql(`
  mutation CreateClientViewCode($clientId: ID!, $phoneWarningSeen: Boolean!) {
    createClientViewCode(clientId: $clientId, phoneWarningSeen: $phoneWarningSeen) {
      code
      record {
        ...ClientViewCodeFields
      }
    }
  }
`);

export const RevokeClientViewCodeMutation = graphql(`
  mutation RevokeClientViewCode($id: ID!) {
    revokeClientViewCode(id: $id) {
      ...ClientViewCodeFields
    }
  }
`);

// The client's side: their own view, opened with the code.
export const OpenClientViewMutation = graphql(`
  mutation OpenClientView($code: String!) {
    openClientView(code: $code) {
      endsAt
    }
  }
`);

export const MyRecordAccessQuery = graphql(`
  query MyRecordAccess {
    myRecordAccess {
      ownerOrganisationName
      endsAt
      consents {
        id
        scopes
        status
        validFrom
        validUntil
        revokedAt
        revokedByClient
        granteeOrganisation {
          id
          name
        }
      }
      whoSaw(first: 50) {
        totalCount
        nodes {
          id
          at
          lastAt
          count
          actorKind
          actorName
          actorOrganisationName
          operation
          scopes
        }
      }
    }
  }
`);

export const WithdrawMyConsentMutation = graphql(`
  mutation WithdrawMyConsent($id: ID!) {
    withdrawMyConsent(id: $id) {
      id
      status
      revokedAt
      revokedByClient
    }
  }
`);

export const CloseClientViewMutation = graphql(`
  mutation CloseClientView {
    closeClientView
  }
`);
