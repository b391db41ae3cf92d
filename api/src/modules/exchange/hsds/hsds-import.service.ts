import { In } from 'typeorm';
import { row } from '../../../access';
import { badInput, forbidden, unauthenticated } from '../../../common';
import type { RequestContext } from '../../../context';
import {
  NAME_MAX,
  TEXT_MAX,
  Location,
  locationById,
  Organisation,
  Service,
  RequirementKind,
  ServiceRequirement,
  REQUIREMENT_TEXT_MAX,
  REQUIREMENTS_MAX,
  AddressVisibility,
  CapacityStatus,
  LANGUAGES,
  ListingStatus,
  REGIONS,
  ServiceCategory,
  TargetGroup,
  writeRequirements,
} from '../../service-map';
import { fetchHsds } from './hsds-fetch';
import { hsdsErrors, type HsdsSchemaError } from './hsds-schema';
import { termById } from './hsds-taxonomy';
import { isWaitingDays, MAX_WAITING_DAYS } from '../../../../../shared/listing-rules';
import { enumValue, enumValues } from '../../../common';

type Json = Record<string, any>;
export type ImportRecordType = 'organization' | 'location' | 'service';
export type ImportOutcome = 'new' | 'changed' | 'unchanged' | 'invalid';

export interface ImportRecordReport {
  type: ImportRecordType;
  /** The record's HSDS id (null when the file gives none). */
  id: string | null;
  name: string | null;
  outcome: ImportOutcome;
  /** Brug fields that the import changes (outcome `changed`). */
  changes?: string[];
  /** Why the record cannot be imported: schema errors (JSON Pointer into the record) and Brug's rules. */
  errors?: HsdsSchemaError[];
}

export interface ImportReport {
  applied: boolean;
  counts: Record<ImportOutcome, number>;
  records: ImportRecordReport[];
}

type OrgValues = Pick<Organisation, 'name' | 'alternateName' | 'description' | 'email' | 'phone' | 'website' | 'city' | 'country'>;
/** Address parts are optional: an empty street means "not given" (an export masks what its reader may not see). */
type LocationValues = Pick<Location, 'organisationId' | 'name' | 'city' | 'region' | 'country'> &
  Partial<Pick<Location, 'addressLine' | 'postalCode' | 'latitude' | 'longitude' | 'visibility'>>;
type ServiceValues = Omit<
  Pick<
    Service,
    | 'organisationId'
    | 'name'
    | 'alternateName'
    | 'description'
    | 'categories'
    | 'targetGroups'
    | 'languages'
    | 'serviceAreas'
    | 'minimumAge'
    | 'maximumAge'
    | 'eligibility'
    | 'fees'
    | 'applicationProcess'
    | 'anonymousAccess'
    | 'schedule'
    | 'contactName'
    | 'contactPhone'
    | 'contactEmail'
    | 'website'
    | 'capacityStatus'
    | 'waitingDays'
    | 'status'
  >,
  never
> & {
  assuredOn: string | null;
  locationIds: string[];
  requirements: RequirementValues[];
};

/** A requirement as the import compares it (HSDS keeps questions and documents apart: questions come first). */
type RequirementValues = Pick<ServiceRequirement, 'id' | 'kind' | 'text' | 'notEligibleWhenNo'>;

interface Planned<V> {
  report: ImportRecordReport;
  values?: V;
  /** What to write for a new or changed record. */
  write?: Partial<V>;
}

const ORG_FIELDS = ['name', 'alternateName', 'description', 'email', 'phone', 'website', 'city', 'country'] as const;
const LOCATION_FIELDS = ['organisationId', 'name', 'city', 'region', 'country', 'visibility'] as const;
const LOCATION_ADDRESS_FIELDS = ['addressLine', 'postalCode', 'latitude', 'longitude'] as const;
const SERVICE_FIELDS = [
  'organisationId',
  'name',
  'alternateName',
  'description',
  'categories',
  'targetGroups',
  'languages',
  'serviceAreas',
  'minimumAge',
  'maximumAge',
  'eligibility',
  'fees',
  'applicationProcess',
  'anonymousAccess',
  'schedule',
  'contactName',
  'contactPhone',
  'contactEmail',
  'website',
  'capacityStatus',
  'waitingDays',
  'status',
] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const optional = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/**
 * Reads an HSDS 3.0 file (Brug's export: an array of fully nested organizations, or an HSDS API
 * page `{ contents: [...] }`, or one organization) into the service map. The dry run says per
 * record what would happen; `apply` writes it all in the request's one transaction, or nothing
 * when any record is invalid. Records are matched by their HSDS id, so importing the same file
 * again changes nothing. Nothing is archived or deleted because a file leaves it out.
 */
