import DataLoader from 'dataloader';

/** A DataLoader that fetches rows by key in one query and returns them in the keys' order. */
export function byKeyLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await fetch(keys);
    const index = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => index.get(key) ?? null);
  });
}

/** A DataLoader that fetches the rows belonging to each key (one-to-many) in one query. */
export function groupLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await fetch(keys);
    const groups = new Map<K, V[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const list = groups.get(key);
      if (list) list.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
