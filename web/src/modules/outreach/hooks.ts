import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { OutreachFormListsQuery } from '../../generated/graphql';
import { connection } from '../../ui';
import { useSession } from '../identity/session';
import { CHANGED_EVENT, entriesOf, savedLists, saveLists, sendWaiting, type OutboxEntry } from './outbox';
import { OutreachFormListsQuery as ListsQuery } from './outreach.graphql';

/** The form's lists: from the API, kept on the phone; without a connection, the kept ones. */
export function useFormLists(): { lists?: OutreachFormListsQuery; loading: boolean; error?: unknown } {
  const { viewer } = useSession();
  const organisationId = viewer?.activeOrganisation?.id;
  const { data, loading, error } = useQuery(ListsQuery, organisationId ? { fetchPolicy: 'network-only' } : skipToken);
  const [kept, setKept] = useState<OutreachFormListsQuery | undefined>();
  const [keptLoaded, setKeptLoaded] = useState(false);

  useEffect(() => {
    if (organisationId && data) void saveLists(organisationId, data);
  }, [organisationId, data]);
  useEffect(() => {
    if (!organisationId || !error) return;
    void savedLists(organisationId).then((found) => {
      setKept(found);
      setKeptLoaded(true);
    });
  }, [organisationId, error]);

  if (data) return { lists: data, loading: false };
  if (error) return keptLoaded ? { lists: kept, loading: false, error: kept ? undefined : error } : { loading: true };
  return { loading };
}

/** Whether Brug can be reached from this phone (not only whether the phone says it is online), kept up to date. */
export function useOnline(): boolean {
  return useSyncExternalStore(connection.subscribe, connection.isReachable);
}

/**
 * This user's outbox on this phone, sent whenever the phone is (back) online: on opening the
 * page, when Brug is reachable again, after each new entry, and every 30 seconds while
 * something waits.
 */
export function useOutbox(): { entries: OutboxEntry[]; send: () => Promise<void> } {
  const client = useApolloClient();
  const { viewer } = useSession();
  const userId = viewer?.id;
  const organisationId = viewer?.activeOrganisation?.id;
  const [entries, setEntries] = useState<OutboxEntry[]>([]);

  const reload = useCallback(() => {
    if (userId && organisationId) void entriesOf(userId, organisationId).then(setEntries);
  }, [userId, organisationId]);

  const send = useCallback(async () => {
    if (!userId || !organisationId || !connection.isReachable()) return;
    await sendWaiting(client, userId, organisationId);
  }, [client, userId, organisationId]);

  useEffect(() => {
    reload();
    void send();
    const onChange = () => reload();
    const stopWatching = connection.subscribe(() => {
      if (connection.isReachable()) void send();
    });
    window.addEventListener(CHANGED_EVENT, onChange);
    return () => {
      window.removeEventListener(CHANGED_EVENT, onChange);
      stopWatching();
    };
  }, [reload, send]);

  const waiting = entries.some((e) => e.status === 'waiting');
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(() => void send(), 30_000);
    return () => window.clearInterval(timer);
  }, [waiting, send]);

  return { entries, send };
}
