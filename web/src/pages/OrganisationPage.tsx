import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { OrganisationLocations } from '../modules/organisations/OrganisationLocations';
import { OrganisationMembers } from '../modules/organisations/OrganisationMembers';
import { OrganisationProfileForm } from '../modules/organisations/OrganisationProfileForm';
import { OrganisationServices } from '../modules/organisations/OrganisationServices';
import { OrganisationQuery } from '../modules/organisations/organisations.graphql';
import { Loading, Page, Panel } from '../ui';
import { NotFoundOrError } from './NotFoundPage';

/** An organisation's page: profile, services and (for those who manage them) members. */
export function OrganisationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('organisations');
  const { data, loading, error } = useQuery(OrganisationQuery, { variables: { id } });
  if (!data && loading) return <Loading />;
  const organisation = data?.organisation;
  if (!organisation) return <NotFoundOrError error={error} />;
  return (
    <Page title={organisation.name}>
      <Panel title={t('services.title')}>
        <OrganisationServices organisation={organisation} />
      </Panel>
      <Panel title={t('locations.title')}>
        <OrganisationLocations organisation={organisation} />
      </Panel>
      {organisation.canManageMembers ? (
        <Panel title={t('members.title')}>
          <OrganisationMembers organisation={organisation} />
        </Panel>
      ) : null}
      <Panel title={t('profile.title')}>
        {organisation.canEdit ? (
          <OrganisationProfileForm key={organisation.id} organisation={organisation} />
        ) : (
          <p className="pre-line">{organisation.description}</p>
        )}
      </Panel>
    </Page>
  );
}
