import type { SelectQueryBuilder } from 'typeorm';
import { restrictToAllowed } from '../../../access/client-access';
import { badInput, notFound } from '../../../common/errors';
import { isUuid } from '../../../common/ids';
import type { RequestContext } from '../../../context/request-context';
import { locationsByOrganisation, locationsByService } from '../../service-map/location.loaders';
import { Organisation } from '../../service-map/organisation.entity';
import { organisationById } from '../../service-map/organisation.loaders';
import { Service } from '../../service-map/service.entity';
import { activeServicesByOrganisation } from '../../service-map/service.loaders';
import { requirementsByService } from '../../service-map/service-requirement.loaders';
import { ListingStatus } from '../../service-map/taxonomy';
import { hsdsOrganization, hsdsService, hsdsServiceSummary, type HsdsRecord } from './hsds-mapping';
import { hsdsTaxonomies } from './hsds-taxonomy';

export const HSDS_MAX_PER_PAGE = 100;

export interface PageRequest {
  page: number;
  perPage: number;
}

/** A page as the HSDS API reference answers it (components/schemas/Page). */
export interface HsdsPage {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: HsdsRecord[];
}

/** `page` (from 1) and `per_page` (1 to 100, default 50) of the HSDS API; BAD_USER_INPUT otherwise. */
export function pageRequest(query: Record<string, unknown>): PageRequest {
  const number = (name: string, fallback: number, max: number) => {
    const raw = query[name];
    if (raw === undefined) return fallback;
    const value = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isInteger(value) || value < 1 || value > max) throw badInput(name, `must be a whole number from 1 to ${max}.`, 'OUT_OF_RANGE', { min: 1, max });
    return value;
  };
  return { page: number('page', 1, 1_000_000), perPage: number('per_page', 50, HSDS_MAX_PER_PAGE) };
}

function toPage(contents: HsdsRecord[], total: number, { page, perPage }: PageRequest): HsdsPage {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: total === 0,
    contents,
  };
}

const emptyPage = (request: PageRequest) => toPage([], 0, request);

/**
 * The service map in HSDS 3.0, read through the service map's own access rules and loaders:
 * the rows are those the ability lets through (without sign-in: active listings and PUBLIC
 * addresses; a member also gets NETWORK addresses; HIDDEN ones only its own organisation),
 * and streets are masked in SQL by the location loaders. Archived listings are not served.
 */
export class HsdsReadService {
  constructor(private readonly ctx: RequestContext) {}

