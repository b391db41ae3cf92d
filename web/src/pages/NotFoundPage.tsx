import { useTranslation } from 'react-i18next';
import { ErrorMessage, Page } from '../ui';

export function NotFoundPage() {
  const { t } = useTranslation('ui');
  return (
    <Page title={t('notFound')}>
      <p>{t('notFoundText')}</p>
    </Page>
  );
}

/** What a page about one thing shows when it has none to show: why it could not be loaded, or "not found". */
export function NotFoundOrError({ error }: { error?: unknown }) {
  return error ? (
    <div className="page">
      <ErrorMessage error={error} />
    </div>
  ) : (
    <NotFoundPage />
  );
}
