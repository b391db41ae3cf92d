import { DueForReviewPage as DueForReview } from '../modules/privacy/DueForReviewPage';

/** /clients/review: the own clients due for a retention review. */
export const DueForReviewPage = () => <DueForReview />;
