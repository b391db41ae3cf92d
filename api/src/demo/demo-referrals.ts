import type { EntityManager } from 'typeorm';
import { liveConsentSql, Scope } from '../access';
import { NotificationKind, notify } from '../modules/notifications';
import { dueDate, expiryDate, CancelReason, DeclineReason, ReferralOutcome, ReferralStatus, ReferralUrgency, noticeText } from '../modules/referrals';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The clients demo's clients these referrals are for, found by pseudonym and owner. */
const DEMO_REFERRAL_CLIENTS = [
  { pseudonym: 'Milan', owner: 'Boysproject' },
  { pseudonym: 'Nico', owner: 'Boysproject' },
  { pseudonym: 'Dani', owner: 'Moviera' },
  { pseudonym: 'Sasha', owner: 'Moviera' },
] as const;
type Pseudonym = (typeof DEMO_REFERRAL_CLIENTS)[number]['pseudonym'];

interface DemoReferral {
  client: Pseudonym;
  sender: string; // e-mail of the sending worker
  service: string; // service name
  urgency: ReferralUrgency;
  /** The path it took; the last one is its status now. */
  path: ReferralStatus[];
  sentDaysAgo?: number;
  reason: string;
  wishes: string;
  scopes: Scope[];
  intro?: { inDays: number; place: string; accompaniedBy?: string } | 'client-will-call';
  answeredBy?: string; // e-mail of the receiving worker (accept, decline, complete)
  decline?: { reason: DeclineReason; note: string; suggested?: string };
  cancel?: { reason: CancelReason; note: string };
  outcome?: { outcome: ReferralOutcome; note: string };
  messages?: { from: string; text: string; hoursAfterSending: number }[];
}

