import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../ui';

/** "Overdue" as an icon and a word: visible without relying on colour, calm rather than alarming. */
export function OverdueMarker() {
  const { t } = useTranslation('followUp');
  return (
    <StatusBadge tone="warn">
      <span className="overdue">
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M8 4.2V8l2.6 1.6" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
        {t('plan.overdue')}
      </span>
    </StatusBadge>
  );
}
