import { AbilityBuilder, createMongoAbility, MongoAbility, subject as asSubject } from '@casl/ability';
import { MemberRole, NetworkRole } from './roles';
import { ALL_SCOPES, Scope } from './scopes';

export type Action =
  | 'read'
  | 'create'
  | 'update'
  | 'archive'
  | 'share'
  | 'readAudit'
  | 'erase'
  /** Export everything about a client (GDPR access request): the owning organisation only. */
  | 'export'
  | 'manage'
  /** Quick capacity and waiting-time change of a service (frontline workers know it best). */
  | 'updateCapacity'
  /** See a location's street address and postal code (city and region are always visible). */
  | 'readAddress'
  /** Mark a care plan action done or not done; the receiving organisation closes a referral. */
  | 'complete'
  /** Name the lead organisation (care coordinator) of a client's care plan. */
  | 'setLead'
  /** Referral actions, by side: the sender's organisation sends, edits drafts, cancels, refers again. */
  | 'send'
  | 'cancel'
  | 'referAgain'
  /** The receiving organisation answers and closes the loop. */
  | 'accept'
  | 'decline'
  /** Both sides talk in the referral's thread. */
  | 'postMessage'
  /** Brug itself: a SENT referral past its grace period expires (the expiry timer and lazy expiry). */
  | 'expire'
  /** End a consent from the next request on: the owning organisation, or the client themself (client view). */
  | 'revoke'
  /** Brug itself: tell both organisations that a consent ends within 30 days. */
  | 'remindEnding'
  /** Hand a client's record over to another organisation (case transfer): the owner proposes, the receiver accepts or declines. */
  | 'transfer';
export type SubjectType =
  | 'Organisation'
  | 'Service'
  | 'Location'
  | 'Membership'
  | 'Client'
  | 'ClientSection'
  | 'Consent'
  | 'Referral'
  | 'CarePlan'
  | 'Goal'
  | 'CarePlanAction'
  | 'ContactNote'
  | 'LifeDomainAssessment'
  | 'ExternalReferral'
  | 'ClientTransfer'
  | 'CaseConference'
  | 'ClientEvent'
  | 'ClientDocument'
  /** Aggregate figures (modules/figures): `{ scope: 'NETWORK' }` or `{ scope: 'ORGANISATION', organisationId }`. */
  | 'Figures'
  | 'OutreachSession'
  | 'OutreachPlace'
  | 'OutreachMaterialKind'
  | 'all';
export type AppAbility = MongoAbility<[Action, SubjectType | Record<string, unknown>]>;

/** Who is asking: the signed-in user and the organisation they act for in this session. */
export interface Viewer {
  userId: string;
  displayName: string;
  sessionId: string;
  networkRole: NetworkRole | null;
  /** The organisation the user acts for; null for a coordinator without a membership. */
  organisationId: string | null;
  organisationName: string | null;
  role: MemberRole | null;
  /** Must use two-factor sign-in (coordinator, organisation admin, or an organisation requires it), as of the request's start. */
  twoFactorRequired?: boolean;
  /** Must use two-factor sign-in but has not enrolled yet: only enrolment is open (identity module). */
  twoFactorEnrolmentRequired?: boolean;
}

/**
 * The client themself, in their own view on their own phone: no account, a one-time code from
 * their worker opened a short session (api/src/modules/client-view). A viewer of its own kind,
 * not a user: it acts for no organisation and sees only its own record's access.
 */
export interface ClientSessionViewer {
  /** The client-view session (the redeemed code). */
  codeId: string;
  clientId: string;
  ownerOrganisationId: string;
  endsAt: Date;
}

/** Who acted, in the trail, the timeline and a consent's revocation, when the client did it in their own view. */
export const CLIENT_ACTOR_NAME = 'The client';

/** Whoever else may be asking besides a signed-in user: Brug itself, or a client in their own view. */
export interface Actor {
  system?: boolean;
  clientSession?: ClientSessionViewer | null;
}

/**
 * The one place that says who may do what. Built per request from the viewer's membership in
 * the organisation they act for. What a consent opens is written as a condition on
 * `consentScopes`: the sections named by the live consent the viewer's organisation holds for
 * the row's client (MongoDB array semantics: `{ consentScopes: 'HEALTH' }` means "the consent
 * names HEALTH"), and `consented: true` means "there is a live consent". In SQL both
 * become an EXISTS over `consents` (sql-conditions.ts), so no consent is loaded to
 * decide a query; checks on one row get it from the request's client-access loader
 * (client-access.ts), one statement for all the clients a request touches.
 */
