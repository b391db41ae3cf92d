import type { ApolloClient } from '@apollo/client';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutreachFormListsQuery, OutreachSessionInput } from '../../generated/graphql';
import { errorCode, graphQLErrors } from '../../ui';
import { LogOutreachSessionMutation } from './outreach.graphql';

/**
 * The outreach outbox: a session is first written to IndexedDB on the phone under an id the
 * phone makes (a UUID), then sent; it stays "waiting" until the API has it. The API stores a
 * session once per id, so a send repeated after a lost answer, a second tab or a flaky
 * connection never makes a second one. Only counts, topics and a place are kept: no client.
 */
export type EntryStatus = 'waiting' | 'sent' | 'failed';

export interface OutboxEntry {
  id: string;
  /** Whose entry it is: only that user, acting for that organisation, sends it. */
  userId: string;
  organisationId: string;
  input: OutreachSessionInput;
  /** What the page lists (the place's name as it was when logged). */
  placeName: string;
  createdAt: string;
  status: EntryStatus;
  sentAt?: string;
  /** Why the API refused it (a failed entry is not sent again). */
  error?: string;
}

interface OutboxSchema extends DBSchema {
  entries: { key: string; value: OutboxEntry; indexes: { byOwner: [string, string] } };
  /** The form's lists (places, kinds, colleagues) per organisation, for opening it offline. */
  lists: { key: string; value: { organisationId: string; savedAt: string; lists: OutreachFormListsQuery } };
}

/** Sent entries stay listed on the phone this long ("what was sent"), then are dropped. */
const KEEP_SENT_MS = 14 * 86_400_000;
export const CHANGED_EVENT = 'brug:outreach-outbox';

let database: Promise<IDBPDatabase<OutboxSchema>> | undefined;
function db(): Promise<IDBPDatabase<OutboxSchema>> {
  database ??= openDB<OutboxSchema>('brug-outreach', 1, {
    upgrade(store) {
      const entries = store.createObjectStore('entries', { keyPath: 'id' });
      entries.createIndex('byOwner', ['userId', 'organisationId']);
      store.createObjectStore('lists', { keyPath: 'organisationId' });
    },
  });
  return database;
}

const changed = () => window.dispatchEvent(new Event(CHANGED_EVENT));

export async function addEntry(entry: Omit<OutboxEntry, 'status' | 'createdAt'>): Promise<void> {
  await (await db()).put('entries', { ...entry, status: 'waiting', createdAt: new Date().toISOString() });
  changed();
}

/** The entries of this user and organisation, newest first. */
export async function entriesOf(userId: string, organisationId: string): Promise<OutboxEntry[]> {
  const all = await (await db()).getAllFromIndex('entries', 'byOwner', [userId, organisationId]);
  return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function discardEntry(id: string): Promise<void> {
  await (await db()).delete('entries', id);
  changed();
}

export async function saveLists(organisationId: string, lists: OutreachFormListsQuery): Promise<void> {
  await (await db()).put('lists', { organisationId, lists, savedAt: new Date().toISOString() });
}

export async function savedLists(organisationId: string): Promise<OutreachFormListsQuery | undefined> {
  return (await (await db()).get('lists', organisationId))?.lists;
}

let sending: Promise<void> | undefined;

/**
 * Sends this user's waiting entries, one at a time. A network failure leaves them waiting (the
 * next try is when the phone is online again); a refusal by the API (the place is not yours,
 * impossible numbers) marks the entry failed with the reason, shown on the page.
 */
export function sendWaiting(client: ApolloClient, userId: string, organisationId: string): Promise<void> {
  sending ??= withLock(() => sendAll(client, userId, organisationId)).finally(() => {
    sending = undefined;
  });
  return sending;
}

/** One tab at a time sends (the API would store each session once anyway). */
async function withLock(work: () => Promise<void>): Promise<void> {
  if ('locks' in navigator) await navigator.locks.request('brug-outreach-outbox', work);
  else await work();
}

async function sendAll(client: ApolloClient, userId: string, organisationId: string): Promise<void> {
  const store = await db();
  for (const entry of await entriesOf(userId, organisationId)) {
    if (entry.status === 'sent' && entry.sentAt && Date.now() - Date.parse(entry.sentAt) > KEEP_SENT_MS) await store.delete('entries', entry.id);
  }
  const waiting = (await entriesOf(userId, organisationId)).filter((e) => e.status === 'waiting').reverse();
  for (const entry of waiting) {
    try {
      await client.mutate({ mutation: LogOutreachSessionMutation, variables: { id: entry.id, input: entry.input } });
      // Once the API has it, the phone keeps only what the page lists: the signals' text goes.
      await store.put('entries', { ...entry, input: { ...entry.input, signals: null }, status: 'sent', sentAt: new Date().toISOString(), error: undefined });
    } catch (error) {
      const code = errorCode(error);
      if (code === 'BAD_USER_INPUT' || code === 'FORBIDDEN' || code === 'CONFLICT') {
        await store.put('entries', { ...entry, status: 'failed', error: graphQLErrors(error)[0]?.message ?? code });
      } else {
        // Offline, signed out, or the API is down: try again later, in order.
        break;
      }
    } finally {
      changed();
    }
  }
}