export class HsdsImportService {
  constructor(private readonly ctx: RequestContext) {}

  async run(file: unknown, apply: boolean): Promise<ImportReport> {
    await this.allowImport();
    // One import at a time: two coordinators applying files at once must not interleave.
    if (apply) await this.ctx.em.query(`SELECT pg_advisory_xact_lock(hashtext('brug.hsds-import'))`);
    const organizations = recordsOf(file);

    const orgPlans: Planned<OrgValues>[] = [];
    const locationPlans = new Map<string, Planned<LocationValues>>();
    const servicePlans: Planned<ServiceValues>[] = [];
    const invalidLocations: ImportRecordReport[] = [];

    for (const org of organizations) {
      const schemaErrors = hsdsErrors('organization', org);
      const orgId = typeof org?.id === 'string' ? org.id : null;
      const locations: Json[] = [
        ...(Array.isArray(org?.locations) ? org.locations : []),
        ...(Array.isArray(org?.services) ? org.services : []).flatMap((s: Json) =>
          (Array.isArray(s?.service_at_locations) ? s.service_at_locations : []).map((sal: Json) => sal?.location).filter(Boolean),
        ),
      ];
      for (const location of locations) {
        const id = typeof location?.id === 'string' ? location.id : null;
        if (id && locationPlans.has(id)) continue;
        const errors = [...hsdsErrors('location', location), ...locationRules(location, orgId)];
        const report: ImportRecordReport = { type: 'location', id, name: optional(location?.name), outcome: 'invalid', ...(errors.length ? { errors } : {}) };
        if (errors.length || !id) invalidLocations.push({ ...report, errors: errors.length ? errors : [{ path: '/id', message: 'is required' }] });
        else locationPlans.set(id, { report, values: locationValues(location, orgId!) });
      }
      const orgErrors = [...schemaErrors, ...organizationRules(org, locations)];
      orgPlans.push({
        report: { type: 'organization', id: orgId, name: optional(org?.name), outcome: 'invalid', ...(orgErrors.length ? { errors: orgErrors } : {}) },
        values: orgErrors.length ? undefined : organizationValues(org, locations),
      });

      for (const service of Array.isArray(org?.services) ? org.services : []) {
        const errors = [...hsdsErrors('service', service), ...serviceRules(service, orgId)];
        const id = typeof service?.id === 'string' ? service.id : null;
        servicePlans.push({
          report: { type: 'service', id, name: optional(service?.name), outcome: 'invalid', ...(errors.length ? { errors } : {}) },
          values: errors.length ? undefined : serviceValues(service, orgId!),
        });
      }
    }

    await this.compareOrganizations(orgPlans);
    await this.compareLocations([...locationPlans.values()]);
    await this.compareServices(servicePlans, locationPlans);

    const records = [...orgPlans, ...locationPlans.values(), ...servicePlans].map((p) => p.report).concat(invalidLocations);
    const counts: Record<ImportOutcome, number> = { new: 0, changed: 0, unchanged: 0, invalid: 0 };
    records.forEach((r) => counts[r.outcome]++);
    if (apply) {
      if (counts.invalid)
        throw badInput(
          'file',
          `${counts.invalid} record(s) are not valid: nothing was imported. Run a dry run to see them, fix the file and try again.`,
          'INVALID_RECORDS',
          { count: counts.invalid },
        );
      await this.write(orgPlans, [...locationPlans.values()], servicePlans);
    }
    return { applied: apply, counts, records };
  }

  /**
   * The same, from an address (an HSDS API or a published file). The right to import is checked
   * before Brug calls anyone; the request's transaction waits at most the fetch's timeout.
   */
  async runFrom(address: string, apply: boolean): Promise<ImportReport> {
    await this.allowImport();
    return this.run(await fetchHsds(address, this.ctx.config.hsdsImportHosts), apply);
  }

  /** Keeping the map is the coordinators' job: they may create organisations (ability). */
  private async allowImport(): Promise<void> {
    if (!this.ctx.viewer) throw unauthenticated();
    if (!(await this.ctx.ability()).can('create', 'Organisation')) throw forbidden('Only network coordinators can import a service map.');
  }

