import { useTranslation } from 'react-i18next';
import { Page } from '../ui';

export function NotFoundPage() {
  const { t } = useTranslation('ui');
  return (
    <Page title={t('notFound')}>
      <p>{t('notFoundText')}</p>
    </Page>
  );
}
