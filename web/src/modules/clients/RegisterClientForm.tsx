import { useMutation } from '@apollo/client/react';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { CreateClientInput, Scope } from '../../generated/graphql';
import { Button, ErrorMessage, Field } from '../../ui';
import { CreateClientMutation } from './clients.graphql';
import { useClientLabels } from './labels';
import { SectionFields } from './SectionFields';
import { SCOPES, SECTION_FIELD, emptyDraft, inputFrom, missingRequired, type Draft } from './section-model';
import './clients.css';

/** A pseudonym is all it takes; sections only when the client is ready to give them. */
export function RegisterClientForm() {
  const { t } = useTranslation('clients');
  const labels = useClientLabels();
  const navigate = useNavigate();
  const prefix = useId();
  const [pseudonym, setPseudonym] = useState('');
  const [pseudonymError, setPseudonymError] = useState<string>();
  const [open, setOpen] = useState<Scope[]>([]);
  const [drafts, setDrafts] = useState<Partial<Record<Scope, Draft>>>({});
  const [missing, setMissing] = useState<{ scope: Scope; field: string }>();
  const [create, { loading, error }] = useMutation(CreateClientMutation, { refetchQueries: ['ClientList'] });

  function toggle(scope: Scope, on: boolean) {
    setOpen(on ? [...open, scope] : open.filter((s) => s !== scope));
    if (on && !drafts[scope]) setDrafts({ ...drafts, [scope]: emptyDraft(scope) });
  }

  async function submit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const name = pseudonym.trim();
    setPseudonymError(name ? undefined : t('register.pseudonymRequired'));
    const gap = open.map((scope) => ({ scope, field: missingRequired(scope, drafts[scope]!) })).find((g) => g.field);
    setMissing(gap?.field ? { scope: gap.scope, field: gap.field } : undefined);
    if (!name || gap) return;
    const input: CreateClientInput = { pseudonym: name };
    for (const scope of open) (input as Record<string, unknown>)[SECTION_FIELD[scope]] = inputFrom(scope, drafts[scope]!);
    const result = await create({ variables: { input } }).catch(() => null);
    if (result?.data) void navigate(`/clients/${result.data.createClient.id}`);
  }

  return (
    <form onSubmit={submit} noValidate className="register-form">
      <p className="register-form__intro">{t('register.intro')}</p>
      <Field
        label={t('register.pseudonym')}
        hint={t('register.pseudonymHint')}
        name="pseudonym"
        autoComplete="off"
        required
        value={pseudonym}
        onChange={(e) => setPseudonym(e.target.value)}
        error={pseudonymError}
      />
      <fieldset className="fieldset">
        <legend>{t('register.optional')}</legend>
        <p className="field__hint">{t('register.optionalHint')}</p>
        {SCOPES.map((scope) => (
          <div key={scope} className="register-section">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={open.includes(scope)}
                onChange={(e) => toggle(scope, e.target.checked)}
                aria-describedby={`${prefix}-${scope}-explain`}
              />
              <span>{labels.scope(scope)}</span>
            </label>
            <p id={`${prefix}-${scope}-explain`} className="scope-choice__explain">
              {t(`scopeExplain.${scope}`)}
            </p>
            {open.includes(scope) ? (
              <fieldset className="fieldset register-section__fields">
                <legend>{labels.scope(scope)}</legend>
                <SectionFields
                  scope={scope}
                  draft={drafts[scope]!}
                  onChange={(next) => setDrafts((d) => ({ ...d, [scope]: next }))}
                  idPrefix={`${prefix}-${scope}`}
                  errorField={missing?.scope === scope ? missing.field : undefined}
                />
              </fieldset>
            ) : null}
          </div>
        ))}
      </fieldset>
      <ErrorMessage error={error} />
      <div className="form-actions">
        <Button type="submit" disabled={loading}>
          {loading ? t('register.saving') : t('register.submit')}
        </Button>
      </div>
    </form>
  );
}