  private async compareOrganizations(plans: Planned<OrgValues>[]): Promise<void> {
    const ids = plans.filter((p) => p.values).map((p) => p.report.id!);
    const existing = new Map((ids.length ? await this.ctx.em.findBy(Organisation, { id: In(ids) }) : []).map((o) => [o.id, o]));
    for (const plan of plans) decide(plan, existing.get(plan.report.id!), ORG_FIELDS);
  }

  private async compareLocations(plans: Planned<LocationValues>[]): Promise<void> {
    // Read the way every viewer reads locations: an address the importer may not see stays masked.
    const existing = await this.ctx.loader(locationById).loadMany(plans.map((p) => p.report.id!));
    plans.forEach((plan, i) => {
      const current = existing[i] instanceof Location ? existing[i] : undefined;
      const values = plan.values!;
      const given = LOCATION_ADDRESS_FIELDS.filter((f) => values[f] !== undefined);
      const changes = current ? LOCATION_FIELDS.filter((f) => values[f] !== undefined && !same(values[f], current[f])) : [];
      // A street the importer cannot see is never compared (that would tell them what it is): given, it is written.
      const addressChanged = current && given.some((f) => !current.addressShown || !same(values[f], current[f]));
      plan.report.outcome = !current ? 'new' : changes.length || addressChanged ? 'changed' : 'unchanged';
      if (current && (changes.length || addressChanged)) plan.report.changes = [...changes, ...(addressChanged ? ['address'] : [])];
      if (plan.report.outcome !== 'unchanged') {
        plan.write = current
          ? pick(values, [...changes, ...(addressChanged ? given : [])])
          : { addressLine: '', postalCode: '', visibility: AddressVisibility.PUBLIC, ...values };
      }
    });
  }

  private async compareServices(plans: Planned<ServiceValues>[], locations: Map<string, Planned<LocationValues>>): Promise<void> {
    const valid = plans.filter((p) => p.values);
    const ids = valid.map((p) => p.report.id!);
    const existing = new Map((ids.length ? await this.ctx.em.findBy(Service, { id: In(ids) }) : []).map((s) => [s.id, s]));
    const placed = new Map<string, string[]>();
    if (ids.length) {
      const rows: { service_id: string; location_id: string }[] = await this.ctx.em.query(
        'SELECT service_id, location_id FROM service_locations WHERE service_id = ANY($1) ORDER BY location_id',
        [ids],
      );
      rows.forEach((r) => placed.set(r.service_id, [...(placed.get(r.service_id) ?? []), r.location_id]));
    }
    const asked = new Map<string, RequirementValues[]>();
    if (ids.length) {
      const rows = await this.ctx.em.find(ServiceRequirement, { where: { serviceId: In(ids) }, order: { position: 'ASC' } });
      rows.forEach((r) => asked.set(r.serviceId, [...(asked.get(r.serviceId) ?? []), requirementValues(r)]));
      // HSDS keeps questions and documents apart (questions first in a file): compare in that order.
      for (const [serviceId, list] of asked) asked.set(serviceId, questionsFirst(list));
    }
    // A requirement id is one requirement: used twice in the file, or by another service in Brug, it is refused.
    const requirementIds = valid.flatMap((p) => p.values!.requirements.map((r) => r.id));
    const twice = new Set(requirementIds.filter((id, i) => requirementIds.indexOf(id) !== i));
    const ownerOf = new Map(
      (requirementIds.length
        ? await this.ctx.em.find(ServiceRequirement, { select: { id: true, serviceId: true }, where: { id: In(requirementIds) } })
        : []
      ).map((r) => [r.id, r.serviceId]),
    );
    const locationIds = valid.flatMap((p) => p.values!.locationIds).filter((id) => !locations.has(id));
    const known = new Map((locationIds.length ? await this.ctx.em.findBy(Location, { id: In(locationIds) }) : []).map((l) => [l.id, l.organisationId]));
    for (const plan of plans) {
      const values = plan.values;
      if (!values) continue;
      // Brug's rule: a service is delivered only at its own organisation's locations.
      const foreign = values.locationIds.filter((id) => (locations.get(id)?.values?.organisationId ?? known.get(id)) !== values.organisationId);
      const clashing = values.requirements.filter((r) => twice.has(r.id) || (ownerOf.get(r.id) ?? plan.report.id) !== plan.report.id);
      if (clashing.length) {
        plan.report.outcome = 'invalid';
        plan.report.errors = clashing.map((r) => ({
          path: '/required_documents',
          message: `requirement ${r.id} is used twice in this file or belongs to another service`,
        }));
        plan.values = undefined;
        continue;
      }
      if (foreign.length) {
        plan.report.outcome = 'invalid';
        plan.report.errors = foreign.map((id) => ({
          path: '/service_at_locations',
          message: `location ${id} is not one of the organization's own locations in this file or in Brug`,
        }));
        plan.values = undefined;
        continue;
      }
      const current = existing.get(plan.report.id!);
      decide(plan, current, SERVICE_FIELDS);
      if (!current) continue;
      const extra: string[] = [];
      if (values.assuredOn && values.assuredOn !== current.lastConfirmedAt.toISOString().slice(0, 10)) extra.push('lastConfirmedAt');
      if (!same([...values.locationIds].sort(), placed.get(current.id) ?? [])) extra.push('locations');
      if (!same(values.requirements, asked.get(current.id) ?? [])) extra.push('requirements');
      if (extra.length) {
        plan.report.outcome = 'changed';
        plan.report.changes = [...(plan.report.changes ?? []), ...extra];
        plan.write = {
          ...(plan.write ?? {}),
          ...(extra.includes('lastConfirmedAt') ? { assuredOn: values.assuredOn } : {}),
          ...(extra.includes('locations') ? { locationIds: values.locationIds } : {}),
          ...(extra.includes('requirements') ? { requirements: values.requirements } : {}),
        };
      }
    }
  }

