import type { Action } from '../../access';
import { ReferralAction, ReferralStatus } from './referral-enums';

const { DRAFT, SENT, ACCEPTED, DECLINED, CANCELLED, COMPLETED, EXPIRED } = ReferralStatus;

/**
 * The lifecycle, as data: for each action, the statuses it may start from, the status it
 * leads to (none for actions that do not change the status) and the ability action that says
 * which side may do it. Everything else is refused.
 */
export const TRANSITIONS: Record<ReferralAction, { from: ReferralStatus[]; to?: ReferralStatus; ability: Action }> = {
  [ReferralAction.SEND]: { from: [DRAFT], to: SENT, ability: 'send' },
  [ReferralAction.UPDATE_DRAFT]: { from: [DRAFT], ability: 'update' },
  [ReferralAction.CANCEL]: { from: [DRAFT, SENT, ACCEPTED], to: CANCELLED, ability: 'cancel' },
  [ReferralAction.ACCEPT]: { from: [SENT], to: ACCEPTED, ability: 'accept' },
  [ReferralAction.DECLINE]: { from: [SENT], to: DECLINED, ability: 'decline' },
  [ReferralAction.COMPLETE]: { from: [ACCEPTED], to: COMPLETED, ability: 'complete' },
  [ReferralAction.POST_MESSAGE]: { from: [SENT, ACCEPTED, DECLINED, CANCELLED, COMPLETED, EXPIRED], ability: 'postMessage' },
  [ReferralAction.REFER_AGAIN]: { from: [DECLINED, EXPIRED], ability: 'referAgain' },
};

/** Statuses in which a referral still asks something of someone (consent withdrawal cancels these). */
export const OPEN_STATUSES = [DRAFT, SENT, ACCEPTED];

const PAST: Record<ReferralStatus, string> = {
  DRAFT: 'saved as a draft',
  SENT: 'sent',
  ACCEPTED: 'accepted',
  DECLINED: 'declined',
  CANCELLED: 'cancelled',
  COMPLETED: 'completed',
  EXPIRED: 'expired',
};
export const pastTense = (status: ReferralStatus) => PAST[status];
