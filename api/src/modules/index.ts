import type { BuildSchemaOptions } from 'type-graphql';
import type { SessionLookup } from '../context';
import { auditModule } from './audit';
import { clientsModule, lifeDomainsWrittenHandlers } from './clients';
import { CLIENT_VIEW_COOKIE, clientViewModule, isClientViewToken, resolveClientSession } from './client-view';
import { documentsModule } from './documents';
import { consentModule, consentRevokedHandlers } from './consent';
import { figuresModule } from './figures';
import { followUpModule, LifeDomainAssessmentService } from './follow-up';
import { notificationsModule, useReferralInbox } from './notifications';
import { outreachModule } from './outreach';
import { privacyModule } from './privacy';
import { cancelReferralsOnConsentWithdrawn, ReferralReads, referralsModule } from './referrals';
import { identityModule, SESSION_COOKIE, sessionLookupSql, twoFactorEnrolmentRequiredError, viewerFromSessionRow } from './identity';
import { serviceMapModule } from './service-map';
import { timelineModule } from './timeline';
import { transfersModule } from './transfers';

/**
 * Every domain module of the API, and the one place they are wired to each other. A module
 * lists its entities and resolvers in its index.ts, next to what other modules may import from it.
 */
const modules = [
  identityModule,
  serviceMapModule,
  clientsModule,
  consentModule,
  timelineModule,
  followUpModule,
  auditModule,
  referralsModule,
  notificationsModule,
  privacyModule,
  figuresModule,
  outreachModule,
  clientViewModule,
  documentsModule,
  transfersModule,
];

export const entities = modules.flatMap((m) => [...m.entities]);
export const resolvers = modules.flatMap((m) => [...m.resolvers]) as unknown as BuildSchemaOptions['resolvers'];

let wired = false;

/**
 * The hooks between modules, all here: a module that must react to another's event offers a
 * function, and the lower module (which may not import it) calls what is wired to it. Called
 * when a data source is created (`db/data-source.ts`), before any request; calling it again
 * changes nothing.
 */
export function wireModules(): void {
  if (wired) return;
  wired = true;
  // A withdrawn consent cancels the referrals that relied on it, in the revocation's transaction.
  consentRevokedHandlers.push(cancelReferralsOnConsentWithdrawn);
  // Ratings written through updateClient are kept as an assessment too (the earlier ones stay).
  lifeDomainsWrittenHandlers.push((ctx, client, domains, before) => new LifeDomainAssessmentService(ctx).keepWrittenRatings(client, domains, before));
  // The notification inbox counts unread referrals and settles lazy expiry first.
  useReferralInbox({
    settle: (ctx) => new ReferralReads(ctx).settle(),
    unreadCount: (ctx) => new ReferralReads(ctx).unreadCount(),
  });
}

/** How an HTTP request finds its viewer: a worker's session (identity) or a client's own view (client-view). */
export const sessionLookup: SessionLookup = {
  sessionCookie: SESSION_COOKIE,
  clientViewCookie: CLIENT_VIEW_COOKIE,
  isClientViewToken,
  sessionSql: sessionLookupSql,
  viewerFromRow: (row) => viewerFromSessionRow(row as Parameters<typeof viewerFromSessionRow>[0]),
  clientSession: resolveClientSession,
  twoFactorEnrolmentRequired: twoFactorEnrolmentRequiredError,
};
