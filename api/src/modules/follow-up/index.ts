import { CarePlanAction } from './care-plan-action.entity';
import { CarePlan } from './care-plan.entity';
import { CarePlanActionResolver, CarePlanResolver, GoalResolver } from './care-plan.resolver';
import { ContactNoteResolver } from './contact-note.resolver';
import { HomeResolver } from './home.resolver';
import { ClientVisit } from './client-visit.entity';
import { ContactNote } from './contact-note.entity';
import { Goal } from './goal.entity';

export const followUpModule = {
  entities: [CarePlan, Goal, CarePlanAction, ContactNote, ClientVisit],
  resolvers: [CarePlanResolver, GoalResolver, CarePlanActionResolver, ContactNoteResolver, HomeResolver],
} as const;
