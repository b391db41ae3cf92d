import { graphql } from '../../generated';

export const ClientListQuery = graphql(`
  query ClientList($relation: ClientRelation!, $search: String, $first: Int!, $after: String) {
    clients(relation: $relation, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        pseudonym
        lastActivityAt
        viewerIsOwner
        sharedScopes
        ownerOrganisation {
          id
          name
        }
      }
    }
  }
`);

export const ConsentFields = graphql(`
  fragment ConsentFields on Consent {
    id
    clientId
    scopes
    purpose
    method
    status
    validFrom
    validUntil
    recordedAt
    recordedByName
    revokedAt
    revokedByName
    revokedByClient
    revocationReason
    signedFormDocumentId
    granteeOrganisation {
      id
      name
    }
  }
`);

/** What the client page's header, banners and tabs need (shared by every tab). */
export const ClientHeaderQuery = graphql(`
  query ClientHeader($id: ID!) {
    client(id: $id) {
      id
      pseudonym
      viewerIsOwner
      sharedScopes
      lastActivityAt
      erasedAt
      dueForRetentionReview
      ownerOrganisation {
        id
        name
      }
      consentUsed {
        ...ConsentFields
      }
      contact {
        scope
        doNotContact
        phoneMayBeReadByOthers
        safeTimes
        codeWord
        preferredChannel
      }
    }
  }
`);

export const SectionStatusFields = graphql(`
  fragment SectionStatusFields on ClientSectionStatus {
    scope
    shared
    filled
    canEdit
    updatedAt
    updatedByName
    updatedByOrganisationName
    confirmedAt
    confirmedByName
    confirmedByOrganisationName
  }
`);

/** Every section the viewer may see, with its content (the shared intake). */
export const ClientIntakeFields = graphql(`
  fragment ClientIntakeFields on Client {
    id
    pseudonym
    viewerIsOwner
    sharedScopes
    lastActivityAt
    sections {
      ...SectionStatusFields
    }
    identity {
      scope
      legalName
      dateOfBirth
      nationalNumber
    }
    contact {
      scope
      phone
      messaging
      address
      preferredChannel
      safeTimes
      codeWord
      doNotContact
      phoneMayBeReadByOthers
    }
    profile {
      scope
      ageRange
      genderIdentity
      languages
      region
    }
    lifeDomains {
      scope
      domains {
        domain
        rating
        note
      }
    }
    health {
      scope
      insured
      hasGeneralPractitioner
      substanceUse
      note
    }
    sexWork {
      scope
      contexts
      workingSince
      exitWish
      note
    }
    safety {
      scope
      riskLevel
      violence
      traffickingIndicators
      safetyPlanAgreed
      note
    }
    notes {
      scope
      text
    }
  }
`);

export const ClientIntakeQuery = graphql(`
  query ClientIntake($id: ID!) {
    client(id: $id) {
      ...ClientIntakeFields
    }
  }
`);

export const CreateClientMutation = graphql(`
  mutation CreateClient($input: CreateClientInput!) {
    createClient(input: $input) {
      id
      pseudonym
    }
  }
`);

export const UpdateClientMutation = graphql(`
  mutation UpdateClient($id: ID!, $input: UpdateClientInput!) {
    updateClient(id: $id, input: $input) {
      ...ClientIntakeFields
    }
  }
`);

export const ConfirmClientSectionMutation = graphql(`
  mutation ConfirmClientSection($clientId: ID!, $scope: Scope!) {
    confirmClientSection(clientId: $clientId, scope: $scope) {
      id
      sections {
        ...SectionStatusFields
      }
    }
  }
`);

export const ClientConsentsQuery = graphql(`
  query ClientConsents($id: ID!) {
    client(id: $id) {
      id
      consents {
        ...ConsentFields
      }
    }
  }
`);

export const ConsentOrganisationsQuery = graphql(`
  query ConsentOrganisations($first: Int!, $after: String) {
    organisations(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        city
      }
    }
  }
`);

export const RecordConsentMutation = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      ...ConsentFields
    }
  }
`);

export const RevokeConsentMutation = graphql(`
  mutation RevokeConsent($id: ID!, $reason: String) {
    revokeConsent(id: $id, reason: $reason) {
      ...ConsentFields
    }
  }
`);

export const AuditTrailQuery = graphql(`
  query AuditTrail($clientId: ID!, $first: Int!, $after: String) {
    auditTrail(clientId: $clientId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        at
        lastAt
        count
        actorName
        actorOrganisationName
        operation
        action
        scopes
        consentId
      }
    }
  }
`);

export const RenewConsentMutation = graphql(`
  mutation RenewConsent($id: ID!, $method: ConsentMethod!) {
    renewConsent(id: $id, method: $method) {
      ...ConsentFields
    }
  }
`);

export const ConsentsEndingSoonQuery = graphql(`
  query ConsentsEndingSoon {
    consentsEndingSoon {
      ...ConsentFields
      client {
        id
        pseudonym
      }
    }
  }
`);

/** The signed consent forms a WRITTEN consent can point to (attached on the Documents tab first). */
export const ClientSignedFormsQuery = graphql(`
  query ClientSignedForms($id: ID!) {
    client(id: $id) {
      id
      documents {
        id
        title
        kind
      }
    }
  }
`);
