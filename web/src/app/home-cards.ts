import type { ComponentType } from 'react';
import { OutreachHomeCard } from '../modules/outreach/OutreachHomeCard';
import { InboxSummaryCard } from '../modules/referrals/InboxSummaryCard';

/**
 * Summary cards at the top of the home screen, in order, for organisation members. Each card
 * loads its own data and renders a <Panel> (it shares one row with the others on wide screens).
 * The referrals module adds its inbox here with one line, for example:
 *   { key: 'inbox', Component: InboxSummaryCard },
 */
export interface HomeCard {
  key: string;
  Component: ComponentType;
}

export const homeCards: HomeCard[] = [
  { key: 'inbox', Component: InboxSummaryCard },
  { key: 'outreach', Component: OutreachHomeCard },
];
