import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ServiceForm } from '../modules/service-map/ServiceForm';
import { ServiceQuery } from '../modules/service-map/service-map.graphql';
import { Loading, Page } from '../ui';
import { NotFoundOrError } from './NotFoundPage';

/** /services/:id/edit */
export function ServiceEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('serviceMap');
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(ServiceQuery, { variables: { id }, fetchPolicy: 'network-only' });
  if (!data && loading) return <Loading />;
  const service = data?.service;
  if (!service || !service.canEdit) return <NotFoundOrError error={error} />;
  return (
    <Page title={t('form.editTitle', { name: service.name })}>
      <ServiceForm organisationId={service.organisation.id} service={service} onSaved={(saved) => navigate(`/services/${saved}`)} />
    </Page>
  );
}

/** /organisations/:id/services/new */
export function NewServicePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('serviceMap');
  const navigate = useNavigate();
  return (
    <Page title={t('form.newTitle')}>
      <ServiceForm organisationId={id} onSaved={(saved) => navigate(`/services/${saved}`)} />
    </Page>
  );
}
