import { useTranslation } from 'react-i18next';
import type { ReferralStatus } from '../../generated/graphql';
import type { Tone } from '../../ui';

export const STATUSES = ['DRAFT', 'SENT', 'ACCEPTED', 'DECLINED', 'CANCELLED', 'COMPLETED', 'EXPIRED'] as const satisfies readonly ReferralStatus[];
export const URGENCIES = ['ROUTINE', 'SOON', 'URGENT'] as const;
export const DECLINE_REASONS = ['NO_CAPACITY', 'NOT_ELIGIBLE', 'OUTSIDE_AREA', 'CLIENT_NOT_REACHABLE', 'BETTER_SERVED_ELSEWHERE', 'OTHER'] as const;
export const CANCEL_REASONS = ['CLIENT_WITHDREW', 'NO_LONGER_NEEDED', 'SENT_BY_MISTAKE', 'OTHER'] as const;
export const OUTCOMES = ['SERVICE_STARTED', 'CLIENT_DID_NOT_COME', 'CLIENT_WITHDREW', 'REFERRED_ON'] as const;

export const STATUS_TONE: Record<ReferralStatus, Tone> = {
  DRAFT: 'muted',
  SENT: 'warn',
  ACCEPTED: 'ok',
  COMPLETED: 'ok',
  DECLINED: 'danger',
  CANCELLED: 'muted',
  EXPIRED: 'danger',
};

export function useReferralLabels() {
  const { t } = useTranslation('referrals');
  return {
    status: (s: string) => t(`status.${s}`, { defaultValue: s }),
    urgency: (u: string) => t(`urgency.${u}`, { defaultValue: u }),
    /** A reason code of any kind (decline, cancel, outcome). */
    reason: (code: string) =>
      t(`declineReason.${code}`, { defaultValue: t(`cancelReason.${code}`, { defaultValue: t(`outcome.${code}`, { defaultValue: code }) }) }),
  };
}

/** A new key for one submission: repeating the request with it returns the first result. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
