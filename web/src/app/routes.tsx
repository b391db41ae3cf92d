import { lazy, Suspense } from 'react';
import { Navigate, type RouteObject } from 'react-router-dom';
import { Loading } from '../ui';
import { AuditPrintPage } from '../modules/clients/AuditPrintPage';
import { NotificationsPage } from '../modules/referrals/NotificationsPage';
import { InboxPage, SentPage } from '../modules/referrals/ReferralLists';
import { ReferralPage } from '../modules/referrals/ReferralPage';
import { ReferralWizardPage } from '../modules/referrals/ReferralWizard';
import { StatisticsPage } from '../modules/referrals/StatisticsPage';
import { DueForReviewPage } from '../modules/privacy/DueForReviewPage';
import { ExportPrintPage } from '../modules/privacy/ExportPrintPage';
import { ClientPage, clientTabRoutes } from '../modules/clients/ClientPage';
import { HomePage } from '../pages/HomePage';
import { AcceptInvitationPage } from '../pages/AcceptInvitationPage';
import { ClientsPage, NewClientPage } from '../pages/ClientsPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { NewOrganisationPage, OrganisationsPage } from '../pages/OrganisationsPage';
import { OrganisationPage } from '../pages/OrganisationPage';
import { ServiceDetailPage } from '../pages/ServiceDetailPage';
import { NewServicePage, ServiceEditPage } from '../pages/ServiceEditPage';
import { ServiceMapPage } from '../pages/ServiceMapPage';
import { SignInPage } from '../pages/SignInPage';
import { SecurityPage } from '../pages/SecurityPage';
import { StaleListingsPage } from '../pages/StaleListingsPage';
import { TwoFactorSetupPage } from '../pages/TwoFactorSetupPage';
import { HsdsImportPage } from '../modules/exchange/HsdsImportPage';
import { RequireCoordinator, RequireSession } from './RequireSession';
import { Shell } from './Shell';

// The figures page brings its charting library: loaded only when opened.
const FiguresPage = lazy(() => import('../modules/figures/FiguresPage').then((m) => ({ default: m.FiguresPage })));

/**
 * Pages for signed-in users, inside the app shell (header + <main>). Add yours here; wrap it
 * in <RequireCoordinator> when only coordinators may open it. The API checks access again.
 */
export const signedInRoutes: RouteObject[] = [
  // Home: an organisation member's actions and news; coordinators are sent on to the map.
  { index: true, element: <HomePage /> },
  { path: 'map', element: <ServiceMapPage /> },
  { path: 'services/:id', element: <ServiceDetailPage /> },
  { path: 'services/:id/edit', element: <ServiceEditPage /> },
  { path: 'organisations', element: <RequireCoordinator><OrganisationsPage /></RequireCoordinator> },
  { path: 'organisations/new', element: <RequireCoordinator><NewOrganisationPage /></RequireCoordinator> },
  { path: 'organisations/:id', element: <OrganisationPage /> },
  { path: 'organisations/:id/services/new', element: <NewServicePage /> },
  { path: 'stale-listings', element: <RequireCoordinator><StaleListingsPage /></RequireCoordinator> },
  { path: 'security', element: <SecurityPage /> },
  { path: 'clients', element: <ClientsPage /> },
  { path: 'clients/new', element: <NewClientPage /> },
  { path: 'clients/review', element: <DueForReviewPage /> },
  // The client page's tabs are nested routes: add a tab in modules/clients/client-tabs.ts.
  { path: 'clients/:id', element: <ClientPage />, children: clientTabRoutes() },
  { path: 'referrals', element: <Navigate to="/referrals/inbox" replace /> },
  { path: 'referrals/inbox', element: <InboxPage /> },
  { path: 'referrals/sent', element: <SentPage /> },
  { path: 'referrals/new', element: <ReferralWizardPage /> },
  { path: 'referrals/notifications', element: <NotificationsPage /> },
  { path: 'referrals/statistics', element: <RequireCoordinator><StatisticsPage /></RequireCoordinator> },
  { path: 'figures', element: <Suspense fallback={<Loading />}><FiguresPage /></Suspense> },
  { path: 'exchange/import', element: <RequireCoordinator><HsdsImportPage /></RequireCoordinator> },
  { path: 'referrals/:id', element: <ReferralPage /> },
  { path: '*', element: <NotFoundPage /> },
];

/** Pages anyone can open. */
export const publicRoutes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/invitation', element: <AcceptInvitationPage /> },
  { path: '/two-factor-setup', element: <TwoFactorSetupPage /> },
];

export const routes: RouteObject[] = [
  ...publicRoutes,
  // Printable pages: signed in, without the app shell.
  { path: '/clients/:id/audit/print', element: <RequireSession><AuditPrintPage /></RequireSession> },
  { path: '/clients/:id/export/print', element: <RequireSession><ExportPrintPage /></RequireSession> },
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
