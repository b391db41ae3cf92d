import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSession } from '../modules/identity/session';
import { Loading } from '../ui';
import { NotFoundPage } from '../pages/NotFoundPage';

/** Pages for signed-in users: others go to the sign-in page and come back after. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { viewer } = useSession();
  const location = useLocation();
  if (viewer === undefined) return <Loading />;
  if (viewer === null) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  // The API allows such a session nothing but setting up two-factor sign-in.
  if (viewer.twoFactorRequired && !viewer.twoFactorEnabled)
    return <Navigate to="/two-factor-setup" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

/** Pages for network coordinators only (the API checks again; this only hides the page). */
export function RequireCoordinator({ children }: { children: ReactNode }) {
  const { isCoordinator } = useSession();
  return isCoordinator ? <>{children}</> : <NotFoundPage />;
}