const REFERRALS: DemoReferral[] = [
  {
    client: 'Milan',
    sender: 'sam@boysproject.test',
    service: 'Schuldhulp bij uitstap',
    urgency: ReferralUrgency.ROUTINE,
    path: [ReferralStatus.DRAFT, ReferralStatus.SENT],
    sentDaysAgo: 1,
    scopes: [Scope.PROFILE, Scope.LIFE_DOMAINS],
    reason: 'Schulden bij de zorgverzekeraar en een deurwaarder; brieven blijven ongeopend.',
    wishes: 'Overzicht krijgen, geen oordeel. Eerst kennismaken, liefst samen met Sam.',
    intro: { inDays: 6, place: 'NextStep Arnhem', accompaniedBy: 'Sam (Boysproject)' },
  },
  {
    client: 'Milan',
    sender: 'noor@moviera.test',
    service: 'Uitstapprogramma NextStep',
    urgency: ReferralUrgency.SOON,
    path: [ReferralStatus.DRAFT, ReferralStatus.SENT],
    sentDaysAgo: 4,
    scopes: [Scope.PROFILE, Scope.LIFE_DOMAINS],
    reason: 'Wil stoppen met sekswerk en verhuist naar Arnhem; zoekt begeleiding bij inkomen en wonen.',
    wishes: 'In eigen tempo.',
    intro: 'client-will-call',
    messages: [{ from: 'noor@moviera.test', text: 'Milan is het best bereikbaar na 14 uur.', hoursAfterSending: 2 }],
  },
  {
    client: 'Dani',
    sender: 'noor@moviera.test',
    service: 'RUPS uitstaptraject',
    urgency: ReferralUrgency.ROUTINE,
    path: [ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.ACCEPTED],
    sentDaysAgo: 6,
    scopes: [Scope.PROFILE, Scope.LIFE_DOMAINS],
    reason: 'Wil uitstappen na de opvangperiode; heeft hulp nodig bij werk en opleiding.',
    wishes: 'Een opleiding in de zorg.',
    answeredBy: 'ines@rups-denbosch.test',
    intro: { inDays: 2, place: 'RUPS Den Bosch', accompaniedBy: 'Noor (Moviera)' },
    messages: [
      { from: 'ines@rups-denbosch.test', text: 'Welkom! Past dinsdag 10 uur voor een eerste gesprek?', hoursAfterSending: 20 },
      { from: 'noor@moviera.test', text: 'Dinsdag past, ik kom mee.', hoursAfterSending: 26 },
    ],
  },
  {
    client: 'Nico',
    sender: 'sam@boysproject.test',
    service: 'Leefloon en sociale hulp',
    urgency: ReferralUrgency.URGENT,
    path: [ReferralStatus.DRAFT, ReferralStatus.SENT],
    sentDaysAgo: 2,
    scopes: [Scope.PROFILE, Scope.LIFE_DOMAINS],
    reason: 'Geen inkomen meer sinds een maand, dreigende uithuiszetting.',
    wishes: 'Snel een afspraak.',
    intro: { inDays: 1, place: 'Sociaal Huis Zuid', accompaniedBy: 'Sam (Boysproject)' },
  },
  {
    client: 'Nico',
    sender: 'sam@boysproject.test',
    service: 'Soa-polikliniek: test en behandeling',
    urgency: ReferralUrgency.SOON,
    path: [ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED],
    sentDaysAgo: 20,
    scopes: [Scope.PROFILE, Scope.HEALTH],
    reason: 'Behandeling na een positieve sneltest.',
    wishes: 'Anoniem blijven.',
    outcome: { outcome: ReferralOutcome.SERVICE_STARTED, note: 'Behandeling gestart.' },
  },
  {
    client: 'Nico',
    sender: 'sam@boysproject.test',
    service: 'PrEP- en PEP-consultatie',
    urgency: ReferralUrgency.ROUTINE,
    path: [ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.DECLINED],
    sentDaysAgo: 9,
    scopes: [Scope.PROFILE, Scope.HEALTH],
    reason: 'Wil starten met PrEP.',
    wishes: 'Een afspraak op woensdag.',
    decline: {
      reason: DeclineReason.NO_CAPACITY,
      note: 'Geen plaats deze maand; de test-en-behandelconsultatie kan PrEP ook starten.',
      suggested: 'Soa-polikliniek: test en behandeling',
    },
  },
  {
    client: 'Sasha',
    sender: 'noor@moviera.test',
    service: 'Categorale opvang slachtoffers mensenhandel',
    urgency: ReferralUrgency.URGENT,
    path: [ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.ACCEPTED],
    sentDaysAgo: 3,
    scopes: [Scope.PROFILE, Scope.SAFETY],
    reason: 'Acute onveiligheid; veilige opvang nodig.',
    wishes: 'Een plek buiten Arnhem.',
    intro: { inDays: 0, place: 'Op afspraak', accompaniedBy: 'Noor (Moviera)' },
  },
  {
    client: 'Nico',
    sender: 'sam@boysproject.test',
    service: 'Woonbegeleiding en huisvestingsadvies',
    urgency: ReferralUrgency.ROUTINE,
    path: [ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.CANCELLED],
    sentDaysAgo: 8,
    scopes: [Scope.PROFILE, Scope.LIFE_DOMAINS],
    reason: 'Zoekt een kamer.',
    wishes: 'In Antwerpen blijven.',
    cancel: { reason: CancelReason.CLIENT_WITHDREW, note: 'Heeft zelf een kamer gevonden.' },
  },
  {
    client: 'Sasha',
    sender: 'noor@moviera.test',
    service: 'Traumabehandeling',
    urgency: ReferralUrgency.SOON,
    path: [ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.EXPIRED],
    sentDaysAgo: 12,
    scopes: [Scope.PROFILE],
    reason: 'Nachtmerries en herbelevingen.',
    wishes: 'Een vrouwelijke behandelaar.',
  },
  {
    client: 'Nico',
    sender: 'sam@boysproject.test',
    service: 'Uitstapprogramma NextStep',
    urgency: ReferralUrgency.ROUTINE,
    path: [ReferralStatus.DRAFT],
    scopes: [Scope.PROFILE],
    reason: 'Denkt na over stoppen.',
    wishes: 'Eerst informatie.',
  },
];

