import { useTranslation } from 'react-i18next';
import { StaleListings } from '../modules/service-map/StaleListings';
import { Page } from '../ui';

export function StaleListingsPage() {
  const { t } = useTranslation('serviceMap');
  return (
    <Page title={t('stale.title')}>
      <p>{t('stale.intro')}</p>
      <StaleListings />
    </Page>
  );
}
