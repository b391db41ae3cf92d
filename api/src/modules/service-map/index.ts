import { Location } from './location.entity';
import { Organisation } from './organisation.entity';
import { Service } from './service.entity';

export const serviceMapModule = {
  entities: [Organisation, Service, Location],
  resolvers: [],
} as const;
