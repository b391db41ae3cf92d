import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorMessage, Loading, Page, useFormat } from '../../ui';
import './referrals.css';

import { ReferralStatisticsQuery } from './referrals.graphql';

/** /referrals/statistics (coordinators): per service, aggregates only, no client data. */
export function StatisticsPage() {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  const { data, loading, error } = useQuery(ReferralStatisticsQuery);
  const rows = data?.referralStatistics;
  const n = (v: number | null | undefined, digits = 0) =>
    v == null ? (
      <span className="muted">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('statistics.hidden')}</span>
      </span>
    ) : (
      format.number(Number(v.toFixed(digits)))
    );
  return (
    <Page title={t('statistics.title')}>
      <p>{t('statistics.intro')}</p>
      <ErrorMessage error={error} />
      {!rows && loading ? <Loading /> : null}
      {rows && !rows.length ? <EmptyState>{t('statistics.empty')}</EmptyState> : null}
      {rows && rows.length ? (
        <div className="stats-table">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('statistics.service')}</th>
                <th scope="col">{t('statistics.organisation')}</th>
                <th scope="col">{t('statistics.waiting')}</th>
                <th scope="col">{t('statistics.median')}</th>
                <th scope="col">{t('statistics.max')}</th>
                <th scope="col">{t('statistics.accepted')}</th>
                <th scope="col">{t('statistics.declined')}</th>
                <th scope="col">{t('statistics.expired')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.serviceId}>
                  <th scope="row">{r.serviceName}</th>
                  <td data-label={t('statistics.organisation')}>{r.organisationName}</td>
                  <td data-label={t('statistics.waiting')}>{n(r.waiting)}</td>
                  <td data-label={t('statistics.median')}>{n(r.medianWaitingHours, 1)}</td>
                  <td data-label={t('statistics.max')}>{n(r.maxWaitingHours, 1)}</td>
                  <td data-label={t('statistics.accepted')}>{n(r.accepted90d)}</td>
                  <td data-label={t('statistics.declined')}>{n(r.declined90d)}</td>
                  <td data-label={t('statistics.expired')}>{n(r.expired90d)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}
