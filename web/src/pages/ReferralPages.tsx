import { useParams } from 'react-router-dom';
import { NotificationsPage as Notifications } from '../modules/referrals/NotificationsPage';
import { InboxPage as Inbox, SentPage as Sent } from '../modules/referrals/ReferralLists';
import { ReferralPage as Referral } from '../modules/referrals/ReferralPage';
import { StatisticsPage as Statistics } from '../modules/referrals/StatisticsPage';

/** /referrals/inbox */
export const InboxPage = () => <Inbox />;
/** /referrals/sent */
export const SentPage = () => <Sent />;
/** /referrals/notifications */
export const NotificationsPage = () => <Notifications />;
/** /referrals/statistics (coordinators) */
export const StatisticsPage = () => <Statistics />;

/** /referrals/:id */
export function ReferralPage() {
  const { id = '' } = useParams();
  // A new id is a new page: nothing of the previous referral's state carries over.
  return <Referral key={id} id={id} />;
}
