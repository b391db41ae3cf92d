import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button, EmptyState, ErrorMessage, LoadMore, useLoadMore, Loading, useFormat } from '../../ui';
import { ConfirmServiceMutation, StaleListingsQuery } from './service-map.graphql';

/** Listings not confirmed for more than 6 months, each with a confirm button (coordinators). */
export function StaleListings() {
  const { t } = useTranslation('serviceMap');
  const format = useFormat();
  const { data, loading, error, fetchMore, refetch } = useQuery(StaleListingsQuery, { variables: { months: 6, first: 50 } });
  const [confirm, confirmState] = useMutation(ConfirmServiceMutation);
  const list = data?.staleListings;
  const more = useLoadMore(list, fetchMore);
  if (!list && loading) return <Loading />;
  return (
    <>
      <ErrorMessage error={error ?? confirmState.error} />
      {list && list.nodes.length === 0 ? <EmptyState>{t('stale.none')}</EmptyState> : null}
      {list && list.nodes.length > 0 ? (
        <>
          <ul className="cards">
            {list.nodes.map((s) => (
              <li key={s.id} className="card">
                <h2>
                  <Link to={`/services/${s.id}`}>{s.name}</Link>
                </h2>
                <p className="card__meta">
                  <span>{s.organisation.name}</span>
                  <span>
                    {t('stale.lastConfirmed')}: {format.date(s.lastConfirmedAt)}
                  </span>
                </p>
                <Button
                  small
                  aria-label={t('stale.confirmLabel', { name: s.name })}
                  disabled={confirmState.loading}
                  onClick={async () => {
                    try {
                      await confirm({ variables: { id: s.id } });
                      await refetch();
                    } catch {
                      // shown above
                    }
                  }}
                >
                  {t('stale.confirm')}
                </Button>
              </li>
            ))}
          </ul>
          {more ? <LoadMore {...more} /> : null}
        </>
      ) : null}
    </>
  );
}