  async servicesPage(request: PageRequest, options: { organizationId?: string; full?: boolean } = {}): Promise<HsdsPage> {
    const qb = this.ctx.em.createQueryBuilder(Service, 's');
    if (!(await restrictToAllowed(this.ctx, qb, 'read', 'Service', 's'))) return emptyPage(request);
    this.onlyListed(qb);
    if (options.organizationId !== undefined) {
      if (!isUuid(options.organizationId)) return emptyPage(request);
      qb.andWhere('s.organisation_id = :organizationId', { organizationId: options.organizationId });
    }
    const [rows, total] = await qb
      .orderBy('s.name', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .skip((request.page - 1) * request.perPage)
      .take(request.perPage)
      .getManyAndCount();
    const contents = options.full ? await this.fullServices(rows, true) : rows.map(hsdsServiceSummary);
    return toPage(contents, total, request);
  }

  /** One fully nested service with its organization; NOT_FOUND when it is not on the open map. */
  async service(id: string): Promise<HsdsRecord> {
    if (!isUuid(id)) throw notFound('Service');
    const qb = this.ctx.em.createQueryBuilder(Service, 's').where('s.id = :id', { id });
    const service = (await restrictToAllowed(this.ctx, qb, 'read', 'Service', 's')) ? await this.onlyListed(qb).getOne() : null;
    if (!service) throw notFound('Service');
    const [full] = await this.fullServices([service], true);
    return full;
  }

  async organizationsPage(request: PageRequest, options: { fullService?: boolean } = {}): Promise<HsdsPage> {
    const qb = this.ctx.em.createQueryBuilder(Organisation, 'o').where('o.status = :active', { active: ListingStatus.ACTIVE });
    if (!(await restrictToAllowed(this.ctx, qb, 'read', 'Organisation', 'o'))) return emptyPage(request);
    const [rows, total] = await qb
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .skip((request.page - 1) * request.perPage)
      .take(request.perPage)
      .getManyAndCount();
    // The list carries the one-to-one fields only (organization_list), as the HSDS API says.
    const contents = options.fullService ? await this.fullOrganizations(rows, true) : rows.map((o) => listFields(hsdsOrganization(o, [])));
    return toPage(contents, total, request);
  }

  /**
   * One organization with its locations and services: each service as `{ id, name }` (the
   * HSDS default), or fully nested with `fullService`.
   */
  async organization(id: string, options: { fullService?: boolean } = {}): Promise<HsdsRecord> {
    const org = await this.listedOrganisation(id);
    const [full] = await this.fullOrganizations([org], options.fullService ?? false);
    return full;
  }

  /** The whole map (or one organization) as the HSDS file Brug exports and imports. */
  async exportMap(organizationId?: string): Promise<HsdsRecord[]> {
    if (organizationId !== undefined) return [await this.organization(organizationId, { fullService: true })];
    const qb = this.ctx.em.createQueryBuilder(Organisation, 'o').where('o.status = :active', { active: ListingStatus.ACTIVE });
    if (!(await restrictToAllowed(this.ctx, qb, 'read', 'Organisation', 'o'))) return [];
    const rows = await qb.orderBy('o.name', 'ASC').addOrderBy('o.id', 'ASC').getMany();
    return this.fullOrganizations(rows, true);
  }

  taxonomiesPage(request: PageRequest): HsdsPage {
    const all = hsdsTaxonomies();
    return toPage(all.slice((request.page - 1) * request.perPage, request.page * request.perPage), all.length, request);
  }

  private async listedOrganisation(id: string): Promise<Organisation> {
    if (!isUuid(id)) throw notFound('Organization');
    const qb = this.ctx.em.createQueryBuilder(Organisation, 'o').where('o.id = :id AND o.status = :active', { id, active: ListingStatus.ACTIVE });
    const org = (await restrictToAllowed(this.ctx, qb, 'read', 'Organisation', 'o')) ? await qb.getOne() : null;
    if (!org) throw notFound('Organization');
    return org;
  }

  /** Active services of active organisations. */
  private onlyListed<T extends Service>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    return qb
      .andWhere('s.status = :listed', { listed: ListingStatus.ACTIVE })
      .andWhere('EXISTS (SELECT 1 FROM organisations lo WHERE lo.id = s.organisation_id AND lo.status = :listedOrg)', { listedOrg: ListingStatus.ACTIVE });
  }

  private async fullServices(services: Service[], withOrganization: boolean): Promise<HsdsRecord[]> {
    const locations = this.ctx.loader(locationsByService);
    const organisations = this.ctx.loader(organisationById);
    const orgLocations = this.ctx.loader(locationsByOrganisation);
    const requirements = this.ctx.loader(requirementsByService);
    return Promise.all(
      services.map(async (service) => {
        const org = withOrganization ? await organisations.load(service.organisationId) : null;
        const organization = org ? listFields(hsdsOrganization(org, await orgLocations.load(org.id))) : undefined;
        const [at, asked] = await Promise.all([locations.load(service.id), requirements.load(service.id)]);
        return hsdsService(service, at, organization, asked);
      }),
    );
  }

  private async fullOrganizations(orgs: Organisation[], fullServices: boolean): Promise<HsdsRecord[]> {
    const locations = this.ctx.loader(locationsByOrganisation);
    const services = this.ctx.loader(activeServicesByOrganisation);
    return Promise.all(
      orgs.map(async (org) => {
        const own = await services.load(org.id);
        return {
          ...hsdsOrganization(org, await locations.load(org.id)),
          services: fullServices ? await this.fullServices(own, false) : own.map((s) => ({ id: s.id, name: s.name, status: 'active' })),
        };
      }),
    );
  }
}

/** The organization_list fields: no nested phones, locations or attributes. */
function listFields(organization: HsdsRecord): HsdsRecord {
  const { phones: _p, locations: _l, attributes: _a, ...fields } = organization;
  return fields;
}
