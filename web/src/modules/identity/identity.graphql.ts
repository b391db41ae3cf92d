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
      twoFactorEnabled
      twoFactorRequired
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
  mutation Login($email: String!, $password: String!, $code: String) {
    login(email: $email, password: $password, code: $code) {
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
  mutation AcceptInvitation($code: String!, $email: String!, $displayName: String!, $password: String!, $twoFactorCode: String) {
    acceptInvitation(code: $code, email: $email, displayName: $displayName, password: $password, twoFactorCode: $twoFactorCode) {
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

export const StartTwoFactorEnrolmentMutation = graphql(`
  mutation StartTwoFactorEnrolment {
    startTwoFactorEnrolment {
      secret
      otpauthUrl
    }
  }
`);

export const ConfirmTwoFactorEnrolmentMutation = graphql(`
  mutation ConfirmTwoFactorEnrolment($code: String!) {
    confirmTwoFactorEnrolment(code: $code)
  }
`);

export const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);
