import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ButtonLink, EmptyState, ErrorMessage, LoadMore, useLoadMore, Loading, Page, useFormat } from '../../ui';
import { ClientsDueForReviewQuery } from './privacy.graphql';
import './privacy.css';

const PAGE_SIZE = 20;

/** A link beside "Register a client", with how many are due (only shown when some are). */
export function DueForReviewLink() {
  const { t } = useTranslation('privacy');
  const { data } = useQuery(ClientsDueForReviewQuery, { variables: { first: 1 }, fetchPolicy: 'cache-and-network' });
  const count = data?.clientsDueForReview.totalCount ?? 0;
  if (!count) return null;
  return (
    <ButtonLink variant="secondary" to="/clients/review">
      {t('review.linkCount', { count })}
    </ButtonLink>
  );
}

/** /clients/review: the own clients without activity for the retention period, longest inactive first. */
export function DueForReviewPage() {
  const { t } = useTranslation('privacy');
  const format = useFormat();
  const { data, loading, error, fetchMore } = useQuery(ClientsDueForReviewQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const page = data?.clientsDueForReview;
  const more = useLoadMore(page, fetchMore);
  return (
    <Page title={t('review.title')}>
      <p>{t('review.intro')}</p>
      <p>
        <Link to="/clients">{t('review.back')}</Link>
      </p>
      <ErrorMessage error={error} />
      {!page && loading ? <Loading /> : null}
      {page ? (
        <>
          <p className="result-count" role="status">
            {t('review.count', { count: page.totalCount })}
          </p>
          {page.nodes.length === 0 ? (
            <EmptyState>{t('review.empty')}</EmptyState>
          ) : (
            <ul className="cards client-rows">
              {page.nodes.map((c) => (
                <li key={c.id} className="card client-row">
                  <h2>
                    <Link to={`/clients/${c.id}`}>{c.pseudonym}</Link>
                  </h2>
                  <div className="card__meta">
                    <span>{t('review.lastActivity', { date: format.date(c.lastActivityAt) })}</span>
                  </div>
                </li>
              ))}
            </ul>
          )}
          {more ? <LoadMore {...more} /> : null}
        </>
      ) : null}
    </Page>
  );
}
