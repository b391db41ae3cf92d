import type { ComponentType } from 'react';
import { useOutletContext } from 'react-router-dom';
import type { ClientHeaderQuery } from '../../generated/graphql';
import type { TextKey } from '../../ui/text-keys';

/**
 * What other modules may put on the client page. The clients module only defines the slots; the
 * lists that fill them live in web/src/app/client-page.ts, so this module imports no other.
 */

/** What the client page knows of the client before any tab loads (ClientHeaderQuery). */
export type ClientSummary = ClientHeaderQuery['client'];

export interface ClientTab {
  /** Unique, stable; also the React key. */
  key: string;
  /** Translation key: in the "clients" namespace, or `<namespace>:<key>` for your module's own. */
  label: TextKey<'clients'>;
  /** Relative to /clients/:id; '' for the overview. Nested paths ("plan/goals") are fine. */
  path: string;
  /** The tab's content; it loads its own data with the client's id. */
  Component: ComponentType<{ clientId: string }>;
  /** Who sees the tab (e.g. owner only); everyone who may open the client when left out. */
  visible?: (client: ClientSummary) => boolean;
}

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

/** Something shown above the tabs once the client is loaded (a banner; or nothing, with an effect). */
export interface ClientBanner {
  key: string;
  Component: ComponentType<{ client: ClientSummary }>;
}

/** What the client page offers: its tabs, header actions and banners (see web/src/app/client-page.ts). */
export interface ClientPageSlots {
  tabs: readonly ClientTab[];
  actions: readonly ClientAction[];
  banners: readonly ClientBanner[];
}

export const ownerOnly = (client: ClientSummary) => client.viewerIsOwner;
/** Nothing is left to share once a client is erased. */
export const ownerUnlessErased = (client: ClientSummary) => client.viewerIsOwner && !client.erasedAt;

/** The client page's summary for a tab rendered inside it. */
export function useClientSummary(): ClientSummary {
  return useOutletContext<ClientSummary>();
}
