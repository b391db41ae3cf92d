import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button, EmptyState, ErrorMessage, LoadMore, useLoadMore, Loading, Page, SuccessMessage, useFormat } from '../../ui';
import { useInboxCounts } from './inbox-counts';
import { ReferralsSubNav } from './ReferralLists';
import { InboxCountsQuery } from './inbox-counts.graphql';
import { MarkNotificationsReadMutation, NotificationsQuery } from './referrals.graphql';
import '../clients/clients.css';
import './referrals.css';

/** /referrals/notifications: notices about our referrals, newest first, with mark-as-read. */
export function NotificationsPage() {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  /** A notice in the reader's language, from its kind, service and day; the API's words otherwise. */
  const noticeText = (n: {
    kind: string;
    text: string;
    detail?: string | null;
    serviceName?: string | null;
    referralSentAt?: string | null;
    consentEndsAt?: string | null;
    consentOrganisationName?: string | null;
  }) => {
    if (n.consentEndsAt && n.consentOrganisationName) {
      return t(`notifications.kinds.${n.kind}`, { organisation: n.consentOrganisationName, date: format.date(n.consentEndsAt), defaultValue: n.text });
    }
    if (!n.serviceName || !n.referralSentAt) return n.detail ? `${n.text} — ${n.detail}` : n.text;
    const key = n.kind === 'REFERRAL_ANSWERED' ? `REFERRAL_ANSWERED_${n.detail === 'ACCEPTED' ? 'ACCEPTED' : 'DECLINED'}` : n.kind;
    return t(`notifications.kinds.${key}`, { service: n.serviceName, date: format.date(n.referralSentAt), defaultValue: n.text });
  };
  const { data, loading, error, fetchMore, refetch } = useQuery(NotificationsQuery, { variables: { first: 20 }, fetchPolicy: 'cache-and-network' });
  useInboxCounts(() => void refetch());
  const [mark, markState] = useMutation(MarkNotificationsReadMutation, {
    refetchQueries: [{ query: NotificationsQuery, variables: { first: 20 } }, { query: InboxCountsQuery }],
    awaitRefetchQueries: true,
  });
  const [marked, setMarked] = useState(false);
  const list = data?.notifications;
  const more = useLoadMore(list, fetchMore);
  const unread = list?.nodes.some((n) => !n.readAt);
  const markRead = async (ids?: string[]) => {
    setMarked(false);
    const result = await mark({ variables: { ids: ids ?? null } }).catch(() => null);
    if (result?.data) setMarked(true);
  };
  return (
    <Page
      title={t('notifications.title')}
      actions={
        unread ? (
          <Button variant="secondary" onClick={() => void markRead()} disabled={markState.loading}>
            {t('notifications.markAllRead')}
          </Button>
        ) : undefined
      }
    >
      <ReferralsSubNav />
      <ErrorMessage error={error ?? markState.error} />
      {marked ? <SuccessMessage>{t('notifications.marked')}</SuccessMessage> : null}
      {!list && loading ? <Loading /> : null}
      {list && !list.nodes.length ? <EmptyState>{t('notifications.empty')}</EmptyState> : null}
      {list && list.nodes.length ? (
        <>
          <ul className="cards">
            {list.nodes.map((n) => (
              <li key={n.id} className={`card${n.readAt ? '' : ' notification--unread'}`}>
                <p className="card__meta">
                  {!n.readAt ? (
                    <span className="unread-marker">
                      <span aria-hidden="true">● </span>
                      {t('notifications.unread')}
                    </span>
                  ) : null}
                  <time dateTime={n.createdAt}>{format.dateTime(n.createdAt)}</time>
                </p>
                <p>{noticeText(n)}</p>
                <div className="form-actions">
                  {n.referralId ? <Link to={`/referrals/${n.referralId}`}>{t('notifications.open')}</Link> : null}
                  {n.consentClientId ? <Link to={`/clients/${n.consentClientId}/sharing`}>{t('notifications.openSharing')}</Link> : null}
                  {!n.readAt ? (
                    <Button small variant="secondary" onClick={() => void markRead([n.id])} disabled={markState.loading}>
                      {t('notifications.markRead')}
                    </Button>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
          {more ? <LoadMore {...more} /> : null}
        </>
      ) : null}
    </Page>
  );
}
