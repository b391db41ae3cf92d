import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NavLink, useParams } from 'react-router-dom';
import { FollowUpClientQuery } from '../modules/follow-up/follow-up.graphql';
import { PlanTab } from '../modules/follow-up/PlanTab';
import { TimelineTab } from '../modules/follow-up/TimelineTab';
import { ErrorMessage, Loading, Page } from '../ui';

/**
 * Stand-in for the client page's Plan and Timeline tabs until the clients module's client page
 * (with its tab registry) is merged; then the tabs are registered there and this page goes.
 */
export function ClientFollowUpPage({ tab }: { tab: 'plan' | 'timeline' }) {
  const { id = '' } = useParams();
  const { t } = useTranslation('followUp');
  const { data, loading, error } = useQuery(FollowUpClientQuery, { variables: { id } });
  if (!data) return loading ? <Loading /> : <ErrorMessage error={error} />;
  return (
    <Page title={data.client.pseudonym}>
      <nav aria-label={data.client.pseudonym}>
        <ul className="quick-links">
          <li>
            <NavLink to={`/clients/${id}/plan`}>{t('tabs.plan')}</NavLink>
          </li>
          <li>
            <NavLink to={`/clients/${id}/timeline`}>{t('tabs.timeline')}</NavLink>
          </li>
        </ul>
      </nav>
      {tab === 'plan' ? <PlanTab clientId={id} /> : <TimelineTab clientId={id} />}
    </Page>
  );
}
