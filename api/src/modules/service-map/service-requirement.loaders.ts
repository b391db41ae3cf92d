import { groupLoader } from '../../common/loaders';
import type { RequestContext } from '../../context/request-context';
import { ServiceRequirement } from './service-requirement.entity';

/** Each service's requirements in their order (map data: asked only for services the viewer already has). */
export const requirementsByService = (ctx: RequestContext) =>
  groupLoader<string, ServiceRequirement>(
    (serviceIds) =>
      ctx.em
        .createQueryBuilder(ServiceRequirement, 'q')
        .where('q.service_id = ANY(:serviceIds)', { serviceIds: [...serviceIds] })
        .orderBy('q.position', 'ASC')
        .getMany(),
    (q) => q.serviceId,
  );
