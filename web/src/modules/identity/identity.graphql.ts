import { graphql } from '../../generated';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      displayName
      email
      locale
      networkRole
      activeRole
      activeOrganisation {
        id
        name
      }
      memberships {
        id
        role
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      expiresAt
      user {
        id
        locale
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const SetLocaleMutation = graphql(`
  mutation SetLocale($locale: Locale!) {
    setLocale(locale: $locale) {
      id
      locale
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($code: String!, $email: String!, $displayName: String!, $password: String!) {
    acceptInvitation(code: $code, email: $email, displayName: $displayName, password: $password) {
      expiresAt
      user {
        id
        locale
      }
    }
  }
`);

export const SwitchOrganisationMutation = graphql(`
  mutation SwitchOrganisation($organisationId: ID!) {
    switchOrganisation(organisationId: $organisationId) {
      id
    }
  }
`);
