import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router-dom';
import type { ReferralListFieldsFragment, ReferralStatus } from '../../generated/graphql';
import { Checkbox, EmptyState, ErrorMessage, LoadMore, Loading, Page, Select, useFormat, useLoadMore } from '../../ui';
import { useInboxCounts } from './inbox-counts';
import { STATUSES, useReferralLabels } from './labels';
import { OverdueMarker, ReferralStatusBadge, UnreadMarker, UrgencyBadge } from './ReferralBadges';
import { ReferralInboxQuery, ReferralsSentQuery } from './referrals.graphql';
import '../clients/clients.css';
import './referrals.css';

const PAGE_SIZE = 20;

/** Inbox / Sent / Notifications, as tabs above the referral lists. */
export function ReferralsSubNav() {
  const { t } = useTranslation('referrals');
  return (
    <nav className="client-tabs" aria-label={t('nav.inbox')}>
      <ul>
        <li>
          <NavLink to="/referrals/inbox">{t('list.inbox')}</NavLink>
        </li>
        <li>
          <NavLink to="/referrals/sent">{t('list.sent')}</NavLink>
        </li>
        <li>
          <NavLink to="/referrals/notifications">{t('list.notifications')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}

function ReferralRow({ referral, side }: { referral: ReferralListFieldsFragment; side: 'inbox' | 'sent' }) {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  const isDraft = referral.status === 'DRAFT';
  const title = referral.clientPseudonym ?? t('list.clientHidden');
  return (
    <article className={`card referral-row${referral.unread ? ' referral-row--unread' : ''}`} aria-labelledby={`referral-${referral.id}`}>
      <h2 id={`referral-${referral.id}`}>
        <Link to={isDraft ? `/referrals/new?draft=${referral.id}` : `/referrals/${referral.id}`}>
          {title} · {referral.service.name}
        </Link>
      </h2>
      <p className="card__meta">
        {referral.unread ? <UnreadMarker /> : null}
        <ReferralStatusBadge status={referral.status} />
        <UrgencyBadge urgency={referral.urgency} />
        {referral.isOverdue ? <OverdueMarker /> : null}
      </p>
      <p className="card__meta">
        <span>
          {side === 'inbox'
            ? t('list.from', { organisation: referral.senderOrganisation.name })
            : t('list.to', { service: referral.service.name, organisation: referral.receivingOrganisation.name })}
        </span>
        <span>
          {referral.sentAt ? t('list.sentOn', { date: format.dateTime(referral.sentAt) }) : t('list.draftSince', { date: format.dateTime(referral.createdAt) })}
        </span>
        {referral.dueAt && referral.status === 'SENT' ? <span>{t('list.dueOn', { date: format.dateTime(referral.dueAt) })}</span> : null}
      </p>
      {isDraft ? (
        <p>
          <Link to={`/referrals/new?draft=${referral.id}`}>{t('list.continue')}</Link>
        </p>
      ) : null}
    </article>
  );
}

function StatusFilter({ value, onChange, withDraft }: { value: ReferralStatus | ''; onChange: (v: ReferralStatus | '') => void; withDraft: boolean }) {
  const { t } = useTranslation('referrals');
  const labels = useReferralLabels();
  const options = [
    { value: '', label: t('list.anyStatus') },
    ...STATUSES.filter((s) => withDraft || s !== 'DRAFT').map((s) => ({ value: s, label: labels.status(s) })),
  ];
  return <Select label={t('list.status')} options={options} value={value} onChange={(e) => onChange(e.target.value as ReferralStatus | '')} />;
}

/** A page of referrals, as both lists get it. */
interface ReferralConnectionFields {
  nodes: ReferralListFieldsFragment[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

function List({ connection, fetchMore, side }: { connection: ReferralConnectionFields; fetchMore: Parameters<typeof useLoadMore>[1]; side: 'inbox' | 'sent' }) {
  const { t } = useTranslation('referrals');
  const more = useLoadMore(connection, fetchMore);
  if (!connection.nodes.length) return <EmptyState>{t('list.empty')}</EmptyState>;
  return (
    <>
      <ul className="cards">
        {connection.nodes.map((r) => (
          <li key={r.id}>
            <ReferralRow referral={r} side={side} />
          </li>
        ))}
      </ul>
      {more ? <LoadMore {...more} /> : null}
    </>
  );
}

/** /referrals/inbox: referrals to our services; refreshes itself when the inbox changes. */
export function InboxPage() {
  const { t } = useTranslation('referrals');
  const [status, setStatus] = useState<ReferralStatus | ''>('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const variables = { status: status || null, overdueOnly: overdueOnly || null, first: PAGE_SIZE };
  const { data, loading, error, fetchMore, refetch } = useQuery(ReferralInboxQuery, { variables });
  useInboxCounts(() => void refetch());
  const inbox = data?.referralInbox;
  return (
    <Page title={t('list.inboxTitle')}>
      <ReferralsSubNav />
      <div className="list-filters">
        <StatusFilter value={status} onChange={setStatus} withDraft={false} />
        <Checkbox label={t('list.overdueOnly')} checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)} />
      </div>
      <ErrorMessage error={error} />
      <p className="result-count" role="status" aria-live="polite">
        {inbox ? t('list.count', { count: inbox.totalCount }) : ''}
      </p>
      {!inbox && loading ? <Loading /> : null}
      {inbox ? <List side="inbox" connection={inbox} fetchMore={fetchMore} /> : null}
    </Page>
  );
}

/** /referrals/sent: our referrals, drafts included ("continue"). */
export function SentPage() {
  const { t } = useTranslation('referrals');
  const [status, setStatus] = useState<ReferralStatus | ''>('');
  const { data, loading, error, fetchMore } = useQuery(ReferralsSentQuery, {
    variables: { status: status || null, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const sent = data?.referralsSent;
  return (
    <Page title={t('list.sentTitle')}>
      <ReferralsSubNav />
      <div className="list-filters">
        <StatusFilter value={status} onChange={setStatus} withDraft />
      </div>
      <ErrorMessage error={error} />
      <p className="result-count" role="status" aria-live="polite">
        {sent ? t('list.count', { count: sent.totalCount }) : ''}
      </p>
      {!sent && loading ? <Loading /> : null}
      {sent ? <List side="sent" connection={sent} fetchMore={fetchMore} /> : null}
    </Page>
  );
}
