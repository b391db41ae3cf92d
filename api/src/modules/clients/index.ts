import { ClientSection } from './client-section.entity';
import { Client } from './client.entity';

export const clientsModule = {
  entities: [Client, ClientSection],
  resolvers: [],
} as const;