/** Consents the demo's referrals rely on (the receiver must hold one), added where the clients demo has none. */
const CONSENTS: { client: Pseudonym; grantee: string; scopes: Scope[] }[] = [
  { client: 'Milan', grantee: 'NextStep', scopes: [Scope.PROFILE, Scope.LIFE_DOMAINS] },
  { client: 'Nico', grantee: 'Soa-polikliniek Scheldezicht', scopes: [Scope.PROFILE, Scope.HEALTH] },
  { client: 'Nico', grantee: 'CAW Scheldeland', scopes: [Scope.PROFILE, Scope.LIFE_DOMAINS] },
  { client: 'Nico', grantee: 'Sociaal Huis Antwerpen-Zuid', scopes: [Scope.PROFILE, Scope.LIFE_DOMAINS] },
  { client: 'Dani', grantee: 'RUPS Den Bosch', scopes: [Scope.PROFILE, Scope.LIFE_DOMAINS] },
  { client: 'Sasha', grantee: 'Opvanghuis De Linde', scopes: [Scope.PROFILE, Scope.SAFETY] },
  { client: 'Sasha', grantee: 'GGZ Kempenland', scopes: [Scope.PROFILE] },
];

/**
 * Referrals in every status between demo organisations, with their steps, a few messages and
 * notices, some overdue, so a new user opens a living inbox (lotte@nextstep.test has unread
 * SENT referrals). Runs after the clients demo (it refers the clients that demo registered), as
 * the owner, in the demo's transaction.
 */
