import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import organizationList from '../../../api/src/modules/exchange/hsds/schemas/organization_list.json';
import serviceList from '../../../api/src/modules/exchange/hsds/schemas/service_list.json';
import serviceSchema from '../../../api/src/modules/exchange/hsds/schemas/service_with_definitions.json';
import { hashPassword } from '../../../api/src/modules/identity/password';
import type { TestApi } from '../../support/test-api';

/** The official HSDS 3.0 schemas (vendored copies), compiled by Ajv on their own, apart from the API's code. */
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...serviceSchema, $id: 'hsds-service' });
const validators: Record<string, ValidateFunction> = {
  service: ajv.getSchema('hsds-service')!,
  organization: ajv.compile({ $ref: 'hsds-service#/definitions/organization' }),
  taxonomy: ajv.compile({ $ref: 'hsds-service#/definitions/taxonomy' }),
  service_list: ajv.compile(serviceList),
  organization_list: ajv.compile(organizationList),
};

/** The schema errors of a record ([] when valid), with the record's id so a failure says which. */
export function schemaErrors(schema: keyof typeof validators, record: any): string[] {
  const validate = validators[schema];
  const own = validate(record) ? [] : (validate.errors ?? []).map((e) => `${schema} ${record?.id}: ${e.instancePath} ${e.message}`);
  const nested = schema === 'organization' && Array.isArray(record?.services) ? record.services.flatMap((s: any) => schemaErrors('service', s)) : [];
  return [...own, ...nested];
}

export interface RestAnswer {
  status: number;
  type: string | null;
  body: any;
}

export async function rest(
  api: TestApi,
  path: string,
  options: { token?: string; method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<RestAnswer> {
  const response = await fetch(`${api.url}${path}`, {
    method: options.method ?? (options.body !== undefined ? 'POST' : 'GET'),
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    body: options.body !== undefined ? (typeof options.body === 'string' ? options.body : JSON.stringify(options.body)) : undefined,
  });
  const raw = await response.text();
  let body: any = raw;
  try {
    body = JSON.parse(raw);
  } catch {
    // Not JSON: the test will say so.
  }
  return { status: response.status, type: response.headers.get('content-type'), body };
}

export async function tokenOf(api: TestApi, email: string): Promise<string> {
  return (await api.as(email)).token!;
}

function valuesOf(document: unknown, field: string): string[] {
  const found: string[] = [];
  JSON.stringify(document, (key, value) => {
    if (key === field && value) found.push(value);
    return value;
  });
  return found;
}

/** Every street anywhere in an HSDS document. */
export const streetsIn = (document: unknown) => valuesOf(document, 'address_1');
export const postalCodesIn = (document: unknown) => valuesOf(document, 'postal_code');

/** A coordinator in a network without any data (they enrol in two-factor sign-in on first use). */
export async function addCoordinator(api: TestApi, email = 'keeper@brug.test'): Promise<string> {
  await api.dataSource.query(`INSERT INTO users (email, display_name, password_hash, network_role) VALUES ($1, 'Kaart Beheerder', $2, 'COORDINATOR')`, [
    email,
    await hashPassword('brug-demo-2026'),
  ]);
  return email;
}
