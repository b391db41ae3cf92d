import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorMessage, Loading, Panel, useFormat } from '../../ui';
import { CompleteActionButton } from './CompleteActionDialog';
import { HomeQuery } from './follow-up.graphql';
import { dayAsMoment, KIND_GROUPS, type KindGroup } from './labels';
import { OverdueMarker } from './OverdueMarker';
import './follow-up.css';

const groupOf = (kind: string) => (Object.keys(KIND_GROUPS) as KindGroup[]).find((g) => (KIND_GROUPS[g] as readonly string[]).includes(kind));

/** The home screen's two lists: my actions due this week, and clients with changes since my last visit. */
export function HomeLists() {
  const { t } = useTranslation('followUp');
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(HomeQuery, { fetchPolicy: 'cache-and-network' });
  if (!data) return loading ? <Loading /> : <ErrorMessage error={error} />;
  const actions = data.myActionsDueThisWeek;
  const changes = data.clientsWithChangesSinceMyLastVisit;
  return (
    <div className="home-grid">
      <Panel title={t('home.actionsTitle')}>
        <p className="field__hint">{t('home.actionsHint')}</p>
        <ErrorMessage error={error} />
        {actions.length === 0 ? (
          <p>{t('home.noActions')}</p>
        ) : (
          <ul className="home-list" aria-label={t('home.actionsTitle')}>
            {actions.map((action) => (
              <li key={action.id} className="home-item">
                <p className="home-item__title">
                  {action.client ? (
                    <Link to={`/clients/${action.client.id}/plan`} aria-label={t('home.openPlan', { client: action.client.pseudonym })}>
                      {action.client.pseudonym}
                    </Link>
                  ) : (
                    <span>{t('home.unknownClient')}</span>
                  )}
                  {action.goal ? (
                    <span className="field__hint home-item__goal">
                      {t(`lifeDomain.${action.goal.lifeDomain}`)}: {action.goal.text}
                    </span>
                  ) : null}
                </p>
                <p className="action__text">{action.description}</p>
                <div className="home-item__row">
                  <span className="action__meta">
                    <span>{t('plan.due', { date: format.date(dayAsMoment(action.dueOn)) })}</span>
                    {action.isOverdue ? <OverdueMarker /> : null}
                  </span>
                  {action.viewerCanComplete ? <CompleteActionButton action={action} onCompleted={() => void refetch()} /> : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel title={t('home.changesTitle')}>
        <p className="field__hint">{t('home.changesHint')}</p>
        {changes.length === 0 ? (
          <p>{t('home.noChanges')}</p>
        ) : (
          <ul className="home-list" aria-label={t('home.changesTitle')}>
            {changes.map((c) => {
              const groups = [...new Set(c.kinds.map(groupOf).filter((g): g is KindGroup => !!g))];
              return (
                <li key={c.clientId} className="home-item">
                  <p className="home-item__title">
                    <Link to={`/clients/${c.client.id}/timeline`}>{c.client.pseudonym}</Link>
                    <span>{t('home.changes', { count: c.changeCount })}</span>
                  </p>
                  <p className="action__meta">
                    <span>{t('home.latest', { date: format.dateTime(c.latestChangeAt) })}</span>
                    {groups.length ? <span>{groups.map((g) => t(`timeline.groups.${g}`)).join(', ')}</span> : null}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </Panel>
    </div>
  );
}
