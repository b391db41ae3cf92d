import { useTranslation } from 'react-i18next';
import { Button } from './Button';

/** "Load more" for cursor pages: shows how many are shown out of how many. */
export function LoadMore({ shown, total, hasMore, loading, onLoadMore }: { shown: number; total: number; hasMore: boolean; loading: boolean; onLoadMore(): void }) {
  const { t } = useTranslation('ui');
  return (
    <div className="form-actions">
      <p aria-live="polite">{t('shownOf', { shown, total })}</p>
      {hasMore ? (
        <Button variant="secondary" onClick={onLoadMore} disabled={loading}>
          {loading ? t('loading') : t('loadMore')}
        </Button>
      ) : null}
    </div>
  );
}
