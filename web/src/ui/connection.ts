/**
 * Whether Brug can be reached from this device. `navigator.onLine` alone is not enough: a phone
 * on a network without internet, or a page opened from the service worker, can say "online"
 * while nothing gets through. So a request that fails for want of a network counts as offline
 * too, and while offline the device asks /healthz every few seconds: the first answer, or any
 * request that gets one, counts as back.
 */
const RETRY_MS = 5_000;

let reachable = typeof navigator === 'undefined' ? true : navigator.onLine;
const listeners = new Set<() => void>();
let retry: ReturnType<typeof setTimeout> | undefined;

function setReachable(value: boolean): void {
  if (!value) scheduleProbe();
  if (value === reachable) return;
  reachable = value;
  for (const listener of listeners) listener();
}

function scheduleProbe(): void {
  if (retry !== undefined) return;
  retry = setTimeout(() => {
    retry = undefined;
    void probe();
  }, RETRY_MS);
}

async function probe(): Promise<void> {
  await watchedFetch('/healthz', { cache: 'no-store' }).catch(() => undefined);
}

/** `fetch` for the API: every answer says "reachable", every network failure says "not". */
export async function watchedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  try {
    const response = await fetch(input, init);
    setReachable(true);
    return response;
  } catch (error) {
    // A request the page cancelled itself says nothing about the network.
    if (!(error instanceof DOMException && error.name === 'AbortError')) setReachable(false);
    throw error;
  }
}

export const connection = {
  isReachable: (): boolean => reachable,
  /** For useSyncExternalStore: called whenever reachability changes. */
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

if (typeof window !== 'undefined') {
  window.addEventListener('offline', () => setReachable(false));
  // The browser's word that the network is back is checked before it is believed.
  window.addEventListener('online', () => void probe());
}
