import { useCallback, useRef, useState } from 'react';

/** What every paged list in Brug gets from the API: a cursor connection. */
export interface PagedConnection {
  nodes: readonly unknown[];
  /** Left out by lists that do not count (a timeline): then only how many are shown is said. */
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** The props of <LoadMore>, ready to spread: `{more ? <LoadMore {...more} /> : null}`. */
export interface LoadMoreProps {
  shown: number;
  total?: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

/**
 * The one copy of "show more" for a paged list: asks for the page after the last one shown
 * (`fetchMore({ variables: { after } })`, merged by the cache's type policy or by `merge`),
 * one request at a time, and says whether it is loading. Null until the first page is there.
 */
export function useLoadMore(
  connection: PagedConnection | null | undefined,
  fetchMore: (options: { variables: { after: string } }) => Promise<unknown>,
): LoadMoreProps | null {
  const [loading, setLoading] = useState(false);
  const busy = useRef(false);
  const after = connection?.pageInfo.endCursor;
  const onLoadMore = useCallback(() => {
    if (!after || busy.current) return;
    busy.current = true;
    setLoading(true);
    void fetchMore({ variables: { after } })
      .catch(() => undefined) // the list's own query shows the error
      .finally(() => {
        busy.current = false;
        setLoading(false);
      });
  }, [after, fetchMore]);
  if (!connection) return null;
  return { shown: connection.nodes.length, total: connection.totalCount, hasMore: connection.pageInfo.hasNextPage && !!after, loading, onLoadMore };
}
