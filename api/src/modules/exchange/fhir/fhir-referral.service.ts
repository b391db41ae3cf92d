import type { Bundle, Consent as FhirConsent, HealthcareService, Organization, ServiceRequest, Task } from '@medplum/fhirtypes';
import { isConsentLive, Scope } from '../../../access';
import { notFound, unauthenticated, isUuid } from '../../../common';
import type { RequestContext } from '../../../context';
import { sectionByKey, sectionKey } from '../../clients';
import { type Consent, consentById, consentsByClient } from '../../consent';
import { visibleClient, serviceByIdForReferral, ReferralReads } from '../../referrals';
import { organisationById, ServiceMapService } from '../../service-map';
import { auditFhirRead } from './fhir-audit';
import {
  fhirConsent,
  fhirHealthcareService,
  fhirOrganization,
  fhirReferralBundle,
  fhirServiceRequest,
  fhirTask,
  PatientView,
  ReferralView,
} from './fhir-mapping';

/**
 * Referrals as FHIR R4 for signed-in API clients, under exactly GraphQL's rules: the referral is
 * read through ReferralReads (its sending and receiving organisations only; NOT_FOUND for
 * anyone else), the client through the clients module's loader (owner or live consent), the
 * sections through the section loader (only those the consent names), and every read of client
 * data is audited.
 */
export class FhirReferralService {
  constructor(private readonly ctx: RequestContext) {}

  async task(id: string): Promise<Task> {
    return fhirTask(await this.view(id, 'Task'));
  }

  async serviceRequest(id: string): Promise<ServiceRequest> {
    return fhirServiceRequest(await this.view(id, 'ServiceRequest'));
  }

  async bundle(id: string, baseUrl: string): Promise<Bundle> {
    const view = await this.view(id, 'Bundle');
    return fhirReferralBundle(view, view.client ? await this.patient(view, 'Bundle') : null, baseUrl, this.ctx.now);
  }

  /** A consent, only while the viewer may see its client (an ended consent opens nothing, not even itself). */
  async consent(id: string): Promise<FhirConsent> {
    this.signedIn();
    const consent = isUuid(id) ? await this.ctx.loader(consentById).load(id) : null;
    const client = consent ? await visibleClient(this.ctx, consent.clientId) : null;
    if (!consent || !client) throw notFound('Consent');
    await auditFhirRead(this.ctx, client.id, [], 'Consent');
    return fhirConsent(consent, this.ctx.now);
  }

  async organization(id: string): Promise<Organization> {
    this.signedIn();
    const org = isUuid(id) ? await this.ctx.loader(organisationById).load(id) : null;
    if (!org) throw notFound('Organization');
    return fhirOrganization(org);
  }

  async healthcareService(id: string): Promise<HealthcareService> {
    this.signedIn();
    return fhirHealthcareService(await new ServiceMapService(this.ctx).get(id));
  }

  private signedIn(): void {
    if (!this.ctx.viewer) throw unauthenticated();
  }

  private async view(id: string, resource: string): Promise<ReferralView> {
    this.signedIn();
    const referral = await new ReferralReads(this.ctx).get(id);
    const client = await visibleClient(this.ctx, referral.clientId);
    const organisations = this.ctx.loader(organisationById);
    const service = (await this.ctx.loader(serviceByIdForReferral).load(referral.serviceId))!;
    const [sender, receiver, serviceOrganisation] = await Promise.all([
      organisations.load(referral.senderOrganisationId),
      organisations.load(referral.receivingOrganisationId),
      organisations.load(service.organisationId),
    ]);
    const consent = client ? await this.receiverConsent(referral.clientId, referral.receivingOrganisationId) : null;
    // The pseudonym, reason, wishes, introduction and notes are client data: audited like Referral.client.
    if (client) await auditFhirRead(this.ctx, client.id, [], resource);
    return { referral, client, consent, service, sender: sender!, receiver: receiver!, serviceOrganisation: serviceOrganisation! };
  }

  /** The receiving organisation's consent for the client, the newest the viewer may read (the live one when there is one). */
  private async receiverConsent(clientId: string, receivingOrganisationId: string): Promise<Consent | null> {
    const consents = (await this.ctx.loader(consentsByClient).load(clientId)).filter((c) => c.granteeOrganisationId === receivingOrganisationId);
    const now = this.ctx.now;
    return consents.find((c) => isConsentLive(c, now)) ?? consents.at(0) ?? null;
  }

  private async patient(view: ReferralView, resource: string): Promise<PatientView> {
    const client = view.client!;
    const sections = this.ctx.loader(sectionByKey);
    const [identity, profile] = await Promise.all([sections.load(sectionKey(client.id, Scope.IDENTITY)), sections.load(sectionKey(client.id, Scope.PROFILE))]);
    const returned = [identity ? Scope.IDENTITY : null, profile ? Scope.PROFILE : null].filter((s): s is Scope => !!s);
    await auditFhirRead(this.ctx, client.id, returned, resource);
    return { client, identity: identity?.data as PatientView['identity'], profile: profile?.data as PatientView['profile'] };
  }
}
