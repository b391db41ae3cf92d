import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useSession } from '../modules/identity/session';
import { ReferHereButton } from '../modules/referrals/ReferButtons';
import { ServiceDetail } from '../modules/service-map/ServiceDetail';
import { ServiceQuery } from '../modules/service-map/service-map.graphql';
import { Loading, Page } from '../ui';
import { NotFoundOrError } from './NotFoundPage';

export function ServiceDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('serviceMap');
  const { data, loading, error } = useQuery(ServiceQuery, { variables: { id } });
  const { viewer } = useSession();
  const isOrgMember = !!viewer?.activeOrganisation && viewer.networkRole !== 'COORDINATOR';
  if (!data && loading) return <Loading />;
  const service = data?.service;
  if (!service) return <NotFoundOrError error={error} />;
  return (
    <Page
      title={service.name}
      actions={
        <>
          {isOrgMember && service.status !== 'ARCHIVED' && service.capacityStatus !== 'NOT_ACCEPTING' ? <ReferHereButton serviceId={service.id} /> : null}
          <Link to="/map">{t('detail.backToMap')}</Link>
        </>
      }
    >
      <ServiceDetail service={service} />
    </Page>
  );
}
