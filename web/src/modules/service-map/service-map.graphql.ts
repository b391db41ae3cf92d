import { graphql } from '../../generated';

export const ServiceCardFields = graphql(`
  fragment ServiceCardFields on Service {
    id
    name
    alternateName
    capacityStatus
    waitingDays
    languages
    isStale
    status
    categories
    organisation {
      id
      name
    }
    locations {
      id
      city
    }
    requirements {
      id
      kind
      text
      notEligibleWhenNo
    }
  }
`);

export const SearchServicesQuery = graphql(`
  query SearchServices($filter: ServiceFilter, $first: Int!, $after: String) {
    services(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ServiceCardFields
      }
    }
  }
`);

export const ServiceDetailFields = graphql(`
  fragment ServiceDetailFields on Service {
    id
    name
    alternateName
    description
    categories
    targetGroups
    minimumAge
    maximumAge
    eligibility
    schedule
    languages
    fees
    applicationProcess
    anonymousAccess
    contactName
    contactEmail
    contactPhone
    website
    serviceAreas
    capacityStatus
    waitingDays
    lastConfirmedAt
    isStale
    status
    canEdit
    canUpdateCapacity
    requirements {
      id
      kind
      text
      notEligibleWhenNo
    }
    organisation {
      id
      name
      phone
      email
      website
    }
    locations {
      id
      name
      address
      postalCode
      city
      region
      country
      visibility
    }
  }
`);

export const ServiceQuery = graphql(`
  query Service($id: ID!) {
    service(id: $id) {
      ...ServiceDetailFields
    }
  }
`);

export const SetServiceCapacityMutation = graphql(`
  mutation SetServiceCapacity($id: ID!, $capacityStatus: CapacityStatus!, $waitingDays: Int) {
    setServiceCapacity(id: $id, capacityStatus: $capacityStatus, waitingDays: $waitingDays) {
      id
      capacityStatus
      waitingDays
      lastConfirmedAt
      isStale
    }
  }
`);

export const ConfirmServiceMutation = graphql(`
  mutation ConfirmService($id: ID!) {
    confirmService(id: $id) {
      id
      lastConfirmedAt
      isStale
    }
  }
`);

export const ArchiveServiceMutation = graphql(`
  mutation ArchiveService($id: ID!) {
    archiveService(id: $id) {
      id
      status
    }
  }
`);

export const RestoreServiceMutation = graphql(`
  mutation RestoreService($id: ID!) {
    restoreService(id: $id) {
      id
      status
    }
  }
`);

export const ServiceFormOrganisationQuery = graphql(`
  query ServiceFormOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      canEdit
      locations {
        id
        name
        city
        address
      }
    }
  }
`);

export const CreateServiceMutation = graphql(`
  mutation CreateService($input: ServiceInput!) {
    createService(input: $input) {
      ...ServiceDetailFields
    }
  }
`);

export const UpdateServiceMutation = graphql(`
  mutation UpdateService($id: ID!, $input: UpdateServiceInput!) {
    updateService(id: $id, input: $input) {
      ...ServiceDetailFields
    }
  }
`);

export const StaleListingsQuery = graphql(`
  query StaleListings($months: Int!, $first: Int!, $after: String) {
    staleListings(months: $months, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        lastConfirmedAt
        isStale
        organisation {
          id
          name
        }
      }
    }
  }
`);
