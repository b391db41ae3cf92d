import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useRoutes, type RouteObject } from 'react-router-dom';
import { ErrorMessage, Loading, Page, errorCode, useFormat } from '../../ui';
import { useTextKeys } from '../../ui/text-keys';
import { useClientSummary, type ClientPageSlots, type ClientSummary, type ClientTab } from './client-page-slots';
import { ClientHeaderQuery } from './clients.graphql';
import { useClientLabels } from './labels';
import './clients.css';

/** Said when a client does not exist or may not be seen: the same words for both. */
export function ClientNotFound() {
  const { t } = useTranslation('clients');
  return (
    <Page title={t('page.notFound')}>
      <p>{t('page.notFoundText')}</p>
      <p>
        <Link to="/clients">{t('page.backToList')}</Link>
      </p>
    </Page>
  );
}

/** Safe-contact rules first: a worker calling at the wrong moment can endanger the client. */
function SafeContactBanner({ contact }: { contact: NonNullable<ClientSummary['contact']> }) {
  const { t } = useTranslation('clients');
  const rules = [
    contact.doNotContact && t('page.doNotContact'),
    contact.phoneMayBeReadByOthers && t('page.phoneMayBeRead'),
    contact.safeTimes && t('page.safeTimes', { times: contact.safeTimes }),
    contact.codeWord && t('page.codeWord', { word: contact.codeWord }),
    contact.preferredChannel && t('page.preferredChannel', { channel: t(`channel.${contact.preferredChannel}`) }),
  ].filter((x): x is string => !!x);
  if (!contact.doNotContact && !contact.phoneMayBeReadByOthers && !contact.safeTimes && !contact.codeWord) return null;
  return (
    <section className="message message--warning safe-contact" aria-labelledby="safe-contact-title">
      <h2 id="safe-contact-title" className="safe-contact__title">
        {t('page.safeContactTitle')}
      </h2>
      <ul>
        {rules.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </section>
  );
}

/** For a consented organisation: whose client this is and what the consent covers until when. */
function ConsentBanner({ client }: { client: ClientSummary }) {
  const { t } = useTranslation('clients');
  const labels = useClientLabels();
  const format = useFormat();
  const consent = client.consentUsed;
  return (
    <div className="message consent-banner">
      <p>
        <strong>{t('page.ownedBy', { organisation: client.ownerOrganisation.name })}</strong>{' '}
        {consent ? t('page.consentCovers', { sections: labels.scopes(consent.scopes), date: format.date(consent.validUntil) }) : null}
      </p>
    </div>
  );
}

function ClientTabsNav({ client, tabs: all }: { client: ClientSummary; tabs: readonly ClientTab[] }) {
  const { t } = useTranslation('clients');
  const label = useTextKeys('clients');
  const tabs = all.filter((tab) => !tab.visible || tab.visible(client));
  return (
    <nav className="client-tabs" aria-label={t('page.tabs')}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.key}>
            <NavLink to={tab.path ? `/clients/${client.id}/${tab.path}` : `/clients/${client.id}`} end={!tab.path}>
              {label(tab.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** /clients/:id: header (pseudonym, actions, banners), the tab bar, then the open tab; the slots come from the app. */
export function ClientPage({ id, slots }: { id: string; slots: ClientPageSlots }) {
  const { data, loading, error } = useQuery(ClientHeaderQuery, { variables: { id }, fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
  if (!data && loading) return <Loading />;
  const client = data?.client;
  if (!client) {
    if (errorCode(error) === 'NOT_FOUND') return <ClientNotFound />;
    return (
      <div className="page">
        <ErrorMessage error={error} />
      </div>
    );
  }
  const actions = slots.actions.filter((a) => !a.visible || a.visible(client));
  return (
    <Page
      title={client.pseudonym}
      actions={
        actions.length ? (
          <div className="client-actions">
            {actions.map(({ key, Component }) => (
              <Component key={key} client={client} />
            ))}
          </div>
        ) : undefined
      }
    >
      {slots.banners.map(({ key, Component }) => (
        <Component key={key} client={client} />
      ))}
      {client.contact ? <SafeContactBanner contact={client.contact} /> : null}
      {!client.viewerIsOwner ? <ConsentBanner client={client} /> : null}
      <ClientTabsNav client={client} tabs={slots.tabs} />
      <div className="client-tab-panel">
        <TabPanel client={client} tabs={slots.tabs} />
      </div>
    </Page>
  );
}

function TabRoute({ tab }: { tab: ClientTab }) {
  const client = useClientSummary();
  const { t } = useTranslation('clients');
  if (tab.visible && !tab.visible(client)) return <p>{t('page.tabNotAvailable')}</p>;
  return <tab.Component clientId={client.id} />;
}

/** The open tab: the routes below /clients/:id, one per tab, each given the client summary. */
function TabPanel({ client, tabs }: { client: ClientSummary; tabs: readonly ClientTab[] }) {
  const { t } = useTranslation('clients');
  return useRoutes([
    {
      element: <Outlet context={client} />,
      children: [
        ...tabs.map((tab): RouteObject => (tab.path ? { path: tab.path, element: <TabRoute tab={tab} /> } : { index: true, element: <TabRoute tab={tab} /> })),
        { path: '*', element: <p>{t('page.tabNotAvailable')}</p> },
      ],
    },
  ]);
}