export function defineAbility(viewer: Viewer | null, actor: Actor = {}): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  if (actor.clientSession && !viewer) {
    // The client themself: which organisations may see which sections until when (their
    // consents), who looked (their audit trail), and withdrawing a consent. Nothing else: no
    // section, no pseudonym, no referral, no other client (no rule names any of them).
    const { clientId } = actor.clientSession;
    can('read', 'Consent', { clientId });
    can('revoke', 'Consent', { clientId });
    can('readAudit', 'Client', { id: clientId });
    return build();
  }
  if (actor.system) {
    // Brug's own work (api/src/context/system.ts): it expires unanswered referrals and reads
    // them to do so; it sees no client and no section (no client rule is given)...
    can(['read', 'expire'], 'Referral', { status: 'SENT' });
    // ...and says when a consent is about to end (the terms only: organisations and the date).
    can('remindEnding', 'Consent');
    return build();
  }
  if (!viewer) {
    // The open service map (the HSDS API without sign-in): active listings and PUBLIC
    // addresses only. GraphQL stays closed to anonymous requests (@Authorized).
    can('read', 'Organisation');
    can('read', 'Service', { status: 'ACTIVE' });
    can('read', 'Location');
    can('readAddress', 'Location', { visibility: 'PUBLIC' });
    return build();
  }

  // The service map is open to every signed-in member of the network. Archived services stay
  // readable for whoever may edit them (below), so they can be restored.
  can('read', 'Organisation');
  can('read', 'Service', { status: 'ACTIVE' });
  can('read', 'Location');
  // PUBLIC and NETWORK addresses are for every signed-in member; HIDDEN ones (shelters) only for
  // the owning organisation, below. Not for coordinators either: the account with the widest
  // reach is the worst place for a shelter's address to leak from, and keeping the map does
  // not need it (they can still replace it).
  can('readAddress', 'Location', { visibility: { $in: ['PUBLIC', 'NETWORK'] } });

  if (viewer.networkRole === NetworkRole.COORDINATOR) {
    // Coordinators keep the map; they never see clients (no rule names a client subject).
    can(['create', 'update', 'archive'], 'Organisation');
    can(['read', 'create', 'update', 'archive', 'updateCapacity'], 'Service');
    can(['create', 'update'], 'Location');
    can(['read', 'create', 'update'], 'Membership');
    // The network's figures: suppressed aggregates, never a client.
    can('read', 'Figures', { scope: 'NETWORK' });
  }

  const org = viewer.organisationId;
  if (org && viewer.role) {
    if (viewer.role === MemberRole.ORG_ADMIN) {
      can('update', 'Organisation', { id: org });
      can(['read', 'create', 'update', 'archive'], 'Service', { organisationId: org });
      can(['create', 'update'], 'Location', { organisationId: org });
      can(['read', 'create', 'update'], 'Membership', { organisationId: org });
      // The admin keeps the organisation's own outreach lists (places, material kinds).
      can(['create', 'update'], ['OutreachPlace', 'OutreachMaterialKind'], { organisationId: org });
    }
    // Its own figures and the network's, suppressed aggregates both (modules/figures).
    can('read', 'Figures', { scope: 'NETWORK' });
    can('read', 'Figures', { scope: 'ORGANISATION', organisationId: org });
    // Outreach sessions are the organisation's own work: its members log, read and edit them;
    // nobody else (coordinators included) reads a session, only the figures built from them.
    can(['read', 'create', 'update'], 'OutreachSession', { organisationId: org });
    can('read', ['OutreachPlace', 'OutreachMaterialKind'], { organisationId: org });
    // Every member knows whether their own service can take someone this week.
    can('updateCapacity', 'Service', { organisationId: org });
    can('readAddress', 'Location', { organisationId: org });
    // The owning organisation's members work with their own clients' whole record.
    can('create', 'Client');
    can(['read', 'update', 'share', 'readAudit', 'erase', 'export', 'transfer'], 'Client', { ownerOrganisationId: org });
    // Case transfers: both organisations see them; the receiver answers, the owner may cancel.
    can('read', 'ClientTransfer', { fromOrganisationId: org });
    can('read', 'ClientTransfer', { toOrganisationId: org });
    can(['accept', 'decline'], 'ClientTransfer', { toOrganisationId: org, status: 'PROPOSED' });
    can('cancel', 'ClientTransfer', { fromOrganisationId: org, status: 'PROPOSED' });
    can(['read', 'update'], 'ClientSection', { ownerOrganisationId: org });
    can(['read', 'create', 'revoke'], 'Consent', { ownerOrganisationId: org });
    can('read', 'Consent', { granteeOrganisationId: org });
    can(['read', 'update'], 'CarePlan', { ownerOrganisationId: org });
    // The lead is named by the owner while there is none, then by the lead organisation.
    can('setLead', 'CarePlan', { ownerOrganisationId: org, leadOrganisationId: null });
    can('setLead', 'CarePlan', { leadOrganisationId: org });
    can(['read', 'create', 'update'], 'Goal', { ownerOrganisationId: org });
    can(['read', 'create'], 'CarePlanAction', { ownerOrganisationId: org });
    // An action is completed by its own organisation, or by the plan's lead organisation.
    can('complete', 'CarePlanAction', { organisationId: org });
    can('complete', 'CarePlanAction', { leadOrganisationId: org });
    can(['read', 'create'], 'ContactNote', { ownerOrganisationId: org });
    // Documents: the owner attaches and opens them; a consent opens those of the sections it names (below).
    can(['read', 'create'], 'ClientDocument', { ownerOrganisationId: org });
    can('read', 'ContactNote', { organisationId: org });
    can(['read', 'create'], 'LifeDomainAssessment', { ownerOrganisationId: org });
    can('read', 'CaseConference', { ownerOrganisationId: org });
    // Referrals outside the network: the client's own organisation sees all of them; the sender
    // records them and their outcome while it may see the client (below, with consent).
    can('read', 'ExternalReferral', { ownerOrganisationId: org });
    can(['read', 'create', 'update'], 'ExternalReferral', { ownerOrganisationId: org, senderOrganisationId: org });
    // Timeline entries: the owner sees all; an organisation always sees what it wrote itself.
    can('read', 'ClientEvent', { ownerOrganisationId: org });
    can('read', 'ClientEvent', { organisationId: org });
    // Referrals: the sending organisation sees its own (drafts too); the receiving one sees what
    // was sent to its services. Neither opens the client: that is the consent's job (below).
    can(['read', 'update', 'send', 'cancel', 'referAgain', 'postMessage'], 'Referral', { senderOrganisationId: org });
    can(['read', 'accept', 'decline', 'complete', 'postMessage'], 'Referral', { receivingOrganisationId: org, status: { $ne: 'DRAFT' } });

    // Consent opens the client and exactly the sections it names, nothing more. The plan is
    // the LIFE_DOMAINS section; notes are NOTES. An organisation still sees the actions it owns
    // itself on a client it follows (its own work, for its home screen).
    const consented = { consented: true };
    can('read', 'Client', consented);
    can('read', 'CarePlan', { consentScopes: Scope.LIFE_DOMAINS });
    can(['read', 'create', 'update'], 'Goal', { consentScopes: Scope.LIFE_DOMAINS });
    can(['read', 'create'], 'CarePlanAction', { consentScopes: Scope.LIFE_DOMAINS });
    can('read', 'CarePlanAction', { organisationId: org, ...consented });
    // Assessments of the life domains are the LIFE_DOMAINS section, kept over time.
    can(['read', 'create'], 'LifeDomainAssessment', { consentScopes: Scope.LIFE_DOMAINS });
    // Case conferences are part of the plan; the lead organisation plans them (case-conference.service.ts).
    can('read', 'CaseConference', { consentScopes: Scope.LIFE_DOMAINS });
    can(['read', 'create', 'update'], 'ExternalReferral', { senderOrganisationId: org, ...consented });
    can(['read', 'create'], 'ContactNote', { consentScopes: Scope.NOTES });
    can('read', 'ClientEvent', { scope: null, ...consented });
    for (const scope of ALL_SCOPES) {
      can(['read', 'update'], 'ClientSection', { scope, consentScopes: scope });
      can('read', 'ClientEvent', { scope, consentScopes: scope });
      can('read', 'ClientDocument', { scope, consentScopes: scope });
    }
  }
  return build();
}

/** For checks against one row (never against the type alone: see CASL's database guide). */
export function row(type: Exclude<SubjectType, 'all'>, data: object): Record<string, unknown> {
  return asSubject(type, { ...data }) as unknown as Record<string, unknown>;
}
