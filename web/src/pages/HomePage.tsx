import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { useSession } from '../modules/identity/session';
import { HomeLists } from '../modules/follow-up/HomeLists';
import { ButtonLink, Page, Panel } from '../ui';
import { homeCards } from '../app/home-cards';

/**
 * "/": an organisation member's day (actions due, clients with news, quick links). Network
 * coordinators see no clients; they land on the service map they keep.
 */
export function HomePage() {
  const { t } = useTranslation('followUp');
  const { viewer } = useSession();
  if (!viewer?.activeOrganisation || viewer.networkRole === 'COORDINATOR') return <Navigate to="/map" replace />;
  return (
    <Page title={t('home.title')}>
      <Panel title={t('home.quickLinks')}>
        <ul className="quick-links">
          <li>
            <ButtonLink to="/clients/new">{t('home.registerClient')}</ButtonLink>
          </li>
          <li>
            <ButtonLink to="/map" variant="secondary">
              {t('home.searchMap')}
            </ButtonLink>
          </li>
        </ul>
      </Panel>
      {homeCards.map(({ key, Component }) => (
        <Component key={key} />
      ))}
      <HomeLists />
    </Page>
  );
}
