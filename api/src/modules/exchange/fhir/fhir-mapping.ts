import type {
  Bundle,
  CodeableConcept,
  Consent as FhirConsent,
  HealthcareService,
  Organization,
  Patient,
  Reference,
  Resource,
  ServiceRequest,
  Task,
} from '@medplum/fhirtypes';
import { consentState, Scope } from '../../../access';
import type { Client } from '../../clients';
import type { Consent } from '../../consent';
import { ReferralStatus, ReferralUrgency, type Referral } from '../../referrals';
import { ListingStatus, type Organisation, type Service } from '../../service-map';

/**
 * A referral and its consent as FHIR R4, following the closed-loop referral pattern of the HL7
 * SDOH Clinical Care guide (Task for the workflow, ServiceRequest for what is asked). Brug's own
 * codes use the `urn:brug:fhir:*` systems below. What concerns the client (the Patient, the
 * reason, wishes, introduction and notes) is only put in when the viewer may see the client.
 */
export const SYSTEM = {
  section: 'urn:brug:fhir:client-section',
  status: 'urn:brug:fhir:referral-status',
  declineReason: 'urn:brug:fhir:decline-reason',
  cancelReason: 'urn:brug:fhir:cancel-reason',
  outcome: 'urn:brug:fhir:referral-outcome',
  category: 'urn:brug:fhir:service-category',
} as const;

/** Brug status -> FHIR Task.status (the mapping: the closed-loop referral states). */
export const TASK_STATUS: Record<ReferralStatus, Task['status']> = {
  DRAFT: 'draft',
  SENT: 'requested',
  ACCEPTED: 'accepted',
  DECLINED: 'rejected',
  CANCELLED: 'cancelled',
  COMPLETED: 'completed',
  EXPIRED: 'failed',
};

/** Brug status -> ServiceRequest.status: the request is live while it is being answered or worked on. */
export const SERVICE_REQUEST_STATUS: Record<ReferralStatus, ServiceRequest['status']> = {
  DRAFT: 'draft',
  SENT: 'active',
  ACCEPTED: 'active',
  DECLINED: 'revoked',
  CANCELLED: 'revoked',
  COMPLETED: 'completed',
  EXPIRED: 'revoked',
};

export const PRIORITY: Record<ReferralUrgency, ServiceRequest['priority']> = { ROUTINE: 'routine', SOON: 'urgent', URGENT: 'asap' };

/** What one FHIR view of a referral may hold; `client` and what depends on it are null when the viewer may not see the client. */
export interface ReferralView {
  referral: Referral;
  client: Client | null;
  consent: Consent | null;
  service: Service;
  sender: Organisation;
  receiver: Organisation;
  serviceOrganisation: Organisation;
}

export interface PatientView {
  client: Client;
  identity?: { legalName?: string | null; dateOfBirth?: string | null; nationalNumber?: string | null };
  profile?: { languages?: string[] };
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : undefined);
// A reference names its target type in its string, so it fits every Reference<T>.
const ref = (type: string, id: string, display?: string): Reference<any> => ({ reference: `${type}/${id}`, ...(display ? { display } : {}) });
const code = (system: string, value: string, text?: string): CodeableConcept => ({ coding: [{ system, code: value }], ...(text ? { text } : {}) });
const NOT_SHARED: Reference = { display: 'Client not shared with your organisation' };

function clean<T extends object>(resource: T): T {
  return JSON.parse(JSON.stringify(resource, (_k, v) => (v === null || v === '' || (Array.isArray(v) && v.length === 0) ? undefined : v)));
}

