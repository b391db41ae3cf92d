import { FiguresResolver } from './figures.resolver';
import { ReferralStatisticsResolver } from './referral-statistics';

export const figuresModule = {
  entities: [],
  resolvers: [FiguresResolver, ReferralStatisticsResolver],
} as const;
