import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Navigate, type RouteObject } from 'react-router-dom';
import { NotFoundPage } from '../pages/NotFoundPage';
import { Loading } from '../ui';
import { RequireCoordinator, RequireSession } from './RequireSession';
import { Shell } from './Shell';

/**
 * Every page is loaded when first opened (its own chunk of the build): `page(() =>
 * import('../pages/X'), 'X')` names the file in web/src/pages and the component it exports.
 * Until it has arrived, the page says "Loading…" (announced, see ui/EmptyState).
 */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ReactNode {
  const Page = lazy<ComponentType>(async () => ({ default: (await load())[name] }));
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}

const coordinators = (element: ReactNode) => <RequireCoordinator>{element}</RequireCoordinator>;

/**
 * Pages for signed-in users, inside the app shell (header + <main>). Add yours here; wrap it
 * in coordinators(...) when only coordinators may open it. The API checks access again.
 */
export const signedInRoutes: RouteObject[] = [
  // Home: an organisation member's actions and news; coordinators are sent on to the map.
  { index: true, element: page(() => import('../pages/HomePage'), 'HomePage') },
  { path: 'map', element: page(() => import('../pages/ServiceMapPage'), 'ServiceMapPage') },
  { path: 'services/:id', element: page(() => import('../pages/ServiceDetailPage'), 'ServiceDetailPage') },
  { path: 'services/:id/edit', element: page(() => import('../pages/ServiceEditPage'), 'ServiceEditPage') },
  { path: 'organisations', element: coordinators(page(() => import('../pages/OrganisationsPage'), 'OrganisationsPage')) },
  { path: 'organisations/new', element: coordinators(page(() => import('../pages/OrganisationsPage'), 'NewOrganisationPage')) },
  { path: 'organisations/:id', element: page(() => import('../pages/OrganisationPage'), 'OrganisationPage') },
  { path: 'organisations/:id/services/new', element: page(() => import('../pages/ServiceEditPage'), 'NewServicePage') },
  { path: 'stale-listings', element: coordinators(page(() => import('../pages/StaleListingsPage'), 'StaleListingsPage')) },
  { path: 'security', element: page(() => import('../pages/SecurityPage'), 'SecurityPage') },
  { path: 'clients', element: page(() => import('../pages/ClientsPage'), 'ClientsPage') },
  { path: 'clients/new', element: page(() => import('../pages/ClientsPage'), 'NewClientPage') },
  { path: 'clients/review', element: page(() => import('../pages/DueForReviewPage'), 'DueForReviewPage') },
  // The client page's tabs are routes inside it: add a tab in app/client-page.ts.
  { path: 'clients/:id/*', element: page(() => import('../pages/ClientPage'), 'ClientPage') },
  { path: 'referrals', element: <Navigate to="/referrals/inbox" replace /> },
  { path: 'referrals/inbox', element: page(() => import('../pages/ReferralPages'), 'InboxPage') },
  { path: 'referrals/sent', element: page(() => import('../pages/ReferralPages'), 'SentPage') },
  { path: 'referrals/new', element: page(() => import('../pages/ReferralWizardPage'), 'ReferralWizardPage') },
  { path: 'referrals/notifications', element: page(() => import('../pages/ReferralPages'), 'NotificationsPage') },
  { path: 'referrals/statistics', element: coordinators(page(() => import('../pages/ReferralPages'), 'StatisticsPage')) },
  { path: 'exchange/import', element: coordinators(page(() => import('../pages/HsdsImportPage'), 'HsdsImportPage')) },
  { path: 'referrals/:id', element: page(() => import('../pages/ReferralPages'), 'ReferralPage') },
  { path: 'figures', element: page(() => import('../pages/FiguresPage'), 'FiguresPage') },
  { path: 'outreach', element: page(() => import('../pages/OutreachPages'), 'OutreachSessionsPage') },
  { path: 'outreach/new', element: page(() => import('../pages/OutreachPages'), 'OutreachLogPage') },
  { path: 'outreach/lists', element: page(() => import('../pages/OutreachPages'), 'OutreachListsPage') },
  { path: 'outreach/:id', element: page(() => import('../pages/OutreachPages'), 'OutreachSessionPage') },
  { path: '*', element: <NotFoundPage /> },
];

/** Pages anyone can open. */
export const publicRoutes: RouteObject[] = [
  { path: '/sign-in', element: page(() => import('../pages/SignInPage'), 'SignInPage') },
  { path: '/invitation', element: page(() => import('../pages/AcceptInvitationPage'), 'AcceptInvitationPage') },
  { path: '/two-factor-setup', element: page(() => import('../pages/TwoFactorSetupPage'), 'TwoFactorSetupPage') },
  // The client's own view: no account, a one-time code from their worker.
  { path: '/my-view', element: page(() => import('../pages/MyViewPage'), 'MyViewPage') },
];

export const routes: RouteObject[] = [
  ...publicRoutes,
  // Printable pages: signed in, without the app shell.
  { path: '/clients/:id/audit/print', element: <RequireSession>{page(() => import('../pages/PrintPages'), 'AuditPrintPage')}</RequireSession> },
  { path: '/clients/:id/export/print', element: <RequireSession>{page(() => import('../pages/PrintPages'), 'ExportPrintPage')}</RequireSession> },
  {
    path: '/',
    element: (
      <RequireSession>
        <Shell />
      </RequireSession>
    ),
    children: signedInRoutes,
  },
];