export function fhirTask(view: ReferralView): Task {
  const { referral: r, client } = view;
  const shown = !!client;
  const statusReason =
    r.status === ReferralStatus.DECLINED && r.declineReason
      ? code(SYSTEM.declineReason, r.declineReason, shown ? (r.declineNote ?? undefined) : undefined)
      : r.status === ReferralStatus.CANCELLED && r.cancelReason
        ? code(SYSTEM.cancelReason, r.cancelReason, shown ? (r.cancelNote ?? undefined) : undefined)
        : r.status === ReferralStatus.EXPIRED
          ? { text: 'No answer before the due date' }
          : undefined;
  const finished = [ReferralStatus.DECLINED, ReferralStatus.CANCELLED, ReferralStatus.COMPLETED, ReferralStatus.EXPIRED].includes(r.status);
  return clean<Task>({
    resourceType: 'Task',
    id: r.id,
    meta: { lastUpdated: iso(r.updatedAt) },
    status: TASK_STATUS[r.status],
    statusReason,
    businessStatus: code(SYSTEM.status, r.status),
    intent: 'order',
    priority: PRIORITY[r.urgency],
    code: { coding: [{ system: 'http://hl7.org/fhir/CodeSystem/task-code', code: 'fulfill', display: 'Fulfill the focal request' }] },
    focus: ref('ServiceRequest', r.id),
    for: client ? ref('Patient', client.id) : undefined,
    authoredOn: iso(r.createdAt),
    lastModified: iso(r.updatedAt),
    requester: ref('Organization', r.senderOrganisationId, view.sender.name),
    owner: ref('Organization', r.receivingOrganisationId, view.receiver.name),
    executionPeriod: r.sentAt ? { start: iso(r.sentAt), end: finished ? iso(r.statusChangedAt) : undefined } : undefined,
    restriction: r.dueAt ? { period: { end: iso(r.dueAt) } } : undefined,
    output:
      r.status === ReferralStatus.COMPLETED && r.outcome
        ? [
            {
              type: { text: 'Outcome of the referral' },
              valueCodeableConcept: code(SYSTEM.outcome, r.outcome, shown ? (r.outcomeNote ?? undefined) : undefined),
            },
          ]
        : undefined,
  });
}

export function fhirServiceRequest(view: ReferralView): ServiceRequest {
  const { referral: r, client, consent, service } = view;
  const intro = client ? introduction(r) : undefined;
  return clean<ServiceRequest>({
    resourceType: 'ServiceRequest',
    id: r.id,
    meta: { lastUpdated: iso(r.updatedAt) },
    status: SERVICE_REQUEST_STATUS[r.status],
    intent: 'order',
    priority: PRIORITY[r.urgency],
    category: service.categories.map((c) => code(SYSTEM.category, c)),
    code: { text: service.name },
    subject: client ? ref('Patient', client.id, client.pseudonym) : NOT_SHARED,
    authoredOn: iso(r.sentAt ?? r.createdAt),
    occurrenceDateTime: client ? iso(r.introPlannedAt) : undefined,
    requester: ref('Organization', r.senderOrganisationId, view.sender.name),
    performer: [ref('HealthcareService', service.id, service.name), ref('Organization', r.receivingOrganisationId, view.receiver.name)],
    reasonCode: client && r.reason ? [{ text: r.reason }] : undefined,
    supportingInfo: consent ? [ref('Consent', consent.id)] : undefined,
    note: client ? [r.clientWishes ? { text: `What the client wants: ${r.clientWishes}` } : null, intro ? { text: intro } : null].filter(Boolean) : undefined,
  } as ServiceRequest);
}

function introduction(r: Referral): string | undefined {
  if (r.introClientWillCall) return 'First meeting: the client will call.';
  const parts = [
    r.introPlannedAt ? `on ${r.introPlannedAt.toISOString()}` : '',
    r.introPlace ? `at ${r.introPlace}` : '',
    r.introAccompaniedBy ? `accompanied by ${r.introAccompaniedBy}` : '',
  ].filter(Boolean);
  return parts.length ? `First meeting ${parts.join(', ')}.` : undefined;
}

/** FHIR's Consent.status for where the consent stands (the one rule, access/live-consent.ts). */
const FHIR_STATUS = { LIVE: 'active', SCHEDULED: 'proposed', REVOKED: 'inactive', EXPIRED: 'inactive' } as const;

