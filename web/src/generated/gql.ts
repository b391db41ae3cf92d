/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ClientList($relation: ClientRelation!, $search: String, $first: Int!, $after: String) {\n    clients(relation: $relation, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        pseudonym\n        lastActivityAt\n        viewerIsOwner\n        sharedScopes\n        ownerOrganisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ClientListDocument,
    "\n  fragment ConsentFields on Consent {\n    id\n    clientId\n    scopes\n    purpose\n    method\n    status\n    validFrom\n    validUntil\n    recordedAt\n    recordedByName\n    revokedAt\n    revokedByName\n    revocationReason\n    granteeOrganisation {\n      id\n      name\n    }\n  }\n": typeof types.ConsentFieldsFragmentDoc,
    "\n  query ClientHeader($id: ID!) {\n    client(id: $id) {\n      id\n      pseudonym\n      viewerIsOwner\n      sharedScopes\n      lastActivityAt\n      erasedAt\n      dueForRetentionReview\n      ownerOrganisation {\n        id\n        name\n      }\n      consentUsed {\n        ...ConsentFields\n      }\n      contact {\n        scope\n        doNotContact\n        phoneMayBeReadByOthers\n        safeTimes\n        codeWord\n        preferredChannel\n      }\n    }\n  }\n": typeof types.ClientHeaderDocument,
    "\n  fragment SectionStatusFields on ClientSectionStatus {\n    scope\n    shared\n    filled\n    canEdit\n    updatedAt\n    updatedByName\n    updatedByOrganisationName\n    confirmedAt\n    confirmedByName\n    confirmedByOrganisationName\n  }\n": typeof types.SectionStatusFieldsFragmentDoc,
    "\n  fragment ClientIntakeFields on Client {\n    id\n    pseudonym\n    viewerIsOwner\n    sharedScopes\n    lastActivityAt\n    sections {\n      ...SectionStatusFields\n    }\n    identity {\n      scope\n      legalName\n      dateOfBirth\n      nationalNumber\n    }\n    contact {\n      scope\n      phone\n      messaging\n      address\n      preferredChannel\n      safeTimes\n      codeWord\n      doNotContact\n      phoneMayBeReadByOthers\n    }\n    profile {\n      scope\n      ageRange\n      genderIdentity\n      languages\n      region\n    }\n    lifeDomains {\n      scope\n      domains {\n        domain\n        rating\n        note\n      }\n    }\n    health {\n      scope\n      insured\n      hasGeneralPractitioner\n      substanceUse\n      note\n    }\n    sexWork {\n      scope\n      contexts\n      workingSince\n      exitWish\n      note\n    }\n    safety {\n      scope\n      riskLevel\n      violence\n      traffickingIndicators\n      safetyPlanAgreed\n      note\n    }\n    notes {\n      scope\n      text\n    }\n  }\n": typeof types.ClientIntakeFieldsFragmentDoc,
    "\n  query ClientIntake($id: ID!) {\n    client(id: $id) {\n      ...ClientIntakeFields\n    }\n  }\n": typeof types.ClientIntakeDocument,
    "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      pseudonym\n    }\n  }\n": typeof types.CreateClientDocument,
    "\n  mutation UpdateClient($id: ID!, $input: UpdateClientInput!) {\n    updateClient(id: $id, input: $input) {\n      ...ClientIntakeFields\n    }\n  }\n": typeof types.UpdateClientDocument,
    "\n  mutation ConfirmClientSection($clientId: ID!, $scope: Scope!) {\n    confirmClientSection(clientId: $clientId, scope: $scope) {\n      id\n      sections {\n        ...SectionStatusFields\n      }\n    }\n  }\n": typeof types.ConfirmClientSectionDocument,
    "\n  query ClientConsents($id: ID!) {\n    client(id: $id) {\n      id\n      consents {\n        ...ConsentFields\n      }\n    }\n  }\n": typeof types.ClientConsentsDocument,
    "\n  query ConsentOrganisations($first: Int!, $after: String) {\n    organisations(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        city\n      }\n    }\n  }\n": typeof types.ConsentOrganisationsDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n": typeof types.RecordConsentDocument,
    "\n  mutation RevokeConsent($id: ID!, $reason: String) {\n    revokeConsent(id: $id, reason: $reason) {\n      ...ConsentFields\n    }\n  }\n": typeof types.RevokeConsentDocument,
    "\n  query AuditTrail($clientId: ID!, $first: Int!, $after: String) {\n    auditTrail(clientId: $clientId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        actorName\n        actorOrganisationName\n        operation\n        action\n        scopes\n        consentId\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      locale\n      networkRole\n      activeRole\n      twoFactorEnabled\n      twoFactorRequired\n      activeOrganisation {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!, $code: String) {\n    login(email: $email, password: $password, code: $code) {\n      expiresAt\n      user {\n        id\n        locale\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation SetLocale($locale: Locale!) {\n    setLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": typeof types.SetLocaleDocument,
    "\n  mutation AcceptInvitation($code: String!, $email: String!, $displayName: String!, $password: String!) {\n    acceptInvitation(code: $code, email: $email, displayName: $displayName, password: $password) {\n      expiresAt\n      user {\n        id\n        locale\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation SwitchOrganisation($organisationId: ID!) {\n    switchOrganisation(organisationId: $organisationId) {\n      id\n    }\n  }\n": typeof types.SwitchOrganisationDocument,
    "\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      otpauthUrl\n    }\n  }\n": typeof types.StartTwoFactorEnrolmentDocument,
    "\n  mutation ConfirmTwoFactorEnrolment($code: String!) {\n    confirmTwoFactorEnrolment(code: $code)\n  }\n": typeof types.ConfirmTwoFactorEnrolmentDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      alternateName\n      description\n      city\n      country\n      email\n      phone\n      website\n      canEdit\n      canManageMembers\n      locations {\n        id\n        name\n        address\n        postalCode\n        city\n        region\n        visibility\n        canEdit\n      }\n      services(includeArchived: true) {\n        id\n        name\n        status\n        capacityStatus\n        waitingDays\n        isStale\n        lastConfirmedAt\n        canEdit\n        canUpdateCapacity\n      }\n      members {\n        id\n        role\n        createdAt\n        user {\n          id\n          displayName\n          email\n        }\n      }\n      pendingInvitations {\n        id\n        displayName\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n": typeof types.OrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n      alternateName\n      description\n      city\n      country\n      email\n      phone\n      website\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation InviteMember($organisationId: ID!, $role: MemberRole!, $email: String, $displayName: String) {\n    inviteMember(organisationId: $organisationId, role: $role, email: $email, displayName: $displayName) {\n      id\n      code\n      displayName\n      email\n      role\n      expiresAt\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation ChangeMemberRole($membershipId: ID!, $role: MemberRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  query Organisations($search: String, $first: Int!, $after: String) {\n    organisations(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        city\n        country\n      }\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation {\n        id\n        name\n      }\n      invitation {\n        id\n        code\n        email\n        expiresAt\n      }\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation CreateLocation($input: LocationInput!) {\n    createLocation(input: $input) {\n      id\n      name\n      address\n      postalCode\n      city\n      region\n      visibility\n      canEdit\n    }\n  }\n": typeof types.CreateLocationDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  query ExportClientData($clientId: ID!) {\n    exportClientData(clientId: $clientId)\n  }\n": typeof types.ExportClientDataDocument,
    "\n  mutation EraseClient($clientId: ID!, $reason: String!, $confirmPseudonym: String!) {\n    eraseClient(clientId: $clientId, reason: $reason, confirmPseudonym: $confirmPseudonym) {\n      clientId\n      pseudonym\n      erasedAt\n      sectionsDeleted\n      goalsDeleted\n      actionsDeleted\n      notesDeleted\n      consentsEnded\n      referralsCancelled\n      referralsScrubbed\n      messagesScrubbed\n      timelineEntriesScrubbed\n    }\n  }\n": typeof types.EraseClientDocument,
    "\n  query ClientsDueForReview($first: Int!, $after: String) {\n    clientsDueForReview(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        pseudonym\n        lastActivityAt\n      }\n    }\n  }\n": typeof types.ClientsDueForReviewDocument,
    "\n  fragment ServiceCardFields on Service {\n    id\n    name\n    alternateName\n    capacityStatus\n    waitingDays\n    languages\n    isStale\n    status\n    categories\n    organisation {\n      id\n      name\n    }\n    locations {\n      id\n      city\n    }\n  }\n": typeof types.ServiceCardFieldsFragmentDoc,
    "\n  query SearchServices($filter: ServiceFilter, $first: Int!, $after: String) {\n    services(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ServiceCardFields\n      }\n    }\n  }\n": typeof types.SearchServicesDocument,
    "\n  fragment ServiceDetailFields on Service {\n    id\n    name\n    alternateName\n    description\n    categories\n    targetGroups\n    minimumAge\n    maximumAge\n    eligibility\n    schedule\n    languages\n    fees\n    applicationProcess\n    anonymousAccess\n    contactName\n    contactEmail\n    contactPhone\n    website\n    serviceAreas\n    capacityStatus\n    waitingDays\n    lastConfirmedAt\n    isStale\n    status\n    canEdit\n    canUpdateCapacity\n    organisation {\n      id\n      name\n      phone\n      email\n      website\n    }\n    locations {\n      id\n      name\n      address\n      postalCode\n      city\n      region\n      country\n      visibility\n    }\n  }\n": typeof types.ServiceDetailFieldsFragmentDoc,
    "\n  query Service($id: ID!) {\n    service(id: $id) {\n      ...ServiceDetailFields\n    }\n  }\n": typeof types.ServiceDocument,
    "\n  mutation SetServiceCapacity($id: ID!, $capacityStatus: CapacityStatus!, $waitingDays: Int) {\n    setServiceCapacity(id: $id, capacityStatus: $capacityStatus, waitingDays: $waitingDays) {\n      id\n      capacityStatus\n      waitingDays\n      lastConfirmedAt\n      isStale\n    }\n  }\n": typeof types.SetServiceCapacityDocument,
    "\n  mutation ConfirmService($id: ID!) {\n    confirmService(id: $id) {\n      id\n      lastConfirmedAt\n      isStale\n    }\n  }\n": typeof types.ConfirmServiceDocument,
    "\n  mutation ArchiveService($id: ID!) {\n    archiveService(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ArchiveServiceDocument,
    "\n  mutation RestoreService($id: ID!) {\n    restoreService(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RestoreServiceDocument,
    "\n  query ServiceFormOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      canEdit\n      locations {\n        id\n        name\n        city\n        address\n      }\n    }\n  }\n": typeof types.ServiceFormOrganisationDocument,
    "\n  mutation CreateService($input: ServiceInput!) {\n    createService(input: $input) {\n      ...ServiceDetailFields\n    }\n  }\n": typeof types.CreateServiceDocument,
    "\n  mutation UpdateService($id: ID!, $input: UpdateServiceInput!) {\n    updateService(id: $id, input: $input) {\n      ...ServiceDetailFields\n    }\n  }\n": typeof types.UpdateServiceDocument,
    "\n  query StaleListings($months: Int!, $first: Int!, $after: String) {\n    staleListings(months: $months, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        lastConfirmedAt\n        isStale\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.StaleListingsDocument,
};
const documents: Documents = {
    "\n  query ClientList($relation: ClientRelation!, $search: String, $first: Int!, $after: String) {\n    clients(relation: $relation, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        pseudonym\n        lastActivityAt\n        viewerIsOwner\n        sharedScopes\n        ownerOrganisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ClientListDocument,
    "\n  fragment ConsentFields on Consent {\n    id\n    clientId\n    scopes\n    purpose\n    method\n    status\n    validFrom\n    validUntil\n    recordedAt\n    recordedByName\n    revokedAt\n    revokedByName\n    revocationReason\n    granteeOrganisation {\n      id\n      name\n    }\n  }\n": types.ConsentFieldsFragmentDoc,
    "\n  query ClientHeader($id: ID!) {\n    client(id: $id) {\n      id\n      pseudonym\n      viewerIsOwner\n      sharedScopes\n      lastActivityAt\n      erasedAt\n      dueForRetentionReview\n      ownerOrganisation {\n        id\n        name\n      }\n      consentUsed {\n        ...ConsentFields\n      }\n      contact {\n        scope\n        doNotContact\n        phoneMayBeReadByOthers\n        safeTimes\n        codeWord\n        preferredChannel\n      }\n    }\n  }\n": types.ClientHeaderDocument,
    "\n  fragment SectionStatusFields on ClientSectionStatus {\n    scope\n    shared\n    filled\n    canEdit\n    updatedAt\n    updatedByName\n    updatedByOrganisationName\n    confirmedAt\n    confirmedByName\n    confirmedByOrganisationName\n  }\n": types.SectionStatusFieldsFragmentDoc,
    "\n  fragment ClientIntakeFields on Client {\n    id\n    pseudonym\n    viewerIsOwner\n    sharedScopes\n    lastActivityAt\n    sections {\n      ...SectionStatusFields\n    }\n    identity {\n      scope\n      legalName\n      dateOfBirth\n      nationalNumber\n    }\n    contact {\n      scope\n      phone\n      messaging\n      address\n      preferredChannel\n      safeTimes\n      codeWord\n      doNotContact\n      phoneMayBeReadByOthers\n    }\n    profile {\n      scope\n      ageRange\n      genderIdentity\n      languages\n      region\n    }\n    lifeDomains {\n      scope\n      domains {\n        domain\n        rating\n        note\n      }\n    }\n    health {\n      scope\n      insured\n      hasGeneralPractitioner\n      substanceUse\n      note\n    }\n    sexWork {\n      scope\n      contexts\n      workingSince\n      exitWish\n      note\n    }\n    safety {\n      scope\n      riskLevel\n      violence\n      traffickingIndicators\n      safetyPlanAgreed\n      note\n    }\n    notes {\n      scope\n      text\n    }\n  }\n": types.ClientIntakeFieldsFragmentDoc,
    "\n  query ClientIntake($id: ID!) {\n    client(id: $id) {\n      ...ClientIntakeFields\n    }\n  }\n": types.ClientIntakeDocument,
    "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      pseudonym\n    }\n  }\n": types.CreateClientDocument,
    "\n  mutation UpdateClient($id: ID!, $input: UpdateClientInput!) {\n    updateClient(id: $id, input: $input) {\n      ...ClientIntakeFields\n    }\n  }\n": types.UpdateClientDocument,
    "\n  mutation ConfirmClientSection($clientId: ID!, $scope: Scope!) {\n    confirmClientSection(clientId: $clientId, scope: $scope) {\n      id\n      sections {\n        ...SectionStatusFields\n      }\n    }\n  }\n": types.ConfirmClientSectionDocument,
    "\n  query ClientConsents($id: ID!) {\n    client(id: $id) {\n      id\n      consents {\n        ...ConsentFields\n      }\n    }\n  }\n": types.ClientConsentsDocument,
    "\n  query ConsentOrganisations($first: Int!, $after: String) {\n    organisations(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        city\n      }\n    }\n  }\n": types.ConsentOrganisationsDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n": types.RecordConsentDocument,
    "\n  mutation RevokeConsent($id: ID!, $reason: String) {\n    revokeConsent(id: $id, reason: $reason) {\n      ...ConsentFields\n    }\n  }\n": types.RevokeConsentDocument,
    "\n  query AuditTrail($clientId: ID!, $first: Int!, $after: String) {\n    auditTrail(clientId: $clientId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        actorName\n        actorOrganisationName\n        operation\n        action\n        scopes\n        consentId\n      }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      locale\n      networkRole\n      activeRole\n      twoFactorEnabled\n      twoFactorRequired\n      activeOrganisation {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!, $code: String) {\n    login(email: $email, password: $password, code: $code) {\n      expiresAt\n      user {\n        id\n        locale\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation SetLocale($locale: Locale!) {\n    setLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": types.SetLocaleDocument,
    "\n  mutation AcceptInvitation($code: String!, $email: String!, $displayName: String!, $password: String!) {\n    acceptInvitation(code: $code, email: $email, displayName: $displayName, password: $password) {\n      expiresAt\n      user {\n        id\n        locale\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation SwitchOrganisation($organisationId: ID!) {\n    switchOrganisation(organisationId: $organisationId) {\n      id\n    }\n  }\n": types.SwitchOrganisationDocument,
    "\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      otpauthUrl\n    }\n  }\n": types.StartTwoFactorEnrolmentDocument,
    "\n  mutation ConfirmTwoFactorEnrolment($code: String!) {\n    confirmTwoFactorEnrolment(code: $code)\n  }\n": types.ConfirmTwoFactorEnrolmentDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      alternateName\n      description\n      city\n      country\n      email\n      phone\n      website\n      canEdit\n      canManageMembers\n      locations {\n        id\n        name\n        address\n        postalCode\n        city\n        region\n        visibility\n        canEdit\n      }\n      services(includeArchived: true) {\n        id\n        name\n        status\n        capacityStatus\n        waitingDays\n        isStale\n        lastConfirmedAt\n        canEdit\n        canUpdateCapacity\n      }\n      members {\n        id\n        role\n        createdAt\n        user {\n          id\n          displayName\n          email\n        }\n      }\n      pendingInvitations {\n        id\n        displayName\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n": types.OrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n      alternateName\n      description\n      city\n      country\n      email\n      phone\n      website\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation InviteMember($organisationId: ID!, $role: MemberRole!, $email: String, $displayName: String) {\n    inviteMember(organisationId: $organisationId, role: $role, email: $email, displayName: $displayName) {\n      id\n      code\n      displayName\n      email\n      role\n      expiresAt\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation ChangeMemberRole($membershipId: ID!, $role: MemberRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  query Organisations($search: String, $first: Int!, $after: String) {\n    organisations(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        city\n        country\n      }\n    }\n  }\n": types.OrganisationsDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation {\n        id\n        name\n      }\n      invitation {\n        id\n        code\n        email\n        expiresAt\n      }\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation CreateLocation($input: LocationInput!) {\n    createLocation(input: $input) {\n      id\n      name\n      address\n      postalCode\n      city\n      region\n      visibility\n      canEdit\n    }\n  }\n": types.CreateLocationDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": types.RemoveMemberDocument,
    "\n  query ExportClientData($clientId: ID!) {\n    exportClientData(clientId: $clientId)\n  }\n": types.ExportClientDataDocument,
    "\n  mutation EraseClient($clientId: ID!, $reason: String!, $confirmPseudonym: String!) {\n    eraseClient(clientId: $clientId, reason: $reason, confirmPseudonym: $confirmPseudonym) {\n      clientId\n      pseudonym\n      erasedAt\n      sectionsDeleted\n      goalsDeleted\n      actionsDeleted\n      notesDeleted\n      consentsEnded\n      referralsCancelled\n      referralsScrubbed\n      messagesScrubbed\n      timelineEntriesScrubbed\n    }\n  }\n": types.EraseClientDocument,
    "\n  query ClientsDueForReview($first: Int!, $after: String) {\n    clientsDueForReview(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        pseudonym\n        lastActivityAt\n      }\n    }\n  }\n": types.ClientsDueForReviewDocument,
    "\n  fragment ServiceCardFields on Service {\n    id\n    name\n    alternateName\n    capacityStatus\n    waitingDays\n    languages\n    isStale\n    status\n    categories\n    organisation {\n      id\n      name\n    }\n    locations {\n      id\n      city\n    }\n  }\n": types.ServiceCardFieldsFragmentDoc,
    "\n  query SearchServices($filter: ServiceFilter, $first: Int!, $after: String) {\n    services(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ServiceCardFields\n      }\n    }\n  }\n": types.SearchServicesDocument,
    "\n  fragment ServiceDetailFields on Service {\n    id\n    name\n    alternateName\n    description\n    categories\n    targetGroups\n    minimumAge\n    maximumAge\n    eligibility\n    schedule\n    languages\n    fees\n    applicationProcess\n    anonymousAccess\n    contactName\n    contactEmail\n    contactPhone\n    website\n    serviceAreas\n    capacityStatus\n    waitingDays\n    lastConfirmedAt\n    isStale\n    status\n    canEdit\n    canUpdateCapacity\n    organisation {\n      id\n      name\n      phone\n      email\n      website\n    }\n    locations {\n      id\n      name\n      address\n      postalCode\n      city\n      region\n      country\n      visibility\n    }\n  }\n": types.ServiceDetailFieldsFragmentDoc,
    "\n  query Service($id: ID!) {\n    service(id: $id) {\n      ...ServiceDetailFields\n    }\n  }\n": types.ServiceDocument,
    "\n  mutation SetServiceCapacity($id: ID!, $capacityStatus: CapacityStatus!, $waitingDays: Int) {\n    setServiceCapacity(id: $id, capacityStatus: $capacityStatus, waitingDays: $waitingDays) {\n      id\n      capacityStatus\n      waitingDays\n      lastConfirmedAt\n      isStale\n    }\n  }\n": types.SetServiceCapacityDocument,
    "\n  mutation ConfirmService($id: ID!) {\n    confirmService(id: $id) {\n      id\n      lastConfirmedAt\n      isStale\n    }\n  }\n": types.ConfirmServiceDocument,
    "\n  mutation ArchiveService($id: ID!) {\n    archiveService(id: $id) {\n      id\n      status\n    }\n  }\n": types.ArchiveServiceDocument,
    "\n  mutation RestoreService($id: ID!) {\n    restoreService(id: $id) {\n      id\n      status\n    }\n  }\n": types.RestoreServiceDocument,
    "\n  query ServiceFormOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      canEdit\n      locations {\n        id\n        name\n        city\n        address\n      }\n    }\n  }\n": types.ServiceFormOrganisationDocument,
    "\n  mutation CreateService($input: ServiceInput!) {\n    createService(input: $input) {\n      ...ServiceDetailFields\n    }\n  }\n": types.CreateServiceDocument,
    "\n  mutation UpdateService($id: ID!, $input: UpdateServiceInput!) {\n    updateService(id: $id, input: $input) {\n      ...ServiceDetailFields\n    }\n  }\n": types.UpdateServiceDocument,
    "\n  query StaleListings($months: Int!, $first: Int!, $after: String) {\n    staleListings(months: $months, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        lastConfirmedAt\n        isStale\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.StaleListingsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientList($relation: ClientRelation!, $search: String, $first: Int!, $after: String) {\n    clients(relation: $relation, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        pseudonym\n        lastActivityAt\n        viewerIsOwner\n        sharedScopes\n        ownerOrganisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientList($relation: ClientRelation!, $search: String, $first: Int!, $after: String) {\n    clients(relation: $relation, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        pseudonym\n        lastActivityAt\n        viewerIsOwner\n        sharedScopes\n        ownerOrganisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsentFields on Consent {\n    id\n    clientId\n    scopes\n    purpose\n    method\n    status\n    validFrom\n    validUntil\n    recordedAt\n    recordedByName\n    revokedAt\n    revokedByName\n    revocationReason\n    granteeOrganisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ConsentFields on Consent {\n    id\n    clientId\n    scopes\n    purpose\n    method\n    status\n    validFrom\n    validUntil\n    recordedAt\n    recordedByName\n    revokedAt\n    revokedByName\n    revocationReason\n    granteeOrganisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientHeader($id: ID!) {\n    client(id: $id) {\n      id\n      pseudonym\n      viewerIsOwner\n      sharedScopes\n      lastActivityAt\n      erasedAt\n      dueForRetentionReview\n      ownerOrganisation {\n        id\n        name\n      }\n      consentUsed {\n        ...ConsentFields\n      }\n      contact {\n        scope\n        doNotContact\n        phoneMayBeReadByOthers\n        safeTimes\n        codeWord\n        preferredChannel\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientHeader($id: ID!) {\n    client(id: $id) {\n      id\n      pseudonym\n      viewerIsOwner\n      sharedScopes\n      lastActivityAt\n      erasedAt\n      dueForRetentionReview\n      ownerOrganisation {\n        id\n        name\n      }\n      consentUsed {\n        ...ConsentFields\n      }\n      contact {\n        scope\n        doNotContact\n        phoneMayBeReadByOthers\n        safeTimes\n        codeWord\n        preferredChannel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SectionStatusFields on ClientSectionStatus {\n    scope\n    shared\n    filled\n    canEdit\n    updatedAt\n    updatedByName\n    updatedByOrganisationName\n    confirmedAt\n    confirmedByName\n    confirmedByOrganisationName\n  }\n"): (typeof documents)["\n  fragment SectionStatusFields on ClientSectionStatus {\n    scope\n    shared\n    filled\n    canEdit\n    updatedAt\n    updatedByName\n    updatedByOrganisationName\n    confirmedAt\n    confirmedByName\n    confirmedByOrganisationName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientIntakeFields on Client {\n    id\n    pseudonym\n    viewerIsOwner\n    sharedScopes\n    lastActivityAt\n    sections {\n      ...SectionStatusFields\n    }\n    identity {\n      scope\n      legalName\n      dateOfBirth\n      nationalNumber\n    }\n    contact {\n      scope\n      phone\n      messaging\n      address\n      preferredChannel\n      safeTimes\n      codeWord\n      doNotContact\n      phoneMayBeReadByOthers\n    }\n    profile {\n      scope\n      ageRange\n      genderIdentity\n      languages\n      region\n    }\n    lifeDomains {\n      scope\n      domains {\n        domain\n        rating\n        note\n      }\n    }\n    health {\n      scope\n      insured\n      hasGeneralPractitioner\n      substanceUse\n      note\n    }\n    sexWork {\n      scope\n      contexts\n      workingSince\n      exitWish\n      note\n    }\n    safety {\n      scope\n      riskLevel\n      violence\n      traffickingIndicators\n      safetyPlanAgreed\n      note\n    }\n    notes {\n      scope\n      text\n    }\n  }\n"): (typeof documents)["\n  fragment ClientIntakeFields on Client {\n    id\n    pseudonym\n    viewerIsOwner\n    sharedScopes\n    lastActivityAt\n    sections {\n      ...SectionStatusFields\n    }\n    identity {\n      scope\n      legalName\n      dateOfBirth\n      nationalNumber\n    }\n    contact {\n      scope\n      phone\n      messaging\n      address\n      preferredChannel\n      safeTimes\n      codeWord\n      doNotContact\n      phoneMayBeReadByOthers\n    }\n    profile {\n      scope\n      ageRange\n      genderIdentity\n      languages\n      region\n    }\n    lifeDomains {\n      scope\n      domains {\n        domain\n        rating\n        note\n      }\n    }\n    health {\n      scope\n      insured\n      hasGeneralPractitioner\n      substanceUse\n      note\n    }\n    sexWork {\n      scope\n      contexts\n      workingSince\n      exitWish\n      note\n    }\n    safety {\n      scope\n      riskLevel\n      violence\n      traffickingIndicators\n      safetyPlanAgreed\n      note\n    }\n    notes {\n      scope\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientIntake($id: ID!) {\n    client(id: $id) {\n      ...ClientIntakeFields\n    }\n  }\n"): (typeof documents)["\n  query ClientIntake($id: ID!) {\n    client(id: $id) {\n      ...ClientIntakeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      pseudonym\n    }\n  }\n"): (typeof documents)["\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      pseudonym\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClient($id: ID!, $input: UpdateClientInput!) {\n    updateClient(id: $id, input: $input) {\n      ...ClientIntakeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateClient($id: ID!, $input: UpdateClientInput!) {\n    updateClient(id: $id, input: $input) {\n      ...ClientIntakeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmClientSection($clientId: ID!, $scope: Scope!) {\n    confirmClientSection(clientId: $clientId, scope: $scope) {\n      id\n      sections {\n        ...SectionStatusFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmClientSection($clientId: ID!, $scope: Scope!) {\n    confirmClientSection(clientId: $clientId, scope: $scope) {\n      id\n      sections {\n        ...SectionStatusFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientConsents($id: ID!) {\n    client(id: $id) {\n      id\n      consents {\n        ...ConsentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientConsents($id: ID!) {\n    client(id: $id) {\n      id\n      consents {\n        ...ConsentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentOrganisations($first: Int!, $after: String) {\n    organisations(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        city\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsentOrganisations($first: Int!, $after: String) {\n    organisations(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        city\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeConsent($id: ID!, $reason: String) {\n    revokeConsent(id: $id, reason: $reason) {\n      ...ConsentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeConsent($id: ID!, $reason: String) {\n    revokeConsent(id: $id, reason: $reason) {\n      ...ConsentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($clientId: ID!, $first: Int!, $after: String) {\n    auditTrail(clientId: $clientId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        actorName\n        actorOrganisationName\n        operation\n        action\n        scopes\n        consentId\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail($clientId: ID!, $first: Int!, $after: String) {\n    auditTrail(clientId: $clientId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        actorName\n        actorOrganisationName\n        operation\n        action\n        scopes\n        consentId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      locale\n      networkRole\n      activeRole\n      twoFactorEnabled\n      twoFactorRequired\n      activeOrganisation {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      email\n      locale\n      networkRole\n      activeRole\n      twoFactorEnabled\n      twoFactorRequired\n      activeOrganisation {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!, $code: String) {\n    login(email: $email, password: $password, code: $code) {\n      expiresAt\n      user {\n        id\n        locale\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!, $code: String) {\n    login(email: $email, password: $password, code: $code) {\n      expiresAt\n      user {\n        id\n        locale\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLocale($locale: Locale!) {\n    setLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SetLocale($locale: Locale!) {\n    setLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($code: String!, $email: String!, $displayName: String!, $password: String!) {\n    acceptInvitation(code: $code, email: $email, displayName: $displayName, password: $password) {\n      expiresAt\n      user {\n        id\n        locale\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($code: String!, $email: String!, $displayName: String!, $password: String!) {\n    acceptInvitation(code: $code, email: $email, displayName: $displayName, password: $password) {\n      expiresAt\n      user {\n        id\n        locale\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchOrganisation($organisationId: ID!) {\n    switchOrganisation(organisationId: $organisationId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchOrganisation($organisationId: ID!) {\n    switchOrganisation(organisationId: $organisationId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      otpauthUrl\n    }\n  }\n"): (typeof documents)["\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      otpauthUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTwoFactorEnrolment($code: String!) {\n    confirmTwoFactorEnrolment(code: $code)\n  }\n"): (typeof documents)["\n  mutation ConfirmTwoFactorEnrolment($code: String!) {\n    confirmTwoFactorEnrolment(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      alternateName\n      description\n      city\n      country\n      email\n      phone\n      website\n      canEdit\n      canManageMembers\n      locations {\n        id\n        name\n        address\n        postalCode\n        city\n        region\n        visibility\n        canEdit\n      }\n      services(includeArchived: true) {\n        id\n        name\n        status\n        capacityStatus\n        waitingDays\n        isStale\n        lastConfirmedAt\n        canEdit\n        canUpdateCapacity\n      }\n      members {\n        id\n        role\n        createdAt\n        user {\n          id\n          displayName\n          email\n        }\n      }\n      pendingInvitations {\n        id\n        displayName\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      alternateName\n      description\n      city\n      country\n      email\n      phone\n      website\n      canEdit\n      canManageMembers\n      locations {\n        id\n        name\n        address\n        postalCode\n        city\n        region\n        visibility\n        canEdit\n      }\n      services(includeArchived: true) {\n        id\n        name\n        status\n        capacityStatus\n        waitingDays\n        isStale\n        lastConfirmedAt\n        canEdit\n        canUpdateCapacity\n      }\n      members {\n        id\n        role\n        createdAt\n        user {\n          id\n          displayName\n          email\n        }\n      }\n      pendingInvitations {\n        id\n        displayName\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n      alternateName\n      description\n      city\n      country\n      email\n      phone\n      website\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n      alternateName\n      description\n      city\n      country\n      email\n      phone\n      website\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($organisationId: ID!, $role: MemberRole!, $email: String, $displayName: String) {\n    inviteMember(organisationId: $organisationId, role: $role, email: $email, displayName: $displayName) {\n      id\n      code\n      displayName\n      email\n      role\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($organisationId: ID!, $role: MemberRole!, $email: String, $displayName: String) {\n    inviteMember(organisationId: $organisationId, role: $role, email: $email, displayName: $displayName) {\n      id\n      code\n      displayName\n      email\n      role\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($membershipId: ID!, $role: MemberRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($membershipId: ID!, $role: MemberRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($search: String, $first: Int!, $after: String) {\n    organisations(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        city\n        country\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organisations($search: String, $first: Int!, $after: String) {\n    organisations(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        city\n        country\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation {\n        id\n        name\n      }\n      invitation {\n        id\n        code\n        email\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation {\n        id\n        name\n      }\n      invitation {\n        id\n        code\n        email\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLocation($input: LocationInput!) {\n    createLocation(input: $input) {\n      id\n      name\n      address\n      postalCode\n      city\n      region\n      visibility\n      canEdit\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLocation($input: LocationInput!) {\n    createLocation(input: $input) {\n      id\n      name\n      address\n      postalCode\n      city\n      region\n      visibility\n      canEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportClientData($clientId: ID!) {\n    exportClientData(clientId: $clientId)\n  }\n"): (typeof documents)["\n  query ExportClientData($clientId: ID!) {\n    exportClientData(clientId: $clientId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseClient($clientId: ID!, $reason: String!, $confirmPseudonym: String!) {\n    eraseClient(clientId: $clientId, reason: $reason, confirmPseudonym: $confirmPseudonym) {\n      clientId\n      pseudonym\n      erasedAt\n      sectionsDeleted\n      goalsDeleted\n      actionsDeleted\n      notesDeleted\n      consentsEnded\n      referralsCancelled\n      referralsScrubbed\n      messagesScrubbed\n      timelineEntriesScrubbed\n    }\n  }\n"): (typeof documents)["\n  mutation EraseClient($clientId: ID!, $reason: String!, $confirmPseudonym: String!) {\n    eraseClient(clientId: $clientId, reason: $reason, confirmPseudonym: $confirmPseudonym) {\n      clientId\n      pseudonym\n      erasedAt\n      sectionsDeleted\n      goalsDeleted\n      actionsDeleted\n      notesDeleted\n      consentsEnded\n      referralsCancelled\n      referralsScrubbed\n      messagesScrubbed\n      timelineEntriesScrubbed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientsDueForReview($first: Int!, $after: String) {\n    clientsDueForReview(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        pseudonym\n        lastActivityAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientsDueForReview($first: Int!, $after: String) {\n    clientsDueForReview(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        pseudonym\n        lastActivityAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceCardFields on Service {\n    id\n    name\n    alternateName\n    capacityStatus\n    waitingDays\n    languages\n    isStale\n    status\n    categories\n    organisation {\n      id\n      name\n    }\n    locations {\n      id\n      city\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceCardFields on Service {\n    id\n    name\n    alternateName\n    capacityStatus\n    waitingDays\n    languages\n    isStale\n    status\n    categories\n    organisation {\n      id\n      name\n    }\n    locations {\n      id\n      city\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchServices($filter: ServiceFilter, $first: Int!, $after: String) {\n    services(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ServiceCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchServices($filter: ServiceFilter, $first: Int!, $after: String) {\n    services(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ServiceCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceDetailFields on Service {\n    id\n    name\n    alternateName\n    description\n    categories\n    targetGroups\n    minimumAge\n    maximumAge\n    eligibility\n    schedule\n    languages\n    fees\n    applicationProcess\n    anonymousAccess\n    contactName\n    contactEmail\n    contactPhone\n    website\n    serviceAreas\n    capacityStatus\n    waitingDays\n    lastConfirmedAt\n    isStale\n    status\n    canEdit\n    canUpdateCapacity\n    organisation {\n      id\n      name\n      phone\n      email\n      website\n    }\n    locations {\n      id\n      name\n      address\n      postalCode\n      city\n      region\n      country\n      visibility\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceDetailFields on Service {\n    id\n    name\n    alternateName\n    description\n    categories\n    targetGroups\n    minimumAge\n    maximumAge\n    eligibility\n    schedule\n    languages\n    fees\n    applicationProcess\n    anonymousAccess\n    contactName\n    contactEmail\n    contactPhone\n    website\n    serviceAreas\n    capacityStatus\n    waitingDays\n    lastConfirmedAt\n    isStale\n    status\n    canEdit\n    canUpdateCapacity\n    organisation {\n      id\n      name\n      phone\n      email\n      website\n    }\n    locations {\n      id\n      name\n      address\n      postalCode\n      city\n      region\n      country\n      visibility\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Service($id: ID!) {\n    service(id: $id) {\n      ...ServiceDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Service($id: ID!) {\n    service(id: $id) {\n      ...ServiceDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetServiceCapacity($id: ID!, $capacityStatus: CapacityStatus!, $waitingDays: Int) {\n    setServiceCapacity(id: $id, capacityStatus: $capacityStatus, waitingDays: $waitingDays) {\n      id\n      capacityStatus\n      waitingDays\n      lastConfirmedAt\n      isStale\n    }\n  }\n"): (typeof documents)["\n  mutation SetServiceCapacity($id: ID!, $capacityStatus: CapacityStatus!, $waitingDays: Int) {\n    setServiceCapacity(id: $id, capacityStatus: $capacityStatus, waitingDays: $waitingDays) {\n      id\n      capacityStatus\n      waitingDays\n      lastConfirmedAt\n      isStale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmService($id: ID!) {\n    confirmService(id: $id) {\n      id\n      lastConfirmedAt\n      isStale\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmService($id: ID!) {\n    confirmService(id: $id) {\n      id\n      lastConfirmedAt\n      isStale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveService($id: ID!) {\n    archiveService(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveService($id: ID!) {\n    archiveService(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreService($id: ID!) {\n    restoreService(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreService($id: ID!) {\n    restoreService(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceFormOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      canEdit\n      locations {\n        id\n        name\n        city\n        address\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceFormOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      canEdit\n      locations {\n        id\n        name\n        city\n        address\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateService($input: ServiceInput!) {\n    createService(input: $input) {\n      ...ServiceDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateService($input: ServiceInput!) {\n    createService(input: $input) {\n      ...ServiceDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateService($id: ID!, $input: UpdateServiceInput!) {\n    updateService(id: $id, input: $input) {\n      ...ServiceDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateService($id: ID!, $input: UpdateServiceInput!) {\n    updateService(id: $id, input: $input) {\n      ...ServiceDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaleListings($months: Int!, $first: Int!, $after: String) {\n    staleListings(months: $months, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        lastConfirmedAt\n        isStale\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaleListings($months: Int!, $first: Int!, $after: String) {\n    staleListings(months: $months, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        lastConfirmedAt\n        isStale\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;