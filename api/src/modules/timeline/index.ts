import { ClientEvent } from './client-event.entity';

export const timelineModule = {
  entities: [ClientEvent],
  resolvers: [],
} as const;
