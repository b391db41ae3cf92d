import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import organizationListSchema from './schemas/organization_list.json';
import serviceListSchema from './schemas/service_list.json';
import serviceSchema from './schemas/service_with_definitions.json';

/** The HSDS objects Brug reads and writes, each checked against the official 3.0 schema. */
export type HsdsSchemaName = 'organization' | 'service' | 'location' | 'taxonomy' | 'taxonomy_term' | 'service_list' | 'organization_list';

const SERVICE_ID = 'https://openreferral.org/hsds/3.0/service_with_definitions.json';

let compiled: Map<HsdsSchemaName, ValidateFunction> | undefined;

function validators(): Map<HsdsSchemaName, ValidateFunction> {
  if (compiled) return compiled;
  // The HSDS schemas carry Frictionless Data keywords (constraints, core, example...): not strict.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...(serviceSchema as object), $id: SERVICE_ID });
  const definition = (name: string) => ajv.compile({ $ref: `${SERVICE_ID}#/definitions/${name}` });
  compiled = new Map<HsdsSchemaName, ValidateFunction>([
    ['service', ajv.getSchema(SERVICE_ID)!],
    ['organization', definition('organization')],
    ['location', definition('location')],
    ['taxonomy', definition('taxonomy')],
    ['taxonomy_term', definition('taxonomy_term')],
    ['service_list', ajv.compile(serviceListSchema as object)],
    ['organization_list', ajv.compile(organizationListSchema as object)],
  ]);
  return compiled;
}

export interface HsdsSchemaError {
  /** JSON Pointer into the record, e.g. `/phones/0/number`. */
  path: string;
  message: string;
}

/** The schema errors of one record (empty when it is valid HSDS 3.0). */
export function hsdsErrors(schema: HsdsSchemaName, record: unknown): HsdsSchemaError[] {
  const validate = validators().get(schema)!;
  if (validate(record)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => ({
    path: e.instancePath || '/',
    message: e.keyword === 'additionalProperties' ? `${e.message}: ${String(e.params.additionalProperty)}` : (e.message ?? 'is not valid'),
  }));
}

/**
 * An organization as Brug exchanges it (fully nested, as `/organizations/{id}?full_service=true`
 * answers): the organization and each of its services against their schemas.
 */
export function hsdsOrganizationErrors(record: unknown): HsdsSchemaError[] {
  const errors = hsdsErrors('organization', record);
  const services = (record as { services?: unknown } | null)?.services;
  if (services !== undefined && !Array.isArray(services)) errors.push({ path: '/services', message: 'must be array' });
  if (Array.isArray(services)) {
    services.forEach((service, i) =>
      errors.push(...hsdsErrors('service', service).map((e) => ({ ...e, path: `/services/${i}${e.path === '/' ? '' : e.path}` }))),
    );
  }
  return errors;
}
