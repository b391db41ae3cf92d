import { useTranslation } from 'react-i18next';
import type { ReferralStatus, ReferralUrgency } from '../../generated/graphql';
import { StatusBadge } from '../../ui';
import { STATUS_TONE, useReferralLabels } from './labels';

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const labels = useReferralLabels();
  return <StatusBadge tone={STATUS_TONE[status]}>{labels.status(status)}</StatusBadge>;
}

export function UrgencyBadge({ urgency }: { urgency: ReferralUrgency }) {
  const labels = useReferralLabels();
  if (urgency === 'ROUTINE') return <span className="urgency">{labels.urgency(urgency)}</span>;
  return (
    <StatusBadge tone={urgency === 'URGENT' ? 'danger' : 'warn'}>
      <span aria-hidden="true">{urgency === 'URGENT' ? '!! ' : '! '}</span>
      {labels.urgency(urgency)}
    </StatusBadge>
  );
}

/** Overdue: an icon and the word, never colour alone. */
export function OverdueMarker() {
  const { t } = useTranslation('referrals');
  return (
    <StatusBadge tone="danger">
      <span aria-hidden="true">⚠ </span>
      {t('list.overdue')}
    </StatusBadge>
  );
}

export function UnreadMarker() {
  const { t } = useTranslation('referrals');
  return (
    <span className="unread-marker">
      <span aria-hidden="true">● </span>
      {t('list.unread')}
    </span>
  );
}
