import { CarePlanAction } from './care-plan-action.entity';
import { CarePlan } from './care-plan.entity';
import { CarePlanActionResolver, CarePlanResolver, GoalResolver } from './care-plan.resolver';
import { ContactNoteResolver } from './contact-note.resolver';
import { HomeResolver } from './home.resolver';
import { ClientVisit } from './client-visit.entity';
import { ContactNote } from './contact-note.entity';
import { Goal } from './goal.entity';
import { LifeDomainAssessment } from './life-domain-assessment.entity';
import { CaseConference } from './case-conference.entity';
import { CaseConferenceResolver } from './case-conference.resolver';

export const followUpModule = {
  entities: [CarePlan, Goal, CarePlanAction, ContactNote, ClientVisit, LifeDomainAssessment, CaseConference],
  resolvers: [CarePlanResolver, GoalResolver, CarePlanActionResolver, ContactNoteResolver, HomeResolver, CaseConferenceResolver],
} as const;

// The public surface: what other modules may import from this one.
export { LifeDomainAssessmentService } from './life-domain-assessment.service';
export { CarePlanAction } from './care-plan-action.entity';
export { CarePlan } from './care-plan.entity';
export { ContactNote } from './contact-note.entity';
export { auditAccess, recordVisit, visibleClient } from './follow-up-access';
export { Goal } from './goal.entity';
export { CarePlanActionStatus, ContactType, FollowUpEventKind, GoalStatus, LifeDomain, dayAt } from './taxonomy';