export function fhirConsent(consent: Consent, now: Date): FhirConsent {
  const ended = consent.revokedAt && consent.revokedAt < consent.validUntil ? consent.revokedAt : consent.validUntil;
  return clean<FhirConsent>({
    resourceType: 'Consent',
    id: consent.id,
    status: FHIR_STATUS[consentState(consent, now)],
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy', display: 'Privacy Consent' }] },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
    patient: ref('Patient', consent.clientId),
    dateTime: iso(consent.recordedAt),
    organization: [ref('Organization', consent.ownerOrganisationId)],
    policyRule: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTIN', display: 'opt-in' }] },
    provision: {
      type: 'permit',
      period: { start: iso(consent.validFrom), end: iso(ended) },
      actor: [
        {
          role: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP', display: 'information recipient' }] },
          reference: ref('Organization', consent.granteeOrganisationId),
        },
      ],
      action: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentaction', code: 'access', display: 'Access' }] }],
      // The Brug sections (consent scopes) are the data classes the organisation may see.
      class: consent.scopes.map((scope) => ({ system: SYSTEM.section, code: scope })),
    },
  });
}

/** The client as the consent allows: the pseudonym, and the legal identity only when IDENTITY is shared. */
export function fhirPatient({ client, identity, profile }: PatientView): Patient {
  return clean<Patient>({
    resourceType: 'Patient',
    id: client.id,
    identifier: identity?.nationalNumber ? [{ type: { text: 'National register or BSN number' }, value: identity.nationalNumber }] : undefined,
    name: [{ use: 'anonymous', text: client.pseudonym }, identity?.legalName ? { use: 'official', text: identity.legalName } : null].filter(Boolean),
    birthDate: identity?.dateOfBirth ?? undefined,
    communication: profile?.languages?.map((language) => ({ language: { coding: [{ system: 'urn:ietf:bcp:47', code: language }] } })),
    managingOrganization: ref('Organization', client.ownerOrganisationId),
  } as Patient);
}

export function fhirOrganization(org: Organisation): Organization {
  return clean<Organization>({
    resourceType: 'Organization',
    id: org.id,
    active: org.status === ListingStatus.ACTIVE,
    name: org.name,
    alias: org.alternateName ? [org.alternateName] : undefined,
    telecom: [
      org.phone ? { system: 'phone', value: org.phone } : null,
      org.email ? { system: 'email', value: org.email } : null,
      org.website ? { system: 'url', value: org.website } : null,
    ].filter(Boolean),
    address: [{ city: org.city, country: org.country }],
  } as Organization);
}

export function fhirHealthcareService(service: Service): HealthcareService {
  return clean<HealthcareService>({
    resourceType: 'HealthcareService',
    id: service.id,
    active: service.status === ListingStatus.ACTIVE,
    providedBy: ref('Organization', service.organisationId),
    category: service.categories.map((c) => code(SYSTEM.category, c)),
    name: service.name,
    comment: service.description,
    telecom: [
      service.contactPhone ? { system: 'phone', value: service.contactPhone } : null,
      service.contactEmail ? { system: 'email', value: service.contactEmail } : null,
    ].filter(Boolean),
    communication: service.languages.map((language) => ({ coding: [{ system: 'urn:ietf:bcp:47', code: language }] })),
    eligibility: service.eligibility ? [{ comment: service.eligibility }] : undefined,
    program: undefined,
  } as HealthcareService);
}

/** The referral as one Bundle (type collection): Task, ServiceRequest, and what they refer to that the viewer may see. */
export function fhirReferralBundle(view: ReferralView, patient: PatientView | null, baseUrl: string, now: Date): Bundle {
  const resources: Resource[] = [
    fhirTask(view),
    fhirServiceRequest(view),
    ...(view.consent ? [fhirConsent(view.consent, now)] : []),
    ...(patient ? [fhirPatient(patient)] : []),
    ...uniqueById([view.sender, view.receiver, view.serviceOrganisation]).map(fhirOrganization),
    fhirHealthcareService(view.service),
  ];
  return {
    resourceType: 'Bundle',
    id: view.referral.id,
    type: 'collection',
    timestamp: now.toISOString(),
    entry: resources.map((resource) => ({ fullUrl: `${baseUrl}/${resource.resourceType}/${resource.id}`, resource })),
  };
}

function uniqueById<T extends { id: string }>(rows: T[]): T[] {
  return [...new Map(rows.map((r) => [r.id, r])).values()];
}

/** The sections a Patient resource draws on. */
export const PATIENT_SCOPES = [Scope.IDENTITY, Scope.PROFILE] as const;
