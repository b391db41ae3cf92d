import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import type { LoadMoreProps } from './useLoadMore';

/** "Load more" for cursor pages: shows how many are shown out of how many. Give it what useLoadMore returns. */
export function LoadMore({ shown, total, hasMore, loading, onLoadMore, shownText, buttonText }: LoadMoreProps & { shownText?: string; buttonText?: string }) {
  const { t } = useTranslation('ui');
  return (
    <div className="form-actions">
      <p aria-live="polite">{shownText ?? (total === undefined ? t('shown', { count: shown }) : t('shownOf', { shown, total }))}</p>
      {hasMore ? (
        <Button variant="secondary" onClick={onLoadMore} disabled={loading}>
          {loading ? t('loading') : (buttonText ?? t('loadMore'))}
        </Button>
      ) : null}
    </div>
  );
}
