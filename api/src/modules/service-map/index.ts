import { Location } from './location.entity';
import { LocationResolver } from './location.resolver';
import { Organisation } from './organisation.entity';
import { OrganisationResolver } from './organisation.resolver';
import { Service } from './service.entity';
import { ServiceResolver } from './service.resolver';
import { ServiceRequirement } from './service-requirement.entity';

export const serviceMapModule = {
  entities: [Organisation, Service, Location, ServiceRequirement],
  resolvers: [ServiceResolver, OrganisationResolver, LocationResolver],
} as const;
