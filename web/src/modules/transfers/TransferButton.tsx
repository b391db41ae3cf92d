import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentMethod, Scope } from '../../generated/graphql';
import { Button, Checkbox, CheckboxGroup, Dialog, ErrorMessage, Select, SuccessMessage, TextArea } from '../../ui';
import { ConsentOrganisationsQuery } from '../clients/clients.graphql';
import type { ClientSummary } from '../clients/client-page-slots';
import { useClientLabels } from '../clients/labels';
import { SCOPES } from '../clients/section-model';
import { useSession } from '../identity/session';
import { ProposeTransferMutation } from './transfers.graphql';

const METHODS = ['VERBAL', 'WRITTEN', 'APP'] as const satisfies readonly ConsentMethod[];

/** The client page's "Hand the case over" (owner): to whom, the client's agreement, what the former owner keeps. */
export function TransferButton({ client }: { client: ClientSummary }) {
  const { t } = useTranslation('transfers');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('button')}
      </Button>
      <Dialog open={open} title={t('title')} onClose={() => setOpen(false)}>
        {open ? <TransferForm clientId={client.id} /> : null}
      </Dialog>
    </>
  );
}

function TransferForm({ clientId }: { clientId: string }) {
  const { t } = useTranslation('transfers');
  const labels = useClientLabels();
  const { viewer } = useSession();
  const orgs = useQuery(ConsentOrganisationsQuery, { variables: { first: 100 } });
  const [propose, { data, loading, error }] = useMutation(ProposeTransferMutation);
  const [organisationId, setOrganisationId] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [method, setMethod] = useState<ConsentMethod>('VERBAL');
  const [keep, setKeep] = useState<Scope[]>([]);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ organisation?: string; agreed?: string }>({});
  const ownId = viewer?.activeOrganisation?.id;
  const options = (orgs.data?.organisations.nodes ?? [])
    .filter((o) => o.id !== ownId)
    .map((o) => ({ value: o.id, label: o.city ? `${o.name} (${o.city})` : o.name }));
  if (data) return <SuccessMessage>{t('proposed', { organisation: data.proposeTransfer.toOrganisation.name })}</SuccessMessage>;

  function submit(e: SubmitEvent) {
    e.preventDefault();
    const next = { organisation: organisationId ? undefined : t('choose'), agreed: agreed ? undefined : t('agreedRequired') };
    setErrors(next);
    if (next.organisation || next.agreed) return;
    void propose({
      variables: { input: { clientId, toOrganisationId: organisationId, agreement: { agreed, method }, formerOwnerScopes: keep, note: note.trim() || null } },
    }).catch(() => undefined);
  }

  return (
    <form onSubmit={submit} noValidate>
      <p>{t('explain')}</p>
      <Select
        label={t('organisation')}
        value={organisationId}
        error={errors.organisation}
        onChange={(e) => setOrganisationId(e.target.value)}
        options={[{ value: '', label: t('choose') }, ...options]}
      />
      <Checkbox label={t('agreed')} checked={agreed} onChange={(e) => setAgreed(e.target.checked)} />
      {errors.agreed ? (
        <p className="field__error" role="alert">
          {errors.agreed}
        </p>
      ) : null}
      <Select
        label={t('method')}
        value={method}
        onChange={(e) => setMethod(e.target.value as ConsentMethod)}
        options={METHODS.map((m) => ({ value: m, label: t(`methods.${m}`) }))}
      />
      <CheckboxGroup
        legend={t('keep')}
        name="keep"
        value={keep}
        onChange={(next) => setKeep(next as Scope[])}
        options={SCOPES.map((s) => ({ value: s, label: labels.scope(s) }))}
      />
      <p className="field__hint">{t('keepHint')}</p>
      <TextArea label={t('note')} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      <ErrorMessage error={error} />
      <div className="form-actions">
        <Button type="submit" disabled={loading}>
          {t('propose')}
        </Button>
      </div>
    </form>
  );
}
