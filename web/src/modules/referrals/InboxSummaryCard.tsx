import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Panel } from '../../ui';
import { useInboxCounts } from './inbox-counts';

/** The home screen's inbox card: how many referrals wait unread, live like the nav badge. */
export function InboxSummaryCard() {
  const { t } = useTranslation('referrals');
  const counts = useInboxCounts();
  const count = counts?.unreadReferralCount ?? 0;
  return (
    <Panel title={t('home.inbox')}>
      <p aria-live="polite">{count ? t('home.unread', { count }) : t('home.none')}</p>
      <p>
        <Link to="/referrals/inbox">{t('home.open')}</Link>
      </p>
    </Panel>
  );
}