  private async write(orgs: Planned<OrgValues>[], locations: Planned<LocationValues>[], services: Planned<ServiceValues>[]): Promise<void> {
    const { em, now } = this.ctx;
    const ability = await this.ctx.ability();
    const allow = (ok: boolean) => {
      if (!ok) throw forbidden('You may not change every record of this file.');
    };
    for (const plan of orgs) {
      const id = plan.report.id!;
      if (plan.report.outcome === 'new') {
        allow(ability.can('create', 'Organisation'));
        await em.insert(Organisation, { id, ...plan.values!, status: ListingStatus.ACTIVE });
      } else if (plan.report.outcome === 'changed') {
        allow(ability.can('update', row('Organisation', { id })));
        await em.update(Organisation, { id }, plan.write!);
      }
    }
    for (const plan of locations) {
      const id = plan.report.id!;
      allow(
        plan.report.outcome === 'unchanged' ||
          ability.can(plan.report.outcome === 'new' ? 'create' : 'update', row('Location', { organisationId: plan.values!.organisationId })),
      );
      if (plan.report.outcome === 'new') await em.insert(Location, { id, ...plan.write! });
      else if (plan.report.outcome === 'changed') await em.update(Location, { id }, plan.write!);
    }
    for (const plan of services) {
      const id = plan.report.id!;
      if (plan.report.outcome === 'unchanged') continue;
      const { locationIds, assuredOn, requirements, ...fields } = plan.write!;
      const values = plan.values!;
      allow(ability.can(plan.report.outcome === 'new' ? 'create' : 'update', row('Service', { organisationId: values.organisationId, status: values.status })));
      const lastConfirmedAt = assuredOn ? new Date(`${assuredOn}T00:00:00Z`) : undefined;
      if (plan.report.outcome === 'new') await em.insert(Service, { id, ...fields, lastConfirmedAt: lastConfirmedAt ?? now });
      else if (Object.keys(fields).length || lastConfirmedAt) await em.update(Service, { id }, { ...fields, ...(lastConfirmedAt ? { lastConfirmedAt } : {}) });
      if (locationIds) {
        await em.query('DELETE FROM service_locations WHERE service_id = $1', [id]);
        if (locationIds.length) await em.query('INSERT INTO service_locations (service_id, location_id) SELECT $1, unnest($2::uuid[])', [id, locationIds]);
      }
      if (requirements) await writeRequirements(em, id, requirements);
    }
  }
}

