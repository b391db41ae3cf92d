import { graphql } from '../../generated';

export const ClientTransferFields = graphql(`
  fragment ClientTransferFields on ClientTransfer {
    id
    status
    agreementMethod
    agreedAt
    formerOwnerScopes
    note
    proposedByName
    answeredByName
    answeredAt
    declineNote
    createdAt
    viewerCanAnswer
    viewerCanCancel
    fromOrganisation {
      id
      name
    }
    toOrganisation {
      id
      name
    }
    client {
      id
      pseudonym
    }
  }
`);

export const ClientTransfersQuery = graphql(`
  query ClientTransfers($open: Boolean) {
    clientTransfers(open: $open) {
      ...ClientTransferFields
    }
  }
`);

export const ProposeTransferMutation = graphql(`
  mutation ProposeTransfer($input: ProposeTransferInput!) {
    proposeTransfer(input: $input) {
      ...ClientTransferFields
    }
  }
`);

export const AcceptTransferMutation = graphql(`
  mutation AcceptTransfer($input: AnswerTransferInput!) {
    acceptTransfer(input: $input) {
      ...ClientTransferFields
    }
  }
`);

export const DeclineTransferMutation = graphql(`
  mutation DeclineTransfer($input: AnswerTransferInput!) {
    declineTransfer(input: $input) {
      ...ClientTransferFields
    }
  }
`);

export const CancelTransferMutation = graphql(`
  mutation CancelTransfer($input: AnswerTransferInput!) {
    cancelTransfer(input: $input) {
      ...ClientTransferFields
    }
  }
`);
