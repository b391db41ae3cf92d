import { graphql } from '../../../generated';

export const ExternalReferralFields = graphql(`
  fragment ExternalReferralFields on ExternalReferral {
    id
    serviceName
    category
    city
    contact
    urgency
    reason
    clientWishes
    followUpOn
    isOverdue
    outcome
    outcomeNote
    outcomeAt
    outcomeByName
    senderOrganisationName
    sentByName
    createdAt
    viewerCanRecordOutcome
  }
`);

export const ExternalReferralsQuery = graphql(`
  query ExternalReferrals($clientId: ID!) {
    externalReferrals(clientId: $clientId) {
      ...ExternalReferralFields
    }
  }
`);

export const CreateExternalReferralMutation = graphql(`
  mutation CreateExternalReferral($input: CreateExternalReferralInput!) {
    createExternalReferral(input: $input) {
      ...ExternalReferralFields
    }
  }
`);

export const RecordExternalReferralOutcomeMutation = graphql(`
  mutation RecordExternalReferralOutcome($input: RecordExternalReferralOutcomeInput!) {
    recordExternalReferralOutcome(input: $input) {
      ...ExternalReferralFields
    }
  }
`);