/** Sets outcome, changes and what to write for a record compared field by field. */
function decide<V extends object>(plan: Planned<V>, current: object | undefined, fields: readonly (keyof V & string)[]): void {
  const values = plan.values;
  if (!values) return;
  if (!current) {
    plan.report.outcome = 'new';
    plan.write = { ...values };
    return;
  }
  const changes = fields.filter((f) => !same(values[f], (current as Record<string, unknown>)[f]));
  plan.report.outcome = changes.length ? 'changed' : 'unchanged';
  if (changes.length) {
    plan.report.changes = changes;
    plan.write = pick(values, changes);
  }
}

function pick<V extends object>(values: V, fields: readonly string[]): Partial<V> {
  return Object.fromEntries(fields.map((f) => [f, (values as Record<string, unknown>)[f]])) as Partial<V>;
}

function recordsOf(file: unknown): Json[] {
  if (Array.isArray(file)) return file;
  if (file && typeof file === 'object' && Array.isArray((file as Json).contents)) return (file as Json).contents;
  if (file && typeof file === 'object' && 'id' in file) return [file];
  throw badInput('file', 'expected HSDS 3.0 JSON: an array of organizations (with their services), an HSDS API page or one organization.', 'INVALID_FORMAT');
}

/** Brug's eligibility questions (attributes of its requirement terms) then the required documents, as requirements. */
function requirementsOf(service: Json): (RequirementValues & { path: string })[] {
  const attributes: Json[] = Array.isArray(service?.attributes) ? service.attributes : [];
  const documents: Json[] = Array.isArray(service?.required_documents) ? service.required_documents : [];
  const questions = attributes.flatMap((a, i) => {
    const term = termById(a?.taxonomy_term_id ?? a?.taxonomy_term?.id);
    if (term?.kind !== 'requirement') return [];
    return [
      {
        id: a.id,
        kind: RequirementKind.QUESTION,
        text: text(a.value),
        notEligibleWhenNo: term.code === 'eligibility_condition',
        path: `/attributes/${i}/value`,
      },
    ];
  });
  return [
    ...questions,
    ...documents.map((d, i) => ({
      id: d?.id,
      kind: RequirementKind.DOCUMENT,
      text: text(d?.document),
      notEligibleWhenNo: false,
      path: `/required_documents/${i}/document`,
    })),
  ];
}

const requirementValues = (r: ServiceRequirement): RequirementValues => ({ id: r.id, kind: r.kind, text: r.text, notEligibleWhenNo: r.notEligibleWhenNo });

/** The same list, questions before documents, each in its own order (a stable sort). */
const questionsFirst = (list: RequirementValues[]) =>
  [...list].sort((a, b) => Number(a.kind === RequirementKind.DOCUMENT) - Number(b.kind === RequirementKind.DOCUMENT));

/** The value of a Brug attribute (taxonomy term) on a record, or undefined. */
function fact(record: Json, kind: 'category' | 'targetGroup' | 'listing', code?: string): string[] {
  const attributes: Json[] = Array.isArray(record?.attributes) ? record.attributes : [];
  return attributes.flatMap((a) => {
    const term = termById(a?.taxonomy_term_id ?? a?.taxonomy_term?.id);
    if (!term || term.kind !== kind || (code && term.code !== code)) return [];
    return [kind === 'listing' ? text(a.value) : term.code];
  });
}

function tooLong(record: Json, fields: Record<string, number>): HsdsSchemaError[] {
  return Object.entries(fields).flatMap(([field, max]) =>
    typeof record?.[field] === 'string' && record[field].length > max ? [{ path: `/${field}`, message: `must be at most ${max} characters` }] : [],
  );
}

function address(location: Json): Json | undefined {
  return Array.isArray(location?.addresses) ? location.addresses[0] : undefined;
}

function locationRules(location: Json, orgId: string | null): HsdsSchemaError[] {
  const errors = tooLong(location, { name: NAME_MAX });
  const a = address(location);
  if (!a) errors.push({ path: '/addresses', message: 'Brug needs one address with at least city, state_province and country' });
  else {
    if (!(REGIONS as readonly string[]).includes(a.state_province))
      errors.push({ path: '/addresses/0/state_province', message: `must be an ISO 3166-2 region Brug knows (${REGIONS.join(', ')})` });
    else if (a.state_province.split('-')[0] !== a.country) errors.push({ path: '/addresses/0/state_province', message: 'must lie in the country' });
    if (!['BE', 'NL'].includes(a.country)) errors.push({ path: '/addresses/0/country', message: 'must be BE or NL' });
    errors.push(...tooLong(a, { address_1: NAME_MAX, city: NAME_MAX, postal_code: 20 }).map((e) => ({ ...e, path: `/addresses/0${e.path}` })));
  }
  if (location?.organization_id !== undefined && location.organization_id !== orgId)
    errors.push({ path: '/organization_id', message: 'must be the organization it is listed under' });
  const visibility = fact(location, 'listing', 'address_visibility');
  if (visibility.length && !(Object.values(AddressVisibility) as string[]).includes(visibility[0]))
    errors.push({ path: '/attributes', message: 'address_visibility must be PUBLIC, NETWORK or HIDDEN' });
  return errors;
}

