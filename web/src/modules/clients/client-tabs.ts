import type { ComponentType } from 'react';
import type { ClientHeaderQuery } from '../../generated/graphql';
import { PlanTab } from '../follow-up/PlanTab';
import { TimelineTab } from '../follow-up/TimelineTab';
import { AuditTab } from './AuditTab';
import { OverviewTab } from './OverviewTab';
import { PrivacyTab } from '../privacy/PrivacyTab';
import { OutsideNetworkTab } from '../referrals/outside/OutsideNetworkTab';
import { SharingTab } from './SharingTab';

/** What the client page knows of the client before any tab loads (ClientHeaderQuery). */
export type ClientSummary = ClientHeaderQuery['client'];

export interface ClientTab {
  /** Unique, stable; also the React key. */
  key: string;
  /** Translation key: in the "clients" namespace, or `<namespace>:<key>` for your module's own. */
  label: string;
  /** Relative to /clients/:id; '' for the overview. Nested paths ("plan/goals") are fine. */
  path: string;
  /** The tab's content; it loads its own data with the client's id. */
  Component: ComponentType<{ clientId: string }>;
  /** Who sees the tab (e.g. owner only); everyone who may open the client when left out. */
  visible?: (client: ClientSummary) => boolean;
}

const ownerOnly = (client: ClientSummary) => client.viewerIsOwner;
/** Nothing is left to share once a client is erased. */
const ownerUnlessErased = (client: ClientSummary) => client.viewerIsOwner && !client.erasedAt;

/**
 * The tabs of the client page, in order. Each becomes a link in the page's tab bar and a nested
 * route under /clients/:id. Add yours with one line, for example:
 *   { key: 'plan', label: 'followUp:tabs.plan', path: 'plan', Component: PlanTab },
 * The API decides what the tab may show; `visible` only keeps a tab out of sight.
 */
export const clientTabs: ClientTab[] = [
  { key: 'overview', label: 'tabs.overview', path: '', Component: OverviewTab },
  { key: 'plan', label: 'followUp:tabs.plan', path: 'plan', Component: PlanTab },
  { key: 'timeline', label: 'followUp:tabs.timeline', path: 'timeline', Component: TimelineTab },
  { key: 'outside', label: 'referrals:outside.tab', path: 'outside', Component: OutsideNetworkTab },
  { key: 'sharing', label: 'tabs.sharing', path: 'sharing', Component: SharingTab, visible: ownerUnlessErased },
  { key: 'audit', label: 'tabs.audit', path: 'audit', Component: AuditTab, visible: ownerOnly },
  { key: 'privacy', label: 'privacy:tab', path: 'privacy', Component: PrivacyTab, visible: ownerOnly },
];
