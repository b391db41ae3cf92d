import type { RouteObject } from 'react-router-dom';
import { AcceptInvitationPage } from '../pages/AcceptInvitationPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { NewOrganisationPage, OrganisationsPage } from '../pages/OrganisationsPage';
import { OrganisationPage } from '../pages/OrganisationPage';
import { ServiceDetailPage } from '../pages/ServiceDetailPage';
import { NewServicePage, ServiceEditPage } from '../pages/ServiceEditPage';
import { ServiceMapPage } from '../pages/ServiceMapPage';
import { SignInPage } from '../pages/SignInPage';
import { StaleListingsPage } from '../pages/StaleListingsPage';
import { RequireCoordinator, RequireSession } from './RequireSession';
import { Shell } from './Shell';

/**
 * Pages for signed-in users, inside the app shell (header + <main>). Add yours here; wrap it
 * in <RequireCoordinator> when only coordinators may open it. The API checks access again.
 */
export const signedInRoutes: RouteObject[] = [
  { index: true, element: <ServiceMapPage /> },
  { path: 'services/:id', element: <ServiceDetailPage /> },
  { path: 'services/:id/edit', element: <ServiceEditPage /> },
  { path: 'organisations', element: <RequireCoordinator><OrganisationsPage /></RequireCoordinator> },
  { path: 'organisations/new', element: <RequireCoordinator><NewOrganisationPage /></RequireCoordinator> },
  { path: 'organisations/:id', element: <OrganisationPage /> },
  { path: 'organisations/:id/services/new', element: <NewServicePage /> },
  { path: 'stale-listings', element: <RequireCoordinator><StaleListingsPage /></RequireCoordinator> },
  { path: '*', element: <NotFoundPage /> },
];

/** Pages anyone can open. */
export const publicRoutes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/invitation', element: <AcceptInvitationPage /> },
];

export const routes: RouteObject[] = [
  ...publicRoutes,
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
