import type { ComponentType } from 'react';
import { ReferClientButton } from '../referrals/ReferButtons';
import { TransferButton } from '../transfers/TransferButton';
import type { ClientSummary } from './client-tabs';

export interface ClientAction {
  /** Unique, stable; also the React key. */
  key: string;
  /**
   * A button or link shown in the client page's header, beside the pseudonym (it may open its
   * own dialog or navigate). Use `Button` / `ButtonLink` from web/src/ui for a consistent look.
   */
  Component: ComponentType<{ client: ClientSummary }>;
  /** Who sees it; everyone who may open the client when left out. */
  visible?: (client: ClientSummary) => boolean;
}

/**
 * Actions in the client page header, in order. The referrals module adds its "Refer" button
 * here with one line, for example:
 *   { key: 'refer', Component: ReferButton },
 * where ReferButton is `({ client }) => <ButtonLink to={`/referrals/new?client=${client.id}`}>…`.
 */
export const clientActions: ClientAction[] = [
  { key: 'refer', Component: ReferClientButton },
  { key: 'transfer', Component: TransferButton, visible: (client) => client.viewerIsOwner && !client.erasedAt },
];