function locationValues(location: Json, orgId: string): LocationValues {
  const a = address(location)!;
  const visibility = enumValue(AddressVisibility, fact(location, 'listing', 'address_visibility')[0]);
  return {
    organisationId: orgId,
    name: text(location.name) || text(a.city),
    city: text(a.city),
    region: a.state_province,
    country: a.country,
    ...(visibility ? { visibility } : {}),
    ...(text(a.address_1) ? { addressLine: a.address_1 } : {}),
    ...(text(a.postal_code) ? { postalCode: a.postal_code } : {}),
    ...(typeof location.latitude === 'number' ? { latitude: location.latitude } : {}),
    ...(typeof location.longitude === 'number' ? { longitude: location.longitude } : {}),
  };
}

/** The organisation's seat: Brug's attributes, or else its first location's address. */
function seat(org: Json, locations: Json[]): { city: string; country: string | undefined } {
  const first = address(locations[0]);
  return {
    city: fact(org, 'listing', 'organisation_city')[0] ?? text(first?.city),
    country: fact(org, 'listing', 'organisation_country')[0] ?? first?.country,
  };
}

function organizationRules(org: Json, locations: Json[]): HsdsSchemaError[] {
  if (!org || typeof org !== 'object') return [];
  const errors = tooLong(org, { name: NAME_MAX, alternate_name: NAME_MAX, description: TEXT_MAX, email: NAME_MAX, website: NAME_MAX });
  if (!['BE', 'NL'].includes(seat(org, locations).country ?? ''))
    errors.push({ path: '/attributes', message: "organisation_country (or the first location's country) must be BE or NL" });
  const phone = Array.isArray(org.phones) ? org.phones[0]?.number : undefined;
  if (typeof phone === 'string' && phone.length > 50) errors.push({ path: '/phones/0/number', message: 'must be at most 50 characters' });
  return errors;
}

function organizationValues(org: Json, locations: Json[]): OrgValues {
  const { city, country } = seat(org, locations);
  return {
    name: org.name,
    alternateName: optional(org.alternate_name),
    description: text(org.description),
    email: optional(org.email),
    phone: optional(Array.isArray(org.phones) ? org.phones[0]?.number : undefined),
    website: optional(org.website),
    city,
    country: country!,
  };
}

