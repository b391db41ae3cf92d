import { graphql } from '../../generated';

export const CarePlanActionFields = graphql(`
  fragment CarePlanActionFields on CarePlanAction {
    id
    description
    dueOn
    status
    isOverdue
    viewerCanComplete
    completionNote
    completedAt
    completedByName
    completedByOrganisationName
    organisation {
      id
      name
    }
  }
`);

export const LifeDomainAssessmentFields = graphql(`
  fragment LifeDomainAssessmentFields on LifeDomainAssessment {
    id
    assessedOn
    organisationName
    assessedByName
    ratings {
      domain
      rating
    }
  }
`);

export const RecordLifeDomainAssessmentMutation = graphql(`
  mutation RecordLifeDomainAssessment($input: RecordLifeDomainAssessmentInput!) {
    recordLifeDomainAssessment(input: $input) {
      ...LifeDomainAssessmentFields
    }
  }
`);

export const CarePlanQuery = graphql(`
  query CarePlan($clientId: ID!) {
    carePlan(clientId: $clientId) {
      clientId
      leadSince
      viewerCanSetLead
      viewerCanAddGoals
      viewerCanAssess
      assessments {
        ...LifeDomainAssessmentFields
      }
      leadOrganisation {
        id
        name
      }
      followingOrganisations {
        id
        name
      }
      goals {
        id
        lifeDomain
        text
        status
        createdByOrganisationName
        createdAt
        actions {
          ...CarePlanActionFields
        }
      }
    }
  }
`);

export const SetCarePlanLeadMutation = graphql(`
  mutation SetCarePlanLead($clientId: ID!, $organisationId: ID!) {
    setCarePlanLead(clientId: $clientId, organisationId: $organisationId) {
      clientId
      leadSince
      viewerCanSetLead
      leadOrganisation {
        id
        name
      }
    }
  }
`);

export const AddGoalMutation = graphql(`
  mutation AddGoal($input: AddGoalInput!) {
    addGoal(input: $input) {
      id
      lifeDomain
      text
      status
    }
  }
`);

export const UpdateGoalMutation = graphql(`
  mutation UpdateGoal($id: ID!, $input: UpdateGoalInput!) {
    updateGoal(id: $id, input: $input) {
      id
      lifeDomain
      text
      status
    }
  }
`);

export const AddActionMutation = graphql(`
  mutation AddAction($input: AddActionInput!) {
    addAction(input: $input) {
      ...CarePlanActionFields
    }
  }
`);

export const CompleteActionMutation = graphql(`
  mutation CompleteAction($input: CompleteActionInput!) {
    completeAction(input: $input) {
      ...CarePlanActionFields
    }
  }
`);

export const AddNoteMutation = graphql(`
  mutation AddNote($input: AddNoteInput!) {
    addNote(input: $input) {
      id
      contactAt
      contactType
      text
      authorName
      organisationName
    }
  }
`);

export const NotesQuery = graphql(`
  query ContactNotes($clientId: ID!, $first: Int!, $after: String) {
    notes(clientId: $clientId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        contactAt
        contactType
        text
        authorName
        organisationName
      }
    }
  }
`);

export const ClientTimelineQuery = graphql(`
  query ClientTimeline($clientId: ID!, $organisationId: ID, $kinds: [String!], $first: Int!, $after: String) {
    clientTimeline(clientId: $clientId, organisationId: $organisationId, kinds: $kinds, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        occurredAt
        scope
        organisationId
        organisationName
        fromOtherOrganisation
        actorName
        summary
        text
        subjectType
        subjectId
      }
    }
  }
`);

/** What the timeline tab needs to know of the client: may the viewer write notes? */
export const FollowUpClientQuery = graphql(`
  query FollowUpClient($id: ID!) {
    client(id: $id) {
      id
      pseudonym
      viewerIsOwner
      sharedScopes
    }
  }
`);

export const MarkClientVisitedMutation = graphql(`
  mutation MarkClientVisited($clientId: ID!) {
    markClientVisited(clientId: $clientId)
  }
`);

export const HomeQuery = graphql(`
  query Home {
    myActionsDueThisWeek(first: 50) {
      ...CarePlanActionFields
      clientId
      client {
        id
        pseudonym
      }
      goal {
        id
        lifeDomain
        text
      }
    }
    clientsWithChangesSinceMyLastVisit(first: 20) {
      clientId
      changeCount
      latestChangeAt
      lastVisitedAt
      kinds
      client {
        id
        pseudonym
      }
    }
  }
`);

export const CaseConferenceFields = graphql(`
  fragment CaseConferenceFields on CaseConference {
    id
    status
    plannedAt
    place
    agenda
    minutes
    organiserOrganisationName
    viewerIsOrganiser
    invitedOrganisations {
      id
      name
    }
    attendedOrganisations {
      id
      name
    }
    decisions {
      ...CarePlanActionFields
    }
  }
`);

export const CaseConferencesQuery = graphql(`
  query CaseConferences($clientId: ID!) {
    caseConferences(clientId: $clientId) {
      ...CaseConferenceFields
    }
  }
`);

export const PlanCaseConferenceMutation = graphql(`
  mutation PlanCaseConference($input: PlanCaseConferenceInput!) {
    planCaseConference(input: $input) {
      ...CaseConferenceFields
    }
  }
`);

export const RecordCaseConferenceMutation = graphql(`
  mutation RecordCaseConference($input: RecordCaseConferenceInput!) {
    recordCaseConference(input: $input) {
      ...CaseConferenceFields
    }
  }
`);

export const AddConferenceDecisionMutation = graphql(`
  mutation AddConferenceDecision($input: AddConferenceDecisionInput!) {
    addConferenceDecision(input: $input) {
      ...CarePlanActionFields
    }
  }
`);
