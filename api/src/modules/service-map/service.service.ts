import { In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { row, restrictToAllowed } from '../../access';
import { badInput, conflict, forbidden, notFound, isUuid, checkPageSize, emptyPage, Page, PageArgs, textIdCursor, toPage } from '../../common';
import type { RequestContext } from '../../context';
import type { ServiceFilter } from './dto/service-filter.input';
import type { ServiceInput, UpdateServiceInput } from './dto/service.input';
import { givenFields } from './input-fields';
import { Location } from './location.entity';
import { Organisation } from './organisation.entity';
import { likePattern, textTerms } from './search-text';
import { Service } from './service.entity';
import { RequirementKind, ServiceRequirement } from './service-requirement.entity';
import type { ServiceRequirementInput } from './dto/service.input';
import { CapacityStatus, ListingStatus, TargetGroup } from './taxonomy';

/** A listing not confirmed for longer than this is shown as stale to everyone. */
export const STALE_AFTER_MONTHS = 6;

/** The moment `months` months before `now`: listings confirmed before it are stale. */
export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

export const isStale = (service: Service, now: Date) => service.lastConfirmedAt < monthsBefore(now, STALE_AFTER_MONTHS);

type ListingAction = 'create' | 'update' | 'archive' | 'updateCapacity';

const ACCEPTING = [CapacityStatus.AVAILABLE, CapacityStatus.WAITLIST];

/** The service map: search, listings and their upkeep. Rules come from the ability. */
export class ServiceMapService {
  constructor(private readonly ctx: RequestContext) {}

  /** One page of the services matching `filter`, ordered by name then id; always two statements. */
  async search(filter: ServiceFilter, page: PageArgs): Promise<Page<Service>> {
    const first = checkPageSize(page.first);
    const cursor = textIdCursor.decode(page.after);

    const qb = this.ctx.em.createQueryBuilder(Service, 's');
    if (!(await restrictToAllowed(this.ctx, qb, 'read', 'Service', 's'))) return emptyPage();
    this.applyFilter(qb, filter);
    const totalCount = await qb.clone().getCount();
    if (cursor) qb.andWhere('(s.name, s.id) > (:afterName, :afterId)', { afterName: cursor[0], afterId: cursor[1] });
    const rows = await qb
      .orderBy('s.name', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(first + 1)
      .getMany();
    return toPage(rows, first, totalCount, (s) => textIdCursor.key([s.name, s.id]));
  }

  private applyFilter(qb: SelectQueryBuilder<Service>, filter: ServiceFilter): void {
    if (!filter.includeArchived) qb.andWhere('s.status = :active', { active: ListingStatus.ACTIVE });
    if (filter.organisationId) qb.andWhere('s.organisation_id = :organisationId', { organisationId: filter.organisationId });

    const terms = filter.text ? textTerms(filter.text) : [];
    if (terms.length) {
      const params = Object.fromEntries(terms.map((t, i) => [`text${i}`, t.anyOf.map(likePattern)]));
      // services.search_text: names, description, areas, organisation and locations, folded (kept by triggers, trigram-indexed).
      for (const i of terms.keys()) qb.andWhere(`s.search_text LIKE ANY(CAST(:text${i} AS text[]))`, { [`text${i}`]: params[`text${i}`] });
    }
    if (filter.categories?.length) qb.andWhere('s.categories && CAST(:categories AS text[])', { categories: filter.categories });
    if (filter.languages?.length) qb.andWhere('s.languages && CAST(:languages AS text[])', { languages: filter.languages });
    if (filter.targetGroups?.length) {
      // A service for everyone serves each group too.
      qb.andWhere('s.target_groups && CAST(:targetGroups AS text[])', { targetGroups: [...filter.targetGroups, TargetGroup.EVERYONE] });
    }
    if (filter.region) {
      const region = filter.region;
      const country = region.split('-')[0];
      if (region === country) {
        qb.andWhere(
          `(EXISTS (SELECT 1 FROM unnest(s.service_areas) area WHERE area = :country OR area LIKE :countryRegions)
            OR EXISTS (SELECT 1 FROM service_locations sl JOIN locations l ON l.id = sl.location_id WHERE sl.service_id = s.id AND l.country = :country))`,
          { country, countryRegions: `${country}-%` },
        );
      } else {
        qb.andWhere(
          `(s.service_areas && CAST(:areas AS text[])
            OR EXISTS (SELECT 1 FROM service_locations sl JOIN locations l ON l.id = sl.location_id WHERE sl.service_id = s.id AND l.region = :region))`,
          { areas: [region, country], region },
        );
      }
    }
    if (filter.acceptingNow != null) {
      qb.andWhere(`s.capacity_status ${filter.acceptingNow ? '' : 'NOT '}IN (:...accepting)`, { accepting: ACCEPTING });
    }
    if (filter.notConfirmedSinceMonths != null) {
      qb.andWhere('s.last_confirmed_at < :confirmedBefore', { confirmedBefore: monthsBefore(this.ctx.now, filter.notConfirmedSinceMonths) });
    }
  }

  /** One service the viewer may see; NOT_FOUND otherwise (also for archived ones of others). */
  async get(id: string): Promise<Service> {
    if (!isUuid(id)) throw notFound('Service');
    const qb = this.ctx.em.createQueryBuilder(Service, 's').where('s.id = :id', { id });
    const service = (await restrictToAllowed(this.ctx, qb, 'read', 'Service', 's')) ? await qb.getOne() : null;
    if (!service) throw notFound('Service');
    return service;
  }

  async create(input: ServiceInput): Promise<Service> {
    const { em, now } = this.ctx;
    const organisation = isUuid(input.organisationId) ? await em.findOneBy(Organisation, { id: input.organisationId }) : null;
    if (!organisation) throw badInput('organisationId', 'there is no such organisation.', 'UNKNOWN');
    await this.allow('create', { organisationId: organisation.id, status: ListingStatus.ACTIVE });

    const { locationIds, requirements, organisationId: _org, ...fields } = input;
    const values = listingFields(fields);
    checkAges(values.minimumAge ?? null, values.maximumAge ?? null);
    const service = em.create(Service, { ...values, organisationId: organisation.id, status: ListingStatus.ACTIVE, lastConfirmedAt: now });
    await em.insert(Service, service);
    if (locationIds) await this.placeAt(service, locationIds);
    if (requirements) await this.setRequirements(service, requirements);
    return em.findOneByOrFail(Service, { id: service.id });
  }

  /** Changes a listing; saving it also confirms it is true today. */
  async update(id: string, input: UpdateServiceInput): Promise<Service> {
    const service = await this.get(id);
    await this.allow('update', service);
    const { locationIds, requirements, ...fields } = input;
    const values = listingFields(fields);
    checkAges(
      values.minimumAge !== undefined ? values.minimumAge : service.minimumAge,
      values.maximumAge !== undefined ? values.maximumAge : service.maximumAge,
    );
    await this.ctx.em.update(Service, { id }, { ...values, lastConfirmedAt: this.ctx.now });
    if (locationIds) await this.placeAt(service, locationIds);
    if (requirements) await this.setRequirements(service, requirements);
    return this.ctx.em.findOneByOrFail(Service, { id });
  }

  /** Says the listing is still true as it stands. */
  async confirm(id: string): Promise<Service> {
    const service = await this.get(id);
    await this.allow('update', service);
    await this.ctx.em.update(Service, { id }, { lastConfirmedAt: this.ctx.now });
    return this.ctx.em.findOneByOrFail(Service, { id });
  }

  /** Archives (or restores) a listing; a concurrent change of the same status answers CONFLICT. */
  async setStatus(id: string, status: ListingStatus): Promise<Service> {
    const service = await this.get(id);
    await this.allow('archive', service);
    const from = status === ListingStatus.ARCHIVED ? ListingStatus.ACTIVE : ListingStatus.ARCHIVED;
    const result = await this.ctx.em.update(Service, { id, status: from }, { status });
    if (!result.affected) throw conflict(status === ListingStatus.ARCHIVED ? 'This service is already archived.' : 'This service is not archived.');
    return this.ctx.em.findOneByOrFail(Service, { id });
  }

  /** The quick "can we take someone now" change; it does not confirm the rest of the listing. */
  async setCapacity(id: string, capacityStatus: CapacityStatus, waitingDays: number | null | undefined): Promise<Service> {
    const service = await this.get(id);
    await this.allow('updateCapacity', service);
    await this.ctx.em.update(Service, { id }, { capacityStatus, waitingDays: waitingDays ?? null });
    return this.ctx.em.findOneByOrFail(Service, { id });
  }

  canEdit(service: Service): Promise<boolean> {
    return this.may('update', service);
  }

  async may(action: ListingAction, service: Pick<Service, 'organisationId' | 'status'>): Promise<boolean> {
    return (await this.ctx.ability()).can(action, row('Service', { organisationId: service.organisationId, status: service.status }));
  }

  private async allow(action: ListingAction, service: Pick<Service, 'organisationId' | 'status'>): Promise<void> {
    if (!(await this.may(action, service))) throw forbidden();
  }

  private setRequirements(service: Pick<Service, 'id'>, requirements: ServiceRequirementInput[]): Promise<void> {
    return replaceRequirements(this.ctx, service.id, requirements);
  }

  /** Replaces where a service is delivered; only its own organisation's locations qualify. */
  private async placeAt(service: Pick<Service, 'id' | 'organisationId'>, locationIds: string[]): Promise<void> {
    const { em } = this.ctx;
    const ids = [...new Set(locationIds)];
    const own = ids.length ? await em.countBy(Location, { id: In(ids), organisationId: service.organisationId }) : 0;
    if (own !== ids.length) throw badInput('locationIds', "each location must be one of the organisation's own locations.", 'NOT_OWN');
    await em.query('DELETE FROM service_locations WHERE service_id = $1', [service.id]);
    if (ids.length) {
      await em.query('INSERT INTO service_locations (service_id, location_id) SELECT $1, unnest($2::uuid[])', [service.id, ids]);
    }
  }
}

/**
 * Replaces what the service asks of a referral. A requirement given with its id keeps it (a
 * draft's answers name it); referrals already sent keep their own copy of the texts.
 */
export async function replaceRequirements(ctx: RequestContext, serviceId: string, requirements: ServiceRequirementInput[]): Promise<void> {
  const { em } = ctx;
  const ids = requirements.map((r) => r.id).filter((id): id is string => !!id);
  if (new Set(ids).size !== ids.length) throw badInput('requirements', 'each requirement may appear once.', 'DUPLICATE');
  const own = ids.length ? await em.countBy(ServiceRequirement, { id: In(ids), serviceId }) : 0;
  if (own !== ids.length) throw badInput('requirements', 'an id must be one of this service’s own requirements.', 'NOT_OWN');
  if (requirements.some((r) => !r.text.trim())) throw badInput('requirements', 'each requirement needs its text.', 'REQUIRED');
  await writeRequirements(em, serviceId, requirements);
}

/**
 * Writes a service's requirements in the order given, tidied (text trimmed; only a question can
 * make a person not eligible). The one writer for the map editor and the HSDS import: both check
 * the ids first.
 */
export async function writeRequirements(
  em: EntityManager,
  serviceId: string,
  requirements: (Pick<ServiceRequirement, 'kind' | 'text' | 'notEligibleWhenNo'> & { id?: string | null })[],
): Promise<void> {
  await em.query(`DELETE FROM service_requirements WHERE service_id = $1`, [serviceId]);
  if (!requirements.length) return;
  await em.insert(
    ServiceRequirement,
    requirements.map((r, position) => ({
      ...(r.id ? { id: r.id } : {}),
      serviceId,
      position,
      kind: r.kind,
      text: r.text.trim(),
      notEligibleWhenNo: r.kind === RequirementKind.QUESTION && r.notEligibleWhenNo,
    })),
  );
}

/** The listing fields given in an input, tidied (see givenFields). */
function listingFields(input: Omit<UpdateServiceInput, 'locationIds'>) {
  return givenFields(input, {
    nullable: ['alternateName', 'contactName', 'contactPhone', 'contactEmail', 'website'],
    text: ['description', 'eligibility', 'fees', 'applicationProcess', 'schedule'],
    lists: ['categories', 'targetGroups', 'languages', 'serviceAreas'],
    required: ['name', 'anonymousAccess', 'capacityStatus'],
  });
}

function checkAges(minimumAge: number | null | undefined, maximumAge: number | null | undefined): void {
  if (minimumAge != null && maximumAge != null && minimumAge > maximumAge) {
    throw badInput('maximumAge', 'must not be lower than minimumAge.', 'BELOW_MINIMUM');
  }
}
