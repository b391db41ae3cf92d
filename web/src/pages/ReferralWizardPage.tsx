import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ReferralQuery } from '../modules/referrals/referrals.graphql';
import { ClientPicker } from '../modules/referrals/wizard/ClientPicker';
import { Wizard } from '../modules/referrals/wizard/Wizard';
import { ErrorMessage, Loading } from '../ui';

/** A draft saved in this visit, and what the wizard that saved it was opened with. */
interface Created {
  draftId: string;
  clientId: string;
  serviceId: string | null;
}

/**
 * /referrals/new?client=…&service=…&draft=…: the wizard, or first a client to refer. The first
 * "save as draft" puts `?draft=` in the address (so a reload or a link continues it) while the
 * same wizard stays on screen with everything typed, on the same step.
 */
export function ReferralWizardPage() {
  const [params, setParams] = useSearchParams();
  const draftId = params.get('draft');
  const clientId = params.get('client');
  const serviceId = params.get('service');
  const [created, setCreated] = useState<Created | null>(null);
  // Same element type and key before and after the address changes: React keeps the wizard.
  if (created && draftId === created.draftId)
    return <Wizard key={`new:${created.clientId}`} clientId={created.clientId} initialServiceId={created.serviceId} />;
  if (draftId) return <DraftWizard key={draftId} draftId={draftId} />;
  if (!clientId) return <ClientPicker serviceId={serviceId} />;
  return (
    <Wizard
      key={`new:${clientId}`}
      clientId={clientId}
      initialServiceId={serviceId}
      onDraftCreated={(id) => {
        setCreated({ draftId: id, clientId, serviceId });
        setParams({ draft: id }, { replace: true });
      }}
    />
  );
}

/** A draft continued from the Sent list (or a reload): loaded once, then the wizard from it. */
function DraftWizard({ draftId }: { draftId: string }) {
  const draft = useQuery(ReferralQuery, { variables: { id: draftId }, fetchPolicy: 'network-only' });
  const referral = draft.data?.referral;
  if (!referral)
    return draft.loading ? (
      <Loading />
    ) : (
      <div className="page">
        <ErrorMessage error={draft.error} />
      </div>
    );
  if (!referral.client)
    return (
      <div className="page">
        <ErrorMessage error={draft.error} />
      </div>
    );
  return <Wizard clientId={referral.client.id} draft={referral} />;
}
