import { JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Scope } from '../../access/scopes';
import { PageInfo } from '../../common/pagination';

export const TIMELINE_KINDS_DESCRIPTION =
  'CONSENT_GIVEN, CONSENT_WITHDRAWN, REFERRAL_CREATED, REFERRAL_SENT, REFERRAL_ACCEPTED, REFERRAL_DECLINED, REFERRAL_CANCELLED, ' +
  'REFERRAL_COMPLETED, REFERRAL_EXPIRED, GOAL_ADDED, GOAL_UPDATED, ACTION_ADDED, ACTION_COMPLETED, LEAD_CHANGED, NOTE_ADDED, SECTION_UPDATED';

/** One entry of a client's timeline, as the viewer may see it. */
@ObjectType({
  description:
    "One entry of a client's timeline, written by whichever organisation did something. Render generically from `kind` and `summary`; " +
    '`text` carries the free text of goals, actions and notes.',
})
export class TimelineEntry {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: `What happened: ${TIMELINE_KINDS_DESCRIPTION} (other modules may add kinds)` })
  kind: string;

  @Field(() => Date)
  occurredAt: Date;

  @Field(() => Scope, { nullable: true, description: 'The record section the content belongs to; null: visible to whoever may see the client' })
  scope: Scope | null;

  @Field(() => ID, { nullable: true })
  organisationId: string | null;

  @Field(() => String, { description: 'The organisation whose worker did this' })
  organisationName: string;

  @Field(() => Boolean, { description: "True when another organisation than the viewer's wrote it (show its name)" })
  fromOtherOrganisation: boolean;

  @Field(() => String)
  actorName: string;

  @Field(() => JSONObjectResolver, {
    description:
      'Structured details per kind. CONSENT_*: { granteeOrganisationName, scopes }. REFERRAL_*: { serviceName, receivingOrganisationName, urgency, reasonCode?, outcome? }. ' +
      'GOAL_ADDED/GOAL_UPDATED: { goalId, lifeDomain, text, status, previousStatus?, changed? }. ACTION_ADDED: { actionId, goalId, lifeDomain, text, dueOn, actionOrganisationName }. ' +
      'ACTION_COMPLETED: { actionId, goalId, lifeDomain, text, outcome: DONE|NOT_DONE, note }. LEAD_CHANGED: { leadOrganisationId, leadOrganisationName, previousLeadOrganisationName }. ' +
      'NOTE_ADDED: { noteId, contactType, contactAt, text }. SECTION_UPDATED: { scope }.',
  })
  summary: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'The free text of the entry (goal, action or note text), when it has one' })
  text: string | null;

  @Field(() => String, { nullable: true, description: 'What the entry is about, for links: Referral, Goal, CarePlanAction, ContactNote, Consent, CarePlan' })
  subjectType: string | null;

  @Field(() => ID, { nullable: true })
  subjectId: string | null;
}

@ObjectType('TimelineEntryEdge')
export class TimelineEntryEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => TimelineEntry)
  node: TimelineEntry;
}

@ObjectType({ description: 'A page of the timeline, newest first. No total count: counting would cost a scan of the whole history.' })
export class TimelineConnection {
  @Field(() => [TimelineEntry])
  nodes: TimelineEntry[];

  @Field(() => [TimelineEntryEdge])
  edges: TimelineEntryEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
