import { useTranslation } from 'react-i18next';
import { ClientList } from '../modules/clients/ClientList';
import { RegisterClientForm } from '../modules/clients/RegisterClientForm';
import { DueForReviewLink } from '../modules/privacy/DueForReviewPage';
import { ButtonLink, Page } from '../ui';

export function ClientsPage() {
  const { t } = useTranslation('clients');
  return (
    <Page
      title={t('list.title')}
      actions={
        <div className="client-actions">
          <DueForReviewLink />
          <ButtonLink to="/clients/new">{t('list.register')}</ButtonLink>
        </div>
      }
    >
      <ClientList />
    </Page>
  );
}

export function NewClientPage() {
  const { t } = useTranslation('clients');
  return (
    <Page title={t('register.title')} narrow>
      <RegisterClientForm />
    </Page>
  );
}
