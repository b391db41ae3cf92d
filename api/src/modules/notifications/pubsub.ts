import type { PubSub } from 'type-graphql';

/**
 * A small in-process PubSub: one queue per subscriber, fed by `publish(topic, id, payload)`.
 * Each API process has its own, filled by its LISTEN connection (subscriptions.ts); a change
 * made by any process reaches every process through PostgreSQL NOTIFY.
 */
export class LocalPubSub implements PubSub {
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();

  publish(routingKey: string, ...args: unknown[]): void {
    const [id, payload] = args.length > 1 ? args : [undefined, args[0]];
    for (const listener of this.listeners.get(this.key(routingKey, id)) ?? []) listener(payload);
  }

  subscribe(routingKey: string, dynamicId?: unknown): AsyncIterable<unknown> {
    const key = this.key(routingKey, dynamicId);
    const listeners = this.listeners;
    return {
      [Symbol.asyncIterator](): AsyncIterator<unknown> {
        const queue: unknown[] = [];
        let wake: ((r: IteratorResult<unknown>) => void) | null = null;
        let done = false;
        const listener = (payload: unknown) => {
          if (wake) {
            const w = wake;
            wake = null;
            w({ value: payload, done: false });
          } else queue.push(payload);
        };
        const set = listeners.get(key) ?? new Set();
        set.add(listener);
        listeners.set(key, set);
        const stop = () => {
          done = true;
          set.delete(listener);
          if (!set.size) listeners.delete(key);
          if (wake) wake({ value: undefined, done: true });
          wake = null;
        };
        return {
          next: () => {
            if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
            if (done) return Promise.resolve({ value: undefined, done: true });
            return new Promise((resolve) => (wake = resolve));
          },
          return: () => {
            stop();
            return Promise.resolve({ value: undefined, done: true });
          },
        };
      },
    };
  }

  /** A topic's ids are strings (an organisation's, a referral's, a client's id). */
  private key(routingKey: string, id: unknown): string {
    if (id === undefined) return routingKey;
    if (typeof id !== 'string') throw new TypeError(`The id of topic ${routingKey} must be a string.`);
    return `${routingKey}:${id}`;
  }
}

/** The PubSub type-graphql's schema is built with. */
export const inboxPubSub = new LocalPubSub();
