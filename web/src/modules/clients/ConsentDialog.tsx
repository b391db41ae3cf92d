import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentFieldsFragment, ConsentMethod, Scope } from '../../generated/graphql';
import { Button, Dialog, ErrorMessage, Field, Select } from '../../ui';
import { ClientConsentsQuery, ClientSignedFormsQuery, ConsentOrganisationsQuery, RecordConsentMutation } from './clients.graphql';
import { useClientLabels } from './labels';
import { SCOPES } from './section-model';

const METHODS = ['VERBAL', 'WRITTEN', 'APP'] as const satisfies readonly ConsentMethod[];

/** YYYY-MM-DD of today plus some months, in local time (what a date input holds). */
function monthsFromToday(months: number): string {
  const d = new Date();
  d.setMonth(d.getMonth() + months);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

interface Errors {
  organisation?: string;
  scopes?: string;
  purpose?: string;
  until?: string;
}

/** "Share with an organisation": who, which sections (each explained), why, until when, how. */
/** `ownOrganisationId`: the client's own organisation (it sees the whole record already, so it is not offered). */
export function ConsentDialog({
  open,
  clientId,
  ownOrganisationId,
  consents,
  onClose,
  onRecorded,
}: {
  open: boolean;
  clientId: string;
  ownOrganisationId: string;
  consents: ConsentFieldsFragment[];
  onClose: () => void;
  onRecorded: (c: ConsentFieldsFragment) => void;
}) {
  const { t } = useTranslation('clients');
  return (
    <Dialog open={open} title={t('sharing.dialogTitle')} onClose={onClose}>
      {open ? <ConsentForm clientId={clientId} ownOrganisationId={ownOrganisationId} consents={consents} onRecorded={onRecorded} /> : null}
    </Dialog>
  );
}

function ConsentForm({
  clientId,
  ownOrganisationId,
  consents,
  onRecorded,
}: {
  clientId: string;
  ownOrganisationId: string;
  consents: ConsentFieldsFragment[];
  onRecorded: (c: ConsentFieldsFragment) => void;
}) {
  const { t } = useTranslation('clients');
  const labels = useClientLabels();
  const ids = useId();
  const orgs = useQuery(ConsentOrganisationsQuery, { variables: { first: 100 } });
  const [record, { loading, error }] = useMutation(RecordConsentMutation, {
    refetchQueries: [{ query: ClientConsentsQuery, variables: { id: clientId } }],
    awaitRefetchQueries: true,
  });
  const [organisationId, setOrganisationId] = useState('');
  const [scopes, setScopes] = useState<Scope[]>([]);
  const [purpose, setPurpose] = useState('');
  const [until, setUntil] = useState(() => monthsFromToday(12));
  const [method, setMethod] = useState<ConsentMethod>('VERBAL');
  // A WRITTEN consent can point to its signed form, attached on the Documents tab first.
  const documents = useQuery(ClientSignedFormsQuery, method === 'WRITTEN' ? { variables: { id: clientId } } : skipToken);
  const forms = (documents.data?.client.documents ?? []).filter((d) => d.kind === 'SIGNED_CONSENT_FORM');
  const [signedForm, setSignedForm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const min = monthsFromToday(0);
  const max = monthsFromToday(24);

  const ownId = ownOrganisationId;
  const options = (orgs.data?.organisations.nodes ?? [])
    .filter((o) => o.id !== ownId)
    .map((o) => ({ value: o.id, label: o.city ? `${o.name} (${o.city})` : o.name }));
  const replaces = consents.some((c) => c.granteeOrganisation.id === organisationId && (c.status === 'LIVE' || c.status === 'SCHEDULED'));

  async function submit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const next: Errors = {
      organisation: organisationId ? undefined : t('sharing.chooseOrganisation'),
      scopes: scopes.length ? undefined : t('sharing.chooseSections'),
      purpose: purpose.trim() ? undefined : t('sharing.purposeRequired'),
      until: until && until >= min && until <= max ? undefined : t('sharing.untilInvalid'),
    };
    setErrors(next);
    if (Object.values(next).some(Boolean)) return;
    // The end of the chosen day, capped at the API's 24 months.
    const end = new Date(`${until}T23:59:59`);
    const cap = new Date();
    cap.setMonth(cap.getMonth() + 24);
    const validUntil = (end > cap ? cap : end).toISOString();
    const signedFormDocumentId = method === 'WRITTEN' && signedForm ? signedForm : null;
    const result = await record({
      variables: { input: { clientId, granteeOrganisationId: organisationId, scopes, purpose: purpose.trim(), method, validUntil, signedFormDocumentId } },
    }).catch(() => null);
    if (result?.data) onRecorded(result.data.recordConsent);
  }

  return (
    <form onSubmit={submit} noValidate className="consent-form">
      <p>{t('sharing.dialogIntro')}</p>
      <Select
        label={t('sharing.organisationPick')}
        options={[{ value: '', label: t('section.choose') }, ...options]}
        value={organisationId}
        onChange={(e) => setOrganisationId(e.target.value)}
        error={errors.organisation}
      />
      {replaces ? <p className="message message--warning">{t('sharing.replaces')}</p> : null}
      <fieldset className="fieldset" aria-describedby={errors.scopes ? `${ids}-scopes-error` : undefined}>
        <legend>{t('sharing.sectionsLegend')}</legend>
        <ul className="scope-choices">
          {SCOPES.map((scope) => (
            <li key={scope}>
              <label className="checkbox scope-choice">
                <input
                  type="checkbox"
                  name="scopes"
                  value={scope}
                  checked={scopes.includes(scope)}
                  aria-describedby={`${ids}-${scope}`}
                  onChange={(e) => setScopes(e.target.checked ? [...scopes, scope] : scopes.filter((s) => s !== scope))}
                />
                <span>{labels.scope(scope)}</span>
              </label>
              <p id={`${ids}-${scope}`} className="scope-choice__explain">
                {t(`scopeExplain.${scope}`)}
              </p>
            </li>
          ))}
        </ul>
        {errors.scopes ? (
          <span id={`${ids}-scopes-error`} className="field__error" role="alert">
            {errors.scopes}
          </span>
        ) : null}
      </fieldset>
      <Field label={t('sharing.purpose')} hint={t('sharing.purposeHint')} value={purpose} onChange={(e) => setPurpose(e.target.value)} error={errors.purpose} />
      <Field
        label={t('sharing.until')}
        hint={t('sharing.untilHint')}
        type="date"
        min={min}
        max={max}
        value={until}
        onChange={(e) => setUntil(e.target.value)}
        error={errors.until}
      />
      <fieldset className="fieldset">
        <legend>{t('sharing.methodLegend')}</legend>
        <div className="checkbox-list">
          {METHODS.map((m) => (
            <label key={m} className="checkbox">
              <input type="radio" name="method" value={m} checked={method === m} onChange={() => setMethod(m)} />
              <span>{t(`sharing.methodLabel.${m}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {method === 'WRITTEN' && forms.length ? (
        <Select
          label={t('sharing.signedForm')}
          value={signedForm}
          onChange={(e) => setSignedForm(e.target.value)}
          options={[{ value: '', label: t('sharing.noSignedForm') }, ...forms.map((d) => ({ value: d.id, label: d.title ?? d.id }))]}
        />
      ) : null}
      <ErrorMessage error={error} />
      <div className="form-actions">
        <Button type="submit" disabled={loading}>
          {t('sharing.submit')}
        </Button>
      </div>
    </form>
  );
}
