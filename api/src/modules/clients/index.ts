import { ClientSection } from './client-section.entity';
import { Client } from './client.entity';
import { ClientResolver } from './client.resolver';

export const clientsModule = {
  entities: [Client, ClientSection],
  resolvers: [ClientResolver],
} as const;
