import { useTranslation } from 'react-i18next';
import { CreateOrganisationForm } from '../modules/organisations/CreateOrganisationForm';
import { OrganisationList } from '../modules/organisations/OrganisationList';
import { ButtonLink, Page } from '../ui';

/** Coordinators: the network's organisations (map admin). */
export function OrganisationsPage() {
  const { t } = useTranslation('organisations');
  return (
    <Page title={t('list.title')} actions={<ButtonLink to="/organisations/new">{t('list.add')}</ButtonLink>}>
      <OrganisationList />
    </Page>
  );
}

export function NewOrganisationPage() {
  const { t } = useTranslation('organisations');
  return (
    <Page title={t('create.title')}>
      <CreateOrganisationForm />
    </Page>
  );
}