export async function loadDemoReferrals(em: EntityManager, now = new Date()): Promise<void> {
  const orgs = new Map<string, string>((await em.query(`SELECT id, name FROM organisations`)).map((o: { id: string; name: string }) => [o.name, o.id]));
  const orgName = new Map([...orgs].map(([name, id]) => [id, name]));
  const users = new Map<string, { id: string; name: string; org: string }>(
    (await em.query(`SELECT u.id, u.email, u.display_name, m.organisation_id FROM users u JOIN memberships m ON m.user_id = u.id`)).map(
      (u: { id: string; email: string; display_name: string; organisation_id: string }) => [
        u.email,
        { id: u.id, name: u.display_name, org: u.organisation_id },
      ],
    ),
  );
  const services = new Map<string, { id: string; organisationId: string }>(
    (await em.query(`SELECT id, name, organisation_id FROM services`)).map((s: { id: string; name: string; organisation_id: string }) => [
      s.name,
      { id: s.id, organisationId: s.organisation_id },
    ]),
  );

  const clients = new Map<Pseudonym, { id: string; owner: string }>();
  for (const c of DEMO_REFERRAL_CLIENTS) {
    const owner = orgs.get(c.owner)!;
    const [found] = await em.query(`SELECT id FROM clients WHERE pseudonym = $1 AND owner_organisation_id = $2 AND erased_at IS NULL LIMIT 1`, [
      c.pseudonym,
      owner,
    ]);
    if (found) clients.set(c.pseudonym, { id: found.id, owner });
  }
  for (const c of CONSENTS) {
    const client = clients.get(c.client);
    if (!client) continue;
    const grantee = orgs.get(c.grantee)!;
    const [live] = await em.query(`SELECT id FROM consents k WHERE client_id = $1 AND grantee_organisation_id = $2 AND ${liveConsentSql('k', '$3')}`, [
      client.id,
      grantee,
      now,
    ]);
    if (live) continue;
    await em.query(
      `INSERT INTO consents (client_id, owner_organisation_id, grantee_organisation_id, scopes, purpose, method, valid_from, valid_until, recorded_by_name, recorded_at)
       VALUES ($1, $2, $3, $4, 'Warme doorverwijzing en samen opvolgen', 'VERBAL', $5, $6, 'Demo', $5)`,
      [client.id, client.owner, grantee, c.scopes, new Date(now.getTime() - 30 * DAY), new Date(now.getTime() + 335 * DAY)],
    );
  }

  for (const spec of REFERRALS) {
    const client = clients.get(spec.client);
    // Without the clients demo (an empty database loaded otherwise), there is no one to refer.
    if (!client) continue;
    const sender = users.get(spec.sender)!;
    const service = services.get(spec.service)!;
    const status = spec.path[spec.path.length - 1];
    const sentAt = spec.sentDaysAgo != null ? new Date(now.getTime() - spec.sentDaysAgo * DAY) : null;
    const createdAt = new Date((sentAt ?? now).getTime() - 2 * HOUR);
    const dueAt = sentAt ? dueDate(spec.urgency, sentAt) : null;
    const answerer = spec.answeredBy ? users.get(spec.answeredBy)! : null;
    const answeredAt = sentAt ? new Date(sentAt.getTime() + 22 * HOUR) : null;
    const suggested = spec.decline?.suggested ? services.get(spec.decline.suggested)!.id : null;
    const intro =
      spec.intro === 'client-will-call'
        ? { clientWillCall: true }
        : spec.intro
          ? { plannedAt: new Date(now.getTime() + spec.intro.inDays * DAY), place: spec.intro.place, accompaniedBy: spec.intro.accompaniedBy ?? null }
          : null;
    const [{ id }] = await em.query(
      `INSERT INTO referrals (client_id, owner_organisation_id, sender_organisation_id, receiving_organisation_id, service_id, status, urgency, reason,
         client_wishes, shared_scopes, intro_planned_at, intro_place, intro_accompanied_by, intro_client_will_call, created_by_user_id, sent_by_user_id,
         sent_by_name, accepted_by_user_id, accepted_by_name, sent_at, due_at, expires_at, decline_reason, decline_note, suggested_service_id,
         cancel_reason, cancel_note, outcome, outcome_note, status_changed_at, overdue_notified_at, created_at, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28,$29,$30,$31,$31) RETURNING id`,
      [
        client.id,
        client.owner,
        sender.org,
        service.organisationId,
        service.id,
        status,
        spec.urgency,
        spec.reason,
        spec.wishes,
        spec.scopes,
        intro && 'plannedAt' in intro ? intro.plannedAt : null,
        intro && 'place' in intro ? intro.place : null,
        intro && 'accompaniedBy' in intro ? intro.accompaniedBy : null,
        !!(intro && 'clientWillCall' in intro),
        sender.id,
        sender.name,
        status === ReferralStatus.ACCEPTED || status === ReferralStatus.COMPLETED ? (answerer?.id ?? null) : null,
        status === ReferralStatus.ACCEPTED || status === ReferralStatus.COMPLETED ? (answerer?.name ?? 'Demo') : null,
        sentAt,
        dueAt,
        dueAt ? expiryDate(spec.urgency, dueAt) : null,
        spec.decline?.reason ?? null,
        spec.decline?.note ?? null,
        suggested,
        spec.cancel?.reason ?? null,
        spec.cancel?.note ?? null,
        spec.outcome?.outcome ?? null,
        spec.outcome?.note ?? null,
        spec.path.length > 2 ? answeredAt : sentAt,
        status === ReferralStatus.EXPIRED ? dueAt : null,
        createdAt,
      ],
    );

    // Every step, with who did it: sender side for send/cancel, receiver side for answers, Brug for expiry.
    let at = createdAt;
    for (let i = 0; i < spec.path.length; i++) {
      const to = spec.path[i];
      const from = i === 0 ? null : spec.path[i - 1];
      if (to === ReferralStatus.SENT) at = sentAt!;
      else if (i > 1) at = new Date((sentAt ?? at).getTime() + (i - 1) * 22 * HOUR);
      const system = to === ReferralStatus.EXPIRED;
      const actor = system ? null : [ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.COMPLETED].includes(to) ? (answerer ?? null) : sender;
      const actorOrg = system ? null : (actor?.org ?? service.organisationId);
      const reason =
        spec.decline && to === ReferralStatus.DECLINED
          ? spec.decline.reason
          : spec.cancel && to === ReferralStatus.CANCELLED
            ? spec.cancel.reason
            : spec.outcome && to === ReferralStatus.COMPLETED
              ? spec.outcome.outcome
              : system
                ? 'NO_ANSWER_IN_TIME'
                : null;
      await em.query(
        `INSERT INTO referral_events (referral_id, sender_organisation_id, receiving_organisation_id, from_status, to_status, actor_user_id, actor_name, organisation_id, organisation_name, at, reason)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
        [
          id,
          sender.org,
          service.organisationId,
          from,
          to,
          actor?.id ?? null,
          system ? 'Brug' : (actor?.name ?? `${orgName.get(service.organisationId)} (demo)`),
          actorOrg,
          actorOrg ? orgName.get(actorOrg) : null,
          at,
          reason,
        ],
      );
      await em.query(
        `INSERT INTO client_events (client_id, owner_organisation_id, organisation_id, organisation_name, actor_user_id, actor_name, kind, scope, occurred_at, summary, subject_type, subject_id)
         VALUES ($1,$2,$3,$4,$5,$6,$7,NULL,$8,$9,'Referral',$10)`,
        [
          client.id,
          client.owner,
          actorOrg,
          actorOrg ? orgName.get(actorOrg) : '',
          actor?.id ?? null,
          system ? 'Brug' : (actor?.name ?? ''),
          `REFERRAL_${to === ReferralStatus.DRAFT ? 'CREATED' : to}`,
          at,
          JSON.stringify({
            serviceName: spec.service,
            receivingOrganisationName: orgName.get(service.organisationId),
            urgency: spec.urgency,
            ...(reason && to !== ReferralStatus.COMPLETED ? { reasonCode: reason } : {}),
            ...(spec.outcome && to === ReferralStatus.COMPLETED ? { outcome: spec.outcome.outcome } : {}),
          }),
          id,
        ],
      );
    }
    for (const m of spec.messages ?? []) {
      const author = users.get(m.from)!;
      await em.query(
        `INSERT INTO referral_messages (referral_id, client_id, sender_organisation_id, receiving_organisation_id, author_user_id, author_name, organisation_id, organisation_name, body, at)
         VALUES ($1,(SELECT client_id FROM referrals WHERE id = $1),$2,$3,$4,$5,$6,$7,$8,$9)`,
        [
          id,
          sender.org,
          service.organisationId,
          author.id,
          author.name,
          author.org,
          orgName.get(author.org),
          m.text,
          new Date(sentAt!.getTime() + m.hoursAfterSending * HOUR),
        ],
      );
    }
    // The notices the steps would have sent.
    const tellAt = (kind: NotificationKind, organisationIds: string[], detail: string | null = null) =>
      notify(em, { kind, referralId: id, text: noticeText(kind, spec.service, sentAt ?? createdAt, detail), detail, organisationIds, at: answeredAt ?? now });
    if (spec.path.includes(ReferralStatus.SENT)) await tellAt(NotificationKind.REFERRAL_RECEIVED, [service.organisationId]);
    if (status === ReferralStatus.ACCEPTED || status === ReferralStatus.DECLINED) await tellAt(NotificationKind.REFERRAL_ANSWERED, [sender.org], status);
    if (status === ReferralStatus.COMPLETED) await tellAt(NotificationKind.REFERRAL_COMPLETED, [sender.org]);
    if (status === ReferralStatus.EXPIRED) await tellAt(NotificationKind.REFERRAL_EXPIRED, [sender.org, service.organisationId], status);
    if (spec.messages?.length) await tellAt(NotificationKind.REFERRAL_MESSAGE, [sender.org]);
  }
}
