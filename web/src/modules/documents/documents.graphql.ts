import { graphql } from '../../generated';

export const ClientDocumentsQuery = graphql(`
  query ClientDocuments($id: ID!) {
    client(id: $id) {
      id
      viewerIsOwner
      erasedAt
      documents {
        id
        title
        kind
        scope
        mimeType
        sizeBytes
        createdAt
        createdByName
        createdByOrganisationName
      }
    }
  }
`);
