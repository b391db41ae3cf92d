import { Field, Int, ObjectType } from 'type-graphql';
import { NoClientData } from '../../access';
import type { RequestContext } from '../../context';

@NoClientData('counts of referrals, no client')
@ObjectType({ description: 'What the navigation shows as unread; pushed by the inboxChanged subscription' })
export class InboxCounts {
  @Field(() => Int, { description: 'SENT referrals to your organisation that you have not opened' })
  unreadReferralCount: number;

  @Field(() => Int)
  unreadNotificationCount: number;
}

/**
 * What the inbox needs from the referrals module, without importing it (referrals sends
 * notices, so it sits above this module): wired in `api/src/modules/index.ts`.
 */
export interface ReferralInbox {
  /** Settles what is due for the viewer's organisation (lazy expiry) before notices are read. */
  settle(ctx: RequestContext): Promise<void>;
  /** SENT referrals to the viewer's organisation the viewer has not opened. */
  unreadCount(ctx: RequestContext): Promise<number>;
}

let referralInbox: ReferralInbox | null = null;

/** Called once by the wiring of the modules. */
export function useReferralInbox(inbox: ReferralInbox): void {
  referralInbox = inbox;
}

export function referrals(): ReferralInbox {
  if (!referralInbox) throw new Error('The referral inbox is not wired (api/src/modules/index.ts wires the modules)');
  return referralInbox;
}
