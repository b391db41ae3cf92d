import type { WizardClientQuery } from '../../../generated/graphql';
import type { WizardState } from './state';

type WizardClient = WizardClientQuery['client'];

/** Who receives the referral, and whether the client's consent must be recorded with it. */
export interface Receiver {
  organisation: { id: string; name: string } | undefined;
  /** The client's own organisation: nothing to consent to. */
  internal: boolean;
  liveConsent: WizardClient['consents'][number] | undefined;
  needsConsent: boolean;
  /** Only the client's own organisation records the client's consent. */
  mayRecordConsent: boolean;
}

export function receiverOf(client: WizardClient, state: WizardState): Receiver {
  const organisation = state.service?.organisation;
  const internal = !!organisation && organisation.id === client.ownerOrganisation.id;
  const liveConsent = organisation ? client.consents.find((c) => c.granteeOrganisation.id === organisation.id && c.status === 'LIVE') : undefined;
  return { organisation, internal, liveConsent, needsConsent: !!organisation && !internal && !liveConsent, mayRecordConsent: client.viewerIsOwner };
}
