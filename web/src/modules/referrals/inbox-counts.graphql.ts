import { graphql } from '../../generated';

/** The header's unread counts: kept apart from the referral pages' operations, which load with their pages. */
export const InboxCountsQuery = graphql(`
  query InboxCounts {
    inboxCounts {
      unreadReferralCount
      unreadNotificationCount
    }
  }
`);

export const InboxChangedSubscription = graphql(`
  subscription InboxChanged {
    inboxChanged {
      unreadReferralCount
      unreadNotificationCount
    }
  }
`);
