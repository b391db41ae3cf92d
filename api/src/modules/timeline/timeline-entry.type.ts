import { NoClientData, ClientData, Scope } from '../../access';
import { JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common';

export const TIMELINE_KINDS_DESCRIPTION =
  'CONSENT_GIVEN, CONSENT_WITHDRAWN, REFERRAL_CREATED, REFERRAL_SENT, REFERRAL_ACCEPTED, REFERRAL_DECLINED, REFERRAL_CANCELLED, ' +
  'REFERRAL_COMPLETED, REFERRAL_EXPIRED, GOAL_ADDED, GOAL_UPDATED, ACTION_ADDED, ACTION_COMPLETED, LEAD_CHANGED, NOTE_ADDED, SECTION_UPDATED';

/**
 * An entry's content is client data of its section; what the viewer's own organisation wrote it
 * keeps seeing while it may see the client (the ability's own-entries rule).
 */
const EntryContent = ClientData<TimelineEntry>({ section: (e) => (e.fromOtherOrganisation ? e.scope : null), client: (e) => e.clientId });

/** One entry of a client's timeline, as the viewer may see it. */
@ObjectType({
  description:
    "One entry of a client's timeline, written by whichever organisation did something. Render generically from `kind` and `summary`; " +
    '`text` carries the free text of goals, actions and notes.',
})
export class TimelineEntry {
  /** The client the entry is about (not a GraphQL field: the declarations below use it). */
  clientId: string;

  @NoClientData('an id')
  @Field(() => ID)
  id: string;

  @NoClientData('what happened, from a fixed list')
  @Field(() => String, { description: `What happened: ${TIMELINE_KINDS_DESCRIPTION} (other modules may add kinds)` })
  kind: string;

  @NoClientData('when, of an entry loaded only through the access rule')
  @Field(() => Date)
  occurredAt: Date;

  @NoClientData('which section the content belongs to')
  @Field(() => Scope, { nullable: true, description: 'The record section the content belongs to; null: visible to whoever may see the client' })
  scope: Scope | null;

  @NoClientData('an organisation')
  @Field(() => ID, { nullable: true })
  organisationId: string | null;

  @NoClientData('an organisation')
  @Field(() => String, { description: 'The organisation whose worker did this' })
  organisationName: string;

  @NoClientData('who wrote it')
  @Field(() => Boolean, { description: "True when another organisation than the viewer's wrote it (show its name)" })
  fromOtherOrganisation: boolean;

  @NoClientData('a worker')
  @Field(() => String)
  actorName: string;

  @EntryContent
  @Field(() => JSONObjectResolver, {
    description:
      'Structured details per kind. CONSENT_*: { granteeOrganisationName, scopes }. REFERRAL_*: { serviceName, receivingOrganisationName, urgency, reasonCode?, outcome? }. ' +
      'GOAL_ADDED/GOAL_UPDATED: { goalId, lifeDomain, text, status, previousStatus?, changed? }. ACTION_ADDED: { actionId, goalId, lifeDomain, text, dueOn, actionOrganisationName }. ' +
      'ACTION_COMPLETED: { actionId, goalId, lifeDomain, text, outcome: DONE|NOT_DONE, note }. LEAD_CHANGED: { leadOrganisationId, leadOrganisationName, previousLeadOrganisationName }. ' +
      'NOTE_ADDED: { noteId, contactType, contactAt, text }. SECTION_UPDATED: { scope }.',
  })
  summary: Record<string, unknown>;

  @EntryContent
  @Field(() => String, { nullable: true, description: 'The free text of the entry (goal, action or note text), when it has one' })
  text: string | null;

  @NoClientData('what the entry links to')
  @Field(() => String, { nullable: true, description: 'What the entry is about, for links: Referral, Goal, CarePlanAction, ContactNote, Consent, CarePlan' })
  subjectType: string | null;

  @NoClientData('an id')
  @Field(() => ID, { nullable: true })
  subjectId: string | null;
}

@NoClientData('a page; its entries declare their own fields')
@ObjectType('TimelineEntryEdge')
export class TimelineEntryEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => TimelineEntry)
  node: TimelineEntry;
}

@NoClientData('a page; its entries declare their own fields')
@ObjectType({ description: 'A page of the timeline, newest first. No total count: counting would cost a scan of the whole history.' })
export class TimelineConnection {
  @Field(() => [TimelineEntry])
  nodes: TimelineEntry[];

  @Field(() => [TimelineEntryEdge])
  edges: TimelineEntryEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
