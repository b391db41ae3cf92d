import { ClientSection } from './client-section.entity';
import { Client } from './client.entity';
import { ClientEvent } from './client-event.entity';
import { ClientResolver } from './client.resolver';

export const clientsModule = {
  entities: [Client, ClientSection, ClientEvent],
  resolvers: [ClientResolver],
} as const;

// The public surface: what other modules may import from this one.
export { ClientEvent } from './client-event.entity';
export { recordClientEvent, type NewClientEvent } from './client-events';
export { ClientSection } from './client-section.entity';
export { Client, OfThisClient } from './client.entity';
export { clientById, sectionByKey, sectionKey } from './client.loaders';
export { ClientConnection } from './client.resolver';
export { ClientService, refuseErased, touch } from './client.service';
export { lifeDomainsWrittenHandlers, type WrittenDomain } from './section-hooks';
export { LifeDomain } from './section-types';
