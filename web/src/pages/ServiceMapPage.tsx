import { useTranslation } from 'react-i18next';
import { ServiceSearch } from '../modules/service-map/ServiceSearch';
import { Page } from '../ui';

export function ServiceMapPage() {
  const { t } = useTranslation('serviceMap');
  return (
    <Page title={t('map.title')}>
      <ServiceSearch />
    </Page>
  );
}
