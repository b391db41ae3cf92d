import type { NonEmptyArray } from 'type-graphql';
import { auditModule } from './audit';
import { clientsModule } from './clients';
import { consentModule } from './consent';
import { figuresModule } from './figures';
import { followUpModule } from './follow-up';
import { notificationsModule } from './notifications';
import { outreachModule } from './outreach';
import { privacyModule } from './privacy';
import { referralsModule } from './referrals';
import { identityModule } from './identity';
import { serviceMapModule } from './service-map';
import { timelineModule } from './timeline';

/** Every domain module of the API. A module lists its entities and its resolvers. */
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
];

export const entities = modules.flatMap((m) => [...m.entities]);
export const resolvers = modules.flatMap((m) => [...m.resolvers]) as unknown as NonEmptyArray<Function>;
