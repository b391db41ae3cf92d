import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../ui';
import type { ClientSummary } from '../clients/client-page-slots';

/** The client page's "Refer" header action (registered in web/src/app/client-page.ts). */
export function ReferClientButton({ client }: { client: ClientSummary }) {
  const { t } = useTranslation('referrals');
  return <ButtonLink to={`/referrals/new?client=${client.id}`}>{t('refer.button')}</ButtonLink>;
}

/** On a service's page: pick one of our clients, then the wizard with this service chosen. */
export function ReferHereButton({ serviceId }: { serviceId: string }) {
  const { t } = useTranslation('referrals');
  return (
    <ButtonLink variant="secondary" to={`/referrals/new?service=${serviceId}`}>
      {t('refer.here')}
    </ButtonLink>
  );
}
