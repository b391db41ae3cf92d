import { OverviewTab } from '../modules/clients/OverviewTab';
import { SharingTab } from '../modules/clients/SharingTab';
import { AuditTab } from '../modules/clients/AuditTab';
import { ownerOnly, ownerUnlessErased, type ClientPageSlots } from '../modules/clients/client-page-slots';
import { PlanTab } from '../modules/follow-up/PlanTab';
import { TimelineTab } from '../modules/follow-up/TimelineTab';
import { VisitMarker } from '../modules/follow-up/useMarkClientVisited';
import { ClientPrivacyBanners } from '../modules/privacy/ClientPrivacyBanners';
import { PrivacyTab } from '../modules/privacy/PrivacyTab';
import { ReferClientButton } from '../modules/referrals/ReferButtons';

/**
 * What the modules put on the client page (/clients/:id), in order. Add yours with one line:
 * - a tab: `{ key: 'plan', label: 'followUp:tabs.plan', path: 'plan', Component: PlanTab }` (a
 *   link in the tab bar and a nested route; `visible` only keeps it out of sight, the API decides);
 * - a header action: `{ key: 'refer', Component: ReferClientButton }`;
 * - a banner above the tabs: `{ key: 'privacy', Component: ClientPrivacyBanners }`.
 */
export const clientPage: ClientPageSlots = {
  tabs: [
    { key: 'overview', label: 'tabs.overview', path: '', Component: OverviewTab },
    { key: 'plan', label: 'followUp:tabs.plan', path: 'plan', Component: PlanTab },
    { key: 'timeline', label: 'followUp:tabs.timeline', path: 'timeline', Component: TimelineTab },
    { key: 'sharing', label: 'tabs.sharing', path: 'sharing', Component: SharingTab, visible: ownerUnlessErased },
    { key: 'audit', label: 'tabs.audit', path: 'audit', Component: AuditTab, visible: ownerOnly },
    { key: 'privacy', label: 'privacy:tab', path: 'privacy', Component: PrivacyTab, visible: ownerOnly },
  ],
  actions: [{ key: 'refer', Component: ReferClientButton }],
  banners: [
    // "Changes since my last visit" (home screen) count from the moment the page opened.
    { key: 'visited', Component: VisitMarker },
    { key: 'privacy', Component: ClientPrivacyBanners },
  ],
};
