import type { EntityManager } from 'typeorm';
import { Scope } from '../access';
import {
  CarePlanAction,
  CarePlan,
  ContactNote,
  Goal,
  CarePlanActionStatus,
  ContactType,
  dayAt,
  FollowUpEventKind as Kind,
  GoalStatus,
  LifeDomain,
} from '../modules/follow-up';
import { ClientEvent } from '../modules/clients';

const DAY = 86_400_000;

interface Actor {
  organisationId: string;
  organisationName: string;
  userId: string | null;
  name: string;
}

/**
 * Milan's shared follow-up: NextStep leads, goals for housing, income and debts and health,
 * actions of Boysproject, NextStep and Moviera (one overdue, one due this week, one done), and
 * contact notes, each with its timeline entry. Only what the rules allow is written: goals and
 * actions by Boysproject (owner) and NextStep (LIFE_DOMAINS), notes by organisations holding
 * NOTES (Moviera's demo consent names PROFILE and SAFETY, so its note is left out unless that
 * consent includes NOTES). Milan comes from the clients demo; without him nothing is added.
 */
export async function loadDemoFollowUp(em: EntityManager, now = new Date()): Promise<void> {
  const [milan] = await em.query(`SELECT id, owner_organisation_id FROM clients WHERE pseudonym = 'Milan' LIMIT 1`);
  if (!milan) return;
  const clientId: string = milan.id;
  const ownerOrganisationId: string = milan.owner_organisation_id;

  const actors = new Map<string, Actor>();
  const people: Record<string, string> = { Boysproject: 'sam@boysproject.test', NextStep: 'lotte@nextstep.test', Moviera: 'noor@moviera.test' };
  for (const [organisationName, email] of Object.entries(people)) {
    const [org] = await em.query(`SELECT id FROM organisations WHERE name = $1`, [organisationName]);
    if (!org) return;
    const [user] = await em.query(`SELECT id, display_name FROM users WHERE email = $1`, [email]);
    actors.set(organisationName, { organisationId: org.id, organisationName, userId: user?.id ?? null, name: user?.display_name ?? organisationName });
  }
  const boys = actors.get('Boysproject')!;
  const nextStep = actors.get('NextStep')!;
  const moviera = actors.get('Moviera')!;

  /** A moment `daysAgo` days before now, at `hour` o'clock UTC. */
  const at = (daysAgo: number, hour = 10) => {
    const moment = new Date(now.getTime() - daysAgo * DAY);
    moment.setUTCHours(hour, 0, 0, 0);
    return moment;
  };
  const event = (
    actor: Actor,
    kind: string,
    scope: string | null,
    occurredAt: Date,
    summary: Record<string, unknown>,
    subjectType: string,
    subjectId: string,
  ) =>
    em.insert(ClientEvent, {
      clientId,
      ownerOrganisationId,
      organisationId: actor.organisationId,
      organisationName: actor.organisationName,
      actorUserId: actor.userId,
      actorName: actor.name,
      kind,
      scope,
      occurredAt,
      summary: summary as never,
      subjectType,
      subjectId,
    });

  const plan = em.create(CarePlan, { clientId, ownerOrganisationId, leadOrganisationId: nextStep.organisationId, leadSince: at(20) });
  await em.insert(CarePlan, plan);
  await event(
    boys,
    Kind.LEAD_CHANGED,
    Scope.LIFE_DOMAINS,
    at(20),
    { leadOrganisationId: nextStep.organisationId, leadOrganisationName: nextStep.organisationName, previousLeadOrganisationName: null },
    'CarePlan',
    plan.id,
  );

  const goals: Record<string, Goal> = {};
  const goalSpecs: [string, Actor, LifeDomain, string, GoalStatus, number][] = [
    ['housing', nextStep, LifeDomain.HOUSING, 'Een eigen kamer, niet meer slapen bij klanten.', GoalStatus.IN_PROGRESS, 19],
    ['income', nextStep, LifeDomain.INCOME_AND_DEBTS, 'Overzicht van mijn schulden en een afbetalingsplan dat ik volhoud.', GoalStatus.OPEN, 19],
    ['health', boys, LifeDomain.HEALTH, 'Regelmatig testen en PrEP blijven nemen.', GoalStatus.IN_PROGRESS, 18],
  ];
  for (const [key, actor, lifeDomain, text, status, daysAgo] of goalSpecs) {
    const goal = em.create(Goal, {
      clientId,
      ownerOrganisationId,
      lifeDomain,
      text,
      status,
      createdByOrganisationId: actor.organisationId,
      createdByOrganisationName: actor.organisationName,
      createdByName: actor.name,
      createdAt: at(daysAgo),
      updatedAt: at(daysAgo),
    });
    await em.insert(Goal, goal);
    goals[key] = goal;
    await event(actor, Kind.GOAL_ADDED, Scope.LIFE_DOMAINS, at(daysAgo), { goalId: goal.id, lifeDomain, text, status }, 'Goal', goal.id);
  }

  const actionSpecs: [Goal, Actor, Actor, string, number, CarePlanActionStatus, string | null, number][] = [
    // [goal, owner, written by, description, due in days, status, completion note, written days ago]
    [goals.housing, nextStep, nextStep, 'Aanmelding bij de woonbegeleiding van het wijkteam.', -3, CarePlanActionStatus.OPEN, null, 17],
    [goals.health, boys, boys, 'Samen naar de soa-polikliniek voor de driemaandelijkse controle.', 4, CarePlanActionStatus.OPEN, null, 16],
    [
      goals.income,
      moviera,
      nextStep,
      'Schuldenoverzicht maken met de budgetcoach.',
      -6,
      CarePlanActionStatus.DONE,
      'Overzicht gemaakt; drie schuldeisers, afspraak met budgetbeheer volgt.',
      15,
    ],
    [goals.income, boys, nextStep, 'Brieven van de deurwaarder meebrengen naar het spreekuur.', 10, CarePlanActionStatus.OPEN, null, 6],
  ];
  for (const [goal, owner, writer, description, dueInDays, status, note, daysAgo] of actionSpecs) {
    const done = status !== CarePlanActionStatus.OPEN;
    const action = em.create(CarePlanAction, {
      goalId: goal.id,
      clientId,
      ownerOrganisationId,
      organisationId: owner.organisationId,
      description,
      dueOn: dayAt(now, dueInDays),
      status,
      createdByName: writer.name,
      createdAt: at(daysAgo),
      completionNote: note,
      completedAt: done ? at(7) : null,
      completedByName: done ? owner.name : null,
      completedByOrganisationName: done ? owner.organisationName : null,
    });
    await em.insert(CarePlanAction, action);
    await event(
      writer,
      Kind.ACTION_ADDED,
      Scope.LIFE_DOMAINS,
      at(daysAgo),
      {
        actionId: action.id,
        goalId: goal.id,
        lifeDomain: goal.lifeDomain,
        text: description,
        dueOn: action.dueOn,
        actionOrganisationName: owner.organisationName,
      },
      'CarePlanAction',
      action.id,
    );
    if (done) {
      await event(
        owner,
        Kind.ACTION_COMPLETED,
        Scope.LIFE_DOMAINS,
        at(7),
        { actionId: action.id, goalId: goal.id, lifeDomain: goal.lifeDomain, text: description, outcome: status, note },
        'CarePlanAction',
        action.id,
      );
    }
  }

  const noteSpecs: [Actor, ContactType, string, number][] = [
    [boys, ContactType.OUTREACH_CONTACT, 'Milan aangesproken in de bar; wil graag praten over een vaste slaapplek. Afspraak gemaakt op kantoor.', 21],
    [nextStep, ContactType.PHONE, 'Kennismaking na de warme overdracht. Milan wil het uitstapprogramma proberen, eerst wonen en geld op orde.', 19],
    [
      moviera,
      ContactType.OFFICE_VISIT,
      'Gesprek over de schulden; Milan voelt zich onder druk gezet door een kennis. Signalen besproken, geen aangifte gewenst.',
      12,
    ],
    [boys, ContactType.ACCOMPANIMENT, 'Mee naar de soa-polikliniek; resultaten volgen. Milan was rustiger dan vorige keer.', 5],
    [nextStep, ContactType.ONLINE, 'Kort berichtje: kamer bij het wijkteam nog niet rond, Milan blijft gemotiveerd.', 1],
  ];
  // Only organisations that may write notes do: the owner and consents that include NOTES.
  const [{ scopes: movieraScopes } = { scopes: [] as string[] }] = await em.query(
    `SELECT scopes FROM consents WHERE client_id = $1 AND grantee_organisation_id = $2 AND revoked_at IS NULL AND valid_until > $3`,
    [clientId, moviera.organisationId, now],
  );
  const mayWriteNotes = (actor: Actor) => actor !== moviera || movieraScopes.includes(Scope.NOTES);
  for (const [actor, contactType, text, daysAgo] of noteSpecs.filter(([actor]) => mayWriteNotes(actor))) {
    const note = em.create(ContactNote, {
      clientId,
      ownerOrganisationId,
      organisationId: actor.organisationId,
      organisationName: actor.organisationName,
      authorUserId: actor.userId,
      authorName: actor.name,
      contactAt: at(daysAgo, 14),
      contactType,
      text,
      createdAt: at(daysAgo, 16),
    });
    await em.insert(ContactNote, note);
    await event(
      actor,
      Kind.NOTE_ADDED,
      Scope.NOTES,
      at(daysAgo, 16),
      { noteId: note.id, contactType, contactAt: note.contactAt.toISOString(), text },
      'ContactNote',
      note.id,
    );
  }
}
