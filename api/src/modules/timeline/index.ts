import { TimelineResolver } from './timeline.resolver';

/** A client's timeline, read from the event log the clients module keeps (`clients/client-events.ts`). */
export const timelineModule = {
  entities: [],
  resolvers: [TimelineResolver],
} as const;
