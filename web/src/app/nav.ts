import type { ComponentType } from 'react';
import type { Viewer } from '../modules/identity/session';
import type { TextKey } from '../ui/text-keys';
import { InboxNavBadge } from '../modules/referrals/inbox-counts';

export interface NavEntry {
  /** Route path (see routes.tsx). */
  to: string | ((viewer: Viewer) => string);
  /** Translation key in the "app" namespace, or `<namespace>:<key>` for a module's own. */
  label: TextKey<'app'>;
  /** Who sees the entry; everyone signed in when left out. */
  visible?: (viewer: Viewer) => boolean;
  /** Matches only the exact path (for "/"). */
  end?: boolean;
  /** Shown after the label (e.g. a live unread count). */
  Badge?: ComponentType;
}

const isCoordinator = (v: Viewer) => v.networkRole === 'COORDINATOR';
/** Members of an organisation work with clients; coordinators never see clients. */
const isOrgMember = (v: Viewer) => !!v.activeOrganisation && v.networkRole !== 'COORDINATOR';
const isOrgAdmin = (v: Viewer) => v.activeRole === 'ORG_ADMIN' && !!v.activeOrganisation;

/** The header navigation, in order. Add an entry here when you add a page worth a link. */
export const navEntries: NavEntry[] = [
  { to: '/', label: 'followUp:nav.home', visible: isOrgMember, end: true },
  { to: '/map', label: 'nav.serviceMap' },
  { to: '/clients', label: 'clients:nav.clients', visible: isOrgMember },
  { to: '/referrals/inbox', label: 'referrals:nav.inbox', visible: isOrgMember, Badge: InboxNavBadge },
  { to: '/outreach', label: 'outreach:nav.outreach', visible: isOrgMember },
  { to: (v) => `/organisations/${v.activeOrganisation!.id}`, label: 'nav.myOrganisation', visible: isOrgAdmin },
  { to: '/organisations', label: 'nav.organisations', visible: isCoordinator, end: true },
  { to: '/stale-listings', label: 'nav.staleListings', visible: isCoordinator },
  { to: '/figures', label: 'figures:nav.figures' },
  { to: '/referrals/statistics', label: 'referrals:nav.statistics', visible: isCoordinator },
  { to: '/exchange/import', label: 'exchange:nav.import', visible: isCoordinator },
  { to: '/security', label: 'nav.security' },
];
