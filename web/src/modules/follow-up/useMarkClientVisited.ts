import { useMutation } from '@apollo/client/react';
import { useEffect } from 'react';
import { MarkClientVisitedMutation } from './follow-up.graphql';

/**
 * Records that the viewer opened this client now, once per client page visit, so the home
 * screen's "changes since my last visit" starts counting from here.
 */
export function useMarkClientVisited(clientId: string | undefined): void {
  const [mark] = useMutation(MarkClientVisitedMutation);
  useEffect(() => {
    if (clientId) void mark({ variables: { clientId } }).catch(() => undefined);
  }, [clientId, mark]);
}

/** The client page's marker (a banner slot that shows nothing): marks the client visited once shown. */
export function VisitMarker({ client }: { client: { id: string } }): null {
  useMarkClientVisited(client.id);
  return null;
}
