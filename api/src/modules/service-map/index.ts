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

// The public surface: what other modules may import from this one.
export { CreateOrganisationInput } from './dto/organisation.input';
export { NAME_MAX, REQUIREMENTS_MAX, REQUIREMENT_TEXT_MAX, TEXT_MAX } from './dto/service.input';
export { Location } from './location.entity';
export { locationById, locationsByOrganisation, locationsByService } from './location.loaders';
export { Organisation } from './organisation.entity';
export { organisationById } from './organisation.loaders';
export { OrganisationService } from './organisation.service';
export { RequirementKind, ServiceRequirement } from './service-requirement.entity';
export { requirementsByService } from './service-requirement.loaders';
export { Service } from './service.entity';
export { activeServicesByOrganisation } from './service.loaders';
export { ServiceMapService, writeRequirements } from './service.service';
export { AddressVisibility, CapacityStatus, LANGUAGES, ListingStatus, REGIONS, ServiceCategory, TargetGroup } from './taxonomy';
