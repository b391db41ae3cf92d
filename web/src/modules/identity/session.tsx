import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { onSessionEnded } from '../../ui/session-ended';
import type { MeQuery as MeQueryResult } from '../../generated/graphql';
import { LogoutMutation, MeQuery, SetLocaleMutation } from './identity.graphql';

export type Viewer = NonNullable<MeQueryResult['me']>;

interface Session {
  /** The signed-in user; null when signed out; undefined while loading. */
  viewer: Viewer | null | undefined;
  /** The API could not be reached: `viewer` is the one last signed in on this device (the app works offline, e.g. outreach). */
  offline: boolean;
  isCoordinator: boolean;
  /** Org admin of the organisation this session acts for. */
  isOrgAdmin: boolean;
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
  /** Changes the interface language, and remembers it for the user when signed in. */
  changeLanguage: (locale: 'nl' | 'fr' | 'en') => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MeQuery, { fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
  const [logout] = useMutation(LogoutMutation);
  const [setLocale] = useMutation(SetLocaleMutation);
  // No answer at all (no connection, not an answer that the session ended): the installed app
  // opens with the viewer last signed in here; the API still decides every request.
  const offline = !!error && !CombinedGraphQLErrors.is(error) && !ServerError.is(error);
  const viewer = loading && !data ? undefined : (data?.me ?? (offline ? lastViewer() : null));

  useEffect(() => {
    if (data) rememberViewer(data.me ?? null);
  }, [data]);

  // Back online: ask again who is signed in.
  useEffect(() => {
    if (!offline) return;
    const retry = () => void refetch().catch(() => undefined);
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [offline, refetch]);

  // The user's remembered language wins once signed in (Jules gets French everywhere).
  const userLocale = viewer?.locale;
  useEffect(() => {
    if (userLocale && i18n.resolvedLanguage !== userLocale) void i18n.changeLanguage(userLocale);
  }, [userLocale, i18n]);

  // An answer saying the session has ended sends the user back to sign in (RequireSession).
  useEffect(() => {
    onSessionEnded(() => {
      void client.clearStore().then(() => refetch());
    });
  }, [client, refetch]);

  const refresh = useCallback(async () => {
    await client.resetStore();
    await refetch();
  }, [client, refetch]);

  const signOut = useCallback(async () => {
    rememberViewer(null);
    await logout().catch(() => undefined);
    await client.clearStore();
    await refetch();
  }, [client, logout, refetch]);

  const changeLanguage = useCallback(
    async (locale: 'nl' | 'fr' | 'en') => {
      await i18n.changeLanguage(locale);
      if (viewer) await setLocale({ variables: { locale } });
    },
    [i18n, setLocale, viewer],
  );

  const value = useMemo<Session>(
    () => ({
      viewer,
      offline,
      isCoordinator: viewer?.networkRole === 'COORDINATOR',
      isOrgAdmin: viewer?.activeRole === 'ORG_ADMIN',
      refresh,
      signOut,
      changeLanguage,
    }),
    [viewer, offline, refresh, signOut, changeLanguage],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

const VIEWER_KEY = 'brug.viewer';

/** Who was last signed in on this device (their own name, e-mail and memberships; removed on sign-out). */
function rememberViewer(viewer: Viewer | null): void {
  try {
    if (viewer) localStorage.setItem(VIEWER_KEY, JSON.stringify(viewer));
    else localStorage.removeItem(VIEWER_KEY);
  } catch {
    // Private mode without storage: the app simply needs a connection to open.
  }
}

function lastViewer(): Viewer | null {
  try {
    const stored = localStorage.getItem(VIEWER_KEY);
    return stored ? (JSON.parse(stored) as Viewer) : null;
  } catch {
    return null;
  }
}
