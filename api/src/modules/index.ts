import type { BuildSchemaOptions } from 'type-graphql';
import { auditModule } from './audit';
import { clientsModule } from './clients';
import { clientViewModule } from './client-view';
import { documentsModule } from './documents';
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
import { transfersModule } from './transfers';

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
  clientViewModule,
  documentsModule,
  transfersModule,
];

export const entities = modules.flatMap((m) => [...m.entities]);
export const resolvers = modules.flatMap((m) => [...m.resolvers]) as unknown as BuildSchemaOptions['resolvers'];
