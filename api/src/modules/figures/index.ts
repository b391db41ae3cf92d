import { FiguresResolver } from './figures.resolver';

export const figuresModule = {
  entities: [],
  resolvers: [FiguresResolver],
} as const;
