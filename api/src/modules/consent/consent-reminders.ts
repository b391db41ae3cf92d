import { In, type DataSource } from 'typeorm';
import { restrictToAllowed } from '../../access';
import { runAsSystem, type RequestContext } from '../../context';
import { NotificationKind, notify } from '../notifications';
import { Organisation } from '../service-map';
import { Consent } from './consent.entity';
import { endingSoon } from './consent.service';
import { repeatEvery } from '../../common';

/**
 * Brug's own work, as the system (api/src/context/system.ts): once per consent, when it comes
 * within 30 days of its end, the owning organisation's workers are told (so they can renew it
 * with the client) and the receiving organisation's workers are told that their access ends
 * then. The notices name the organisation and the date, never the client.
 */
export async function remindEndingConsents(ctx: RequestContext): Promise<number> {
  const qb = endingSoon(ctx.em.createQueryBuilder(Consent, 'k').where('k.ending_notice_at IS NULL'), ctx.now)
    .setLock('pessimistic_write')
    .setOnLocked('skip_locked');
  if (!(await restrictToAllowed(ctx, qb, 'remindEnding', 'Consent', 'k'))) return 0;
  const ending = await qb.orderBy('k.valid_until', 'ASC').limit(500).getMany();
  if (!ending.length) return 0;
  const organisations = new Map(
    (await ctx.em.findBy(Organisation, { id: In([...new Set(ending.flatMap((k) => [k.ownerOrganisationId, k.granteeOrganisationId]))]) })).map((o) => [
      o.id,
      o.name,
    ]),
  );
  const day = (d: Date) => d.toISOString().slice(0, 10);
  for (const consent of ending) {
    const grantee = organisations.get(consent.granteeOrganisationId) ?? 'another organisation';
    const owner = organisations.get(consent.ownerOrganisationId) ?? 'another organisation';
    await notify(ctx.em, {
      kind: NotificationKind.CONSENT_ENDING,
      consentId: consent.id,
      text: `A consent for ${grantee} ends on ${day(consent.validUntil)}: renew it with the client if they agree.`,
      organisationIds: [consent.ownerOrganisationId],
      at: ctx.now,
    });
    await notify(ctx.em, {
      kind: NotificationKind.ACCESS_ENDING,
      consentId: consent.id,
      text: `Your access to a client record shared by ${owner} ends on ${day(consent.validUntil)}.`,
      organisationIds: [consent.granteeOrganisationId],
      at: ctx.now,
    });
  }
  await ctx.em.query(`UPDATE consents SET ending_notice_at = $2 WHERE id = ANY($1::uuid[])`, [ending.map((k) => k.id), ctx.now]);
  return ending.length;
}

export function remindEndingConsentsAsSystem(dataSource: DataSource, now = new Date()): Promise<number> {
  return runAsSystem(dataSource, now, remindEndingConsents);
}

/** Runs the reminders every 10 minutes (the API process's timer). Returns a stop function. */
export function startConsentReminderTimer(dataSource: DataSource, onError: (error: unknown) => void = () => undefined, everyMs = 600_000): () => void {
  return repeatEvery(everyMs, () => remindEndingConsentsAsSystem(dataSource), onError);
}
