import { skipToken, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button, EmptyState, ErrorMessage, Field, Loading, Page } from '../../../ui';
import { OurClientsQuery, WizardServiceQuery } from '../referrals.graphql';

/** The wizard opened without a client: first one of our clients to refer (the service may be chosen already). */
export function ClientPicker({ serviceId }: { serviceId: string | null }) {
  const { t } = useTranslation('referrals');
  const [search, setSearch] = useState('');
  const [submitted, setSubmitted] = useState('');
  const { data, loading, error } = useQuery(OurClientsQuery, { variables: { search: submitted || null, first: 50 } });
  const service = useQuery(WizardServiceQuery, serviceId ? { variables: { id: serviceId } } : skipToken);
  const suffix = serviceId ? `&service=${serviceId}` : '';
  return (
    <Page title={t('wizard.title')} narrow>
      {service.data?.service ? (
        <p>{t('wizard.chosenService', { service: service.data.service.name, organisation: service.data.service.organisation.name })}</p>
      ) : null}
      <form
        role="search"
        className="client-search"
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(search.trim());
        }}
      >
        <Field label={t('wizard.pickClient')} hint={t('wizard.pickClientHint')} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        <Button type="submit">{t('wizard.search')}</Button>
      </form>
      <ErrorMessage error={error} />
      {!data && loading ? <Loading /> : null}
      {data && !data.clients.nodes.length ? <EmptyState>{t('wizard.noClients')}</EmptyState> : null}
      <ul className="cards">
        {data?.clients.nodes.map((c) => (
          <li key={c.id} className="card">
            <Link to={`/referrals/new?client=${c.id}${suffix}`} aria-label={`${t('wizard.chooseClient')}: ${c.pseudonym}`}>
              {c.pseudonym}
            </Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}
