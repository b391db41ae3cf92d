import { graphql } from '../../generated';

export const OrganisationQuery = graphql(`
  query Organisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      alternateName
      description
      city
      country
      email
      phone
      website
      canEdit
      canManageMembers
      locations {
        id
        name
        address
        postalCode
        city
        region
        visibility
        canEdit
      }
      services(includeArchived: true) {
        id
        name
        status
        capacityStatus
        waitingDays
        isStale
        lastConfirmedAt
        canEdit
        canUpdateCapacity
      }
      members {
        id
        role
        createdAt
        user {
          id
          displayName
          email
        }
      }
      pendingInvitations {
        id
        displayName
        email
        role
        expiresAt
      }
    }
  }
`);

export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {
    updateOrganisation(id: $id, input: $input) {
      id
      name
      alternateName
      description
      city
      country
      email
      phone
      website
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($organisationId: ID!, $role: MemberRole!, $email: String, $displayName: String) {
    inviteMember(organisationId: $organisationId, role: $role, email: $email, displayName: $displayName) {
      id
      code
      displayName
      email
      role
      expiresAt
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
    }
  }
`);

export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($membershipId: ID!, $role: MemberRole!) {
    changeMemberRole(membershipId: $membershipId, role: $role) {
      id
      role
    }
  }
`);

export const OrganisationsQuery = graphql(`
  query Organisations($search: String, $first: Int!, $after: String) {
    organisations(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        city
        country
      }
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      organisation {
        id
        name
      }
      invitation {
        id
        code
        email
        expiresAt
      }
    }
  }
`);

export const CreateLocationMutation = graphql(`
  mutation CreateLocation($input: LocationInput!) {
    createLocation(input: $input) {
      id
      name
      address
      postalCode
      city
      region
      visibility
      canEdit
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($membershipId: ID!) {
    removeMember(membershipId: $membershipId)
  }
`);
