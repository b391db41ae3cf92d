import { useQuery, useSubscription } from '@apollo/client/react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { InboxChangedSubscription, InboxCountsQuery } from './inbox-counts.graphql';

/**
 * The viewer's unread counts: first from `inboxCounts`, then live from the `inboxChanged`
 * subscription (graphql-ws; the link reconnects by itself). Each push is written into the
 * cache, so every component reading InboxCounts updates without a reload.
 */
export function useInboxCounts(onChange?: () => void) {
  const query = useQuery(InboxCountsQuery, { fetchPolicy: 'cache-and-network' });
  const last = useRef<string | null>(null);
  useSubscription(InboxChangedSubscription, {
    onData: ({ client, data }) => {
      const counts = data.data?.inboxChanged;
      if (!counts) return;
      client.writeQuery({ query: InboxCountsQuery, data: { inboxCounts: { ...counts } } });
      // A change asks the page to refresh; so does the first push, which may come after the
      // page loaded (a slow connection) and already count something the page has not shown.
      const key = `${counts.unreadReferralCount}/${counts.unreadNotificationCount}`;
      if (last.current !== key) onChange?.();
      last.current = key;
    },
  });
  return query.data?.inboxCounts ?? null;
}

/** The "Inbox" navigation entry's badge: the number in words for screen readers too. */
export function InboxNavBadge() {
  const { t } = useTranslation('referrals');
  const counts = useInboxCounts();
  const count = counts?.unreadReferralCount ?? 0;
  if (!count) return null;
  return (
    <span className="nav-badge" data-testid="inbox-badge">
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{t('nav.unread', { count })}</span>
    </span>
  );
}

/** The "Notifications" navigation entry's badge. */
export function NotificationsNavBadge() {
  const { t } = useTranslation('referrals');
  const { data } = useQuery(InboxCountsQuery, { fetchPolicy: 'cache-only' });
  const count = data?.inboxCounts.unreadNotificationCount ?? 0;
  if (!count) return null;
  return (
    <span className="nav-badge">
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{t('nav.unread', { count })}</span>
    </span>
  );
}
