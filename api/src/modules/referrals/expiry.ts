import type { DataSource } from 'typeorm';
import { runAsSystem, type RequestContext } from '../../context';
import { IsNull } from 'typeorm';
import { restrictToAllowed } from '../../access';
import { NotificationKind } from '../notifications';
import { ReferralStatus } from './referral-enums';
import { ReferralJournal } from './referral-journal';
import { Referral } from './referral.entity';
import { repeatEvery } from '../../common';

/**
 * As the system: tells both sides once when a SENT referral passes its due date, and expires
 * the ones past their grace period (see due-dates.ts) with the same event, timeline and notice
 * writers as every other step. Each change is guarded, so two processes never notify or
 * expire one referral twice. `organisationId` limits it to one organisation's referrals.
 */
export async function expireDue(ctx: RequestContext, organisationId?: string | null): Promise<number> {
  const journal = new ReferralJournal(ctx);
  const due = ctx.em.createQueryBuilder(Referral, 'r').where(`r.status = 'SENT' AND r.due_at <= :now`, { now: ctx.now });
  due.andWhere('(r.expires_at <= :now OR r.overdue_notified_at IS NULL)', { now: ctx.now });
  if (organisationId) due.andWhere('(r.sender_organisation_id = :org OR r.receiving_organisation_id = :org)', { org: organisationId });
  if (!(await restrictToAllowed(ctx, due, 'expire', 'Referral', 'r'))) return 0;
  let expired = 0;
  for (const referral of await due.orderBy('r.due_at', 'ASC').getMany()) {
    const sides = [referral.senderOrganisationId, referral.receivingOrganisationId];
    if (referral.expiresAt && referral.expiresAt <= ctx.now) {
      const result = await ctx.em.update(
        Referral,
        { id: referral.id, status: ReferralStatus.SENT },
        { status: ReferralStatus.EXPIRED, statusChangedAt: ctx.now, updatedAt: ctx.now },
      );
      if (!result.affected) continue;
      expired += 1;
      await journal.event(referral, ReferralStatus.SENT, ReferralStatus.EXPIRED, 'NO_ANSWER_IN_TIME');
      await journal.timeline(referral, 'REFERRAL_EXPIRED');
      await journal.tell(referral, NotificationKind.REFERRAL_EXPIRED, sides, undefined, ReferralStatus.EXPIRED, [referral.sentByUserId]);
    } else {
      const result = await ctx.em.update(
        Referral,
        { id: referral.id, status: ReferralStatus.SENT, overdueNotifiedAt: IsNull() },
        { overdueNotifiedAt: ctx.now },
      );
      if (result.affected) await journal.tell(referral, NotificationKind.REFERRAL_OVERDUE, sides, undefined, null, [referral.sentByUserId]);
    }
  }
  return expired;
}

/**
 * Expiry for every organisation, in its own transaction, as the system (api/src/context/system.ts):
 * the one ability's system rules and row-level security's `brug.system` both apply.
 */
export function expireAsSystem(dataSource: DataSource, now = new Date()): Promise<number> {
  return runAsSystem(dataSource, now, (ctx) => expireDue(ctx));
}

/** Runs expireAsSystem every minute (the API process's timer). Returns a stop function. */
export function startReferralExpiryTimer(dataSource: DataSource, onError: (error: unknown) => void = () => undefined, everyMs = 60_000): () => void {
  return repeatEvery(everyMs, () => expireAsSystem(dataSource), onError);
}
