import { useTranslation } from 'react-i18next';
import type { CarePlanActionFieldsFragment } from '../../generated/graphql';
import { StatusBadge, useFormat } from '../../ui';
import { CompleteActionButton } from './CompleteActionDialog';
import { dayAsMoment } from './labels';
import { OverdueMarker } from './OverdueMarker';

/** One action: what, who does it, by when, overdue or how it ended, and "complete" when allowed. */
export function ActionItem({ action, onCompleted }: { action: CarePlanActionFieldsFragment; onCompleted?: () => void }) {
  const { t } = useTranslation('followUp');
  const format = useFormat();
  const closed = action.status !== 'OPEN';
  return (
    <li className={`action${action.isOverdue ? ' action--overdue' : ''}${closed ? ' action--closed' : ''}`}>
      <p className="action__text">{action.description}</p>
      <div className="action__meta">
        <span>
          {t('plan.owner')}: <strong>{action.organisation.name}</strong>
        </span>
        <span>{t('plan.due', { date: format.date(dayAsMoment(action.dueOn)) })}</span>
        {action.isOverdue ? <OverdueMarker /> : null}
        {closed ? <StatusBadge tone={action.status === 'DONE' ? 'ok' : 'muted'}>{t(`actionStatus.${action.status}`)}</StatusBadge> : null}
        {action.viewerCanComplete ? <CompleteActionButton action={action} onCompleted={onCompleted} /> : null}
      </div>
      {closed ? (
        <p className="action__done">
          {t('plan.completedBy', {
            status: t(`actionStatus.${action.status}`),
            date: format.date(action.completedAt),
            name: action.completedByName ?? '',
            organisation: action.completedByOrganisationName ?? '',
          })}
          {action.completionNote ? <> — {action.completionNote}</> : null}
        </p>
      ) : null}
    </li>
  );
}
