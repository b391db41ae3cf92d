import { ListingStatus } from '../../service-map/taxonomy';
import type { Location } from '../../service-map/location.entity';
import type { Organisation } from '../../service-map/organisation.entity';
import type { Service } from '../../service-map/service.entity';
import { RequirementKind, type ServiceRequirement } from '../../service-map/service-requirement.entity';
import { derivedId } from '../ids';
import { hsdsTerm, type ListingTerm, type TaxonomyKind } from './hsds-taxonomy';

/**
 * Brug's service map as HSDS 3.0 objects (README, "Open exchange"). Empty optional values are
 * left out rather than sent as null (HSDS types them as strings), and every id HSDS needs for
 * a record Brug keeps inside another (phone, contact, schedule, language, area, attribute) is
 * derived from its owner's id, so the same map always gives the same document.
 */
export type HsdsRecord = Record<string, unknown>;

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** Leaves out null, undefined and empty strings. */
function compact(record: HsdsRecord): HsdsRecord {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined && v !== ''));
}

function attribute(linkEntity: string, linkId: string, kind: TaxonomyKind, code: string, value?: string, linkType?: string): HsdsRecord {
  const term = hsdsTerm(kind, code);
  return compact({
    id: derivedId('attribute', linkId, term.id),
    link_id: linkId,
    link_entity: linkEntity,
    link_type: linkType,
    taxonomy_term_id: term.id,
    taxonomy_term: term,
    value,
  });
}

const listingFact = (linkEntity: string, linkId: string, term: ListingTerm, value: string) => attribute(linkEntity, linkId, 'listing', term, value);

const phone = (owner: string, number: string | null, link: HsdsRecord) => (number ? [compact({ id: derivedId('phone', owner), ...link, number })] : undefined);

/** The organization's own fields (HSDS organization, without its services). */
export function hsdsOrganization(org: Organisation, locations: Location[]): HsdsRecord {
  return compact({
    id: org.id,
    name: org.name,
    alternate_name: org.alternateName,
    description: org.description,
    email: org.email,
    website: org.website,
    phones: phone(org.id, org.phone, { organization_id: org.id }),
    locations: locations.map(hsdsLocation),
    attributes: [
      org.city ? listingFact('organization', org.id, 'organisation_city', org.city) : undefined,
      listingFact('organization', org.id, 'organisation_country', org.country),
    ].filter(Boolean),
  });
}

/**
 * A location and its one address. The street, postal code and coordinates are those the
 * loader let through for this viewer (`Location.addressShown`): a withheld street is an empty
 * `address_1`, never the real one, and an import reads an empty street as "not given".
 */
export function hsdsLocation(location: Location): HsdsRecord {
  const shown = location.addressShown === true;
  return compact({
    id: location.id,
    location_type: 'physical',
    organization_id: location.organisationId,
    name: location.name,
    latitude: shown ? (location.latitude ?? undefined) : undefined,
    longitude: shown ? (location.longitude ?? undefined) : undefined,
    addresses: [
      {
        id: derivedId('address', location.id),
        location_id: location.id,
        address_1: shown ? location.addressLine : '',
        city: location.city,
        state_province: location.region,
        postal_code: shown ? location.postalCode : '',
        country: location.country,
        address_type: 'physical',
      },
    ],
    attributes: [listingFact('location', location.id, 'address_visibility', location.visibility)],
  });
}

/** The one-to-one fields of a service (HSDS service_list). */
export function hsdsServiceSummary(service: Service): HsdsRecord {
  return compact({
    id: service.id,
    organization_id: service.organisationId,
    name: service.name,
    alternate_name: service.alternateName,
    description: service.description,
    url: service.website,
    status: service.status === ListingStatus.ACTIVE ? 'active' : 'inactive',
    application_process: service.applicationProcess,
    fees_description: service.fees,
    eligibility_description: service.eligibility,
    minimum_age: service.minimumAge,
    maximum_age: service.maximumAge,
    assured_date: service.lastConfirmedAt.toISOString().slice(0, 10),
  });
}

/**
 * A requirement's yes/no question as an HSDS attribute (link_type 'eligibility', HSDS 3 has no
 * eligibility table): the value is the question, the term says whether 'no' means not eligible.
 * Its id is the requirement's own, so two questions never share one.
 */
function eligibilityQuestion(serviceId: string, q: ServiceRequirement): HsdsRecord {
  const term = hsdsTerm('requirement', q.notEligibleWhenNo ? 'eligibility_condition' : 'eligibility_question');
  return { id: q.id, link_id: serviceId, link_entity: 'service', link_type: 'eligibility', taxonomy_term_id: term.id, taxonomy_term: term, value: q.text };
}

/** A fully nested service (HSDS service), with its organization when given. */
export function hsdsService(service: Service, locations: Location[], organization?: HsdsRecord, requirements: ServiceRequirement[] = []): HsdsRecord {
  const id = service.id;
  const contactId = derivedId('contact', id);
  const hasContact = service.contactName || service.contactEmail || service.contactPhone;
  return compact({
    ...hsdsServiceSummary(service),
    organization,
    schedules: service.schedule ? [{ id: derivedId('schedule', id), service_id: id, description: service.schedule }] : undefined,
    languages: service.languages.map((code) => ({ id: derivedId('language', id, code), service_id: id, code, name: languageNames.of(code) ?? code })),
    service_areas: service.serviceAreas.map((area) => ({ id: derivedId('service_area', id, area), service_id: id, name: area, extent_type: 'ISO 3166-2' })),
    contacts: hasContact
      ? [
          compact({
            id: contactId,
            service_id: id,
            name: service.contactName,
            email: service.contactEmail,
            phones: phone(contactId, service.contactPhone, { contact_id: contactId }),
          }),
        ]
      : undefined,
    service_at_locations: locations.map((location) => ({
      id: derivedId('service_at_location', id, location.id),
      service_id: id,
      location_id: location.id,
      location: hsdsLocation(location),
    })),
    required_documents: requirements.filter((r) => r.kind === RequirementKind.DOCUMENT).map((r) => ({ id: r.id, service_id: id, document: r.text })),
    attributes: [
      ...service.categories.map((code) => attribute('service', id, 'category', code, undefined, 'service_type')),
      ...service.targetGroups.map((code) => attribute('service', id, 'targetGroup', code, undefined, 'audience')),
      listingFact('service', id, 'capacity_status', service.capacityStatus),
      service.waitingDays != null ? listingFact('service', id, 'waiting_days', String(service.waitingDays)) : undefined,
      listingFact('service', id, 'anonymous_access', String(service.anonymousAccess)),
      ...requirements.filter((r) => r.kind === RequirementKind.QUESTION).map((q) => eligibilityQuestion(id, q)),
    ].filter(Boolean),
  });
}
