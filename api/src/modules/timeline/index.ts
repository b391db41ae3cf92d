import { ClientEvent } from './client-event.entity';
import { TimelineResolver } from './timeline.resolver';

export const timelineModule = {
  entities: [ClientEvent],
  resolvers: [TimelineResolver],
} as const;