function serviceRules(service: Json, orgId: string | null): HsdsSchemaError[] {
  if (!service || typeof service !== 'object') return [];
  const errors = tooLong(service, {
    name: NAME_MAX,
    alternate_name: NAME_MAX,
    description: TEXT_MAX,
    url: NAME_MAX,
    eligibility_description: 2000,
    fees_description: 2000,
    application_process: 2000,
  });
  if (service.organization_id !== undefined && service.organization_id !== orgId)
    errors.push({ path: '/organization_id', message: 'must be the organization it is listed under' });
  (Array.isArray(service.languages) ? service.languages : []).forEach((l: Json, i: number) => {
    if (!(LANGUAGES as readonly string[]).includes(l?.code))
      errors.push({ path: `/languages/${i}/code`, message: `must be an ISO 639-1 code Brug knows (${LANGUAGES.join(', ')})` });
  });
  (Array.isArray(service.service_areas) ? service.service_areas : []).forEach((a: Json, i: number) => {
    if (!(REGIONS as readonly string[]).includes(a?.name))
      errors.push({ path: `/service_areas/${i}/name`, message: 'must be an ISO 3166-2 region or country Brug knows' });
  });
  const capacity = fact(service, 'listing', 'capacity_status')[0];
  if (capacity !== undefined && !(Object.values(CapacityStatus) as string[]).includes(capacity))
    errors.push({ path: '/attributes', message: 'capacity_status must be AVAILABLE, WAITLIST, FULL or NOT_ACCEPTING' });
  const waiting = fact(service, 'listing', 'waiting_days')[0];
  if (waiting !== undefined && !(/^\d+$/.test(waiting) && isWaitingDays(Number(waiting))))
    errors.push({ path: '/attributes', message: `waiting_days must be a whole number from 0 to ${MAX_WAITING_DAYS}` });
  const anonymous = fact(service, 'listing', 'anonymous_access')[0];
  if (anonymous !== undefined && !['true', 'false'].includes(anonymous))
    errors.push({ path: '/attributes', message: 'anonymous_access must be true or false' });
  if (typeof service.minimum_age === 'number' && typeof service.maximum_age === 'number' && service.minimum_age > service.maximum_age)
    errors.push({ path: '/maximum_age', message: 'must not be lower than minimum_age' });
  for (const age of ['minimum_age', 'maximum_age'])
    if (service[age] !== undefined && !Number.isInteger(service[age])) errors.push({ path: `/${age}`, message: 'must be a whole number' });
  if (service.assured_date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(service.assured_date))
    errors.push({ path: '/assured_date', message: 'must be a date (YYYY-MM-DD)' });
  const requirements = requirementsOf(service);
  if (requirements.length > REQUIREMENTS_MAX)
    errors.push({ path: '/required_documents', message: `at most ${REQUIREMENTS_MAX} requirements (documents and eligibility questions)` });
  requirements.forEach((r) => {
    if (!r.text.trim() || r.text.length > REQUIREMENT_TEXT_MAX)
      errors.push({ path: r.path, message: `must be a text of 1 to ${REQUIREMENT_TEXT_MAX} characters` });
    if (!r.id) errors.push({ path: r.path, message: 'needs an id' });
  });
  const contact = Array.isArray(service.contacts) ? service.contacts[0] : undefined;
  if (contact) errors.push(...tooLong(contact, { name: NAME_MAX, email: NAME_MAX }).map((e) => ({ ...e, path: `/contacts/0${e.path}` })));
  return errors;
}

function serviceValues(service: Json, orgId: string): ServiceValues {
  const contact: Json | undefined = Array.isArray(service.contacts) ? service.contacts[0] : undefined;
  const waiting = fact(service, 'listing', 'waiting_days')[0];
  const schedule: Json | undefined = Array.isArray(service.schedules) ? service.schedules[0] : undefined;
  return {
    organisationId: orgId,
    name: service.name,
    alternateName: optional(service.alternate_name),
    description: text(service.description),
    categories: enumValues(ServiceCategory, fact(service, 'category')),
    targetGroups: enumValues(TargetGroup, fact(service, 'targetGroup')),
    languages: (Array.isArray(service.languages) ? service.languages : []).map((l: Json) => l.code),
    serviceAreas: (Array.isArray(service.service_areas) ? service.service_areas : []).map((a: Json) => a.name),
    minimumAge: typeof service.minimum_age === 'number' ? service.minimum_age : null,
    maximumAge: typeof service.maximum_age === 'number' ? service.maximum_age : null,
    eligibility: text(service.eligibility_description),
    fees: text(service.fees_description),
    applicationProcess: text(service.application_process),
    anonymousAccess: fact(service, 'listing', 'anonymous_access')[0] === 'true',
    schedule: text(schedule?.description),
    contactName: optional(contact?.name),
    contactPhone: optional(Array.isArray(contact?.phones) ? contact.phones[0]?.number : undefined),
    contactEmail: optional(contact?.email),
    website: optional(service.url),
    capacityStatus: enumValue(CapacityStatus, fact(service, 'listing', 'capacity_status')[0]) ?? CapacityStatus.AVAILABLE,
    waitingDays: waiting !== undefined ? Number(waiting) : null,
    status: service.status === 'active' ? ListingStatus.ACTIVE : ListingStatus.ARCHIVED,
    assuredOn: typeof service.assured_date === 'string' ? service.assured_date : null,
    requirements: requirementsOf(service).map(({ path: _path, ...r }) => r),
    locationIds: [
      ...new Set<string>(
        (Array.isArray(service.service_at_locations) ? service.service_at_locations : [])
          .map((sal: Json) => sal.location_id ?? sal.location?.id)
          .filter(Boolean),
      ),
    ],
  };
}
