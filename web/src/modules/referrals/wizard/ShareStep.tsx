import { useTranslation } from 'react-i18next';
import { Field, useFormat } from '../../../ui';
import { useClientLabels } from '../../clients/labels';
import { SCOPES } from '../../clients/section-model';
import type { Receiver } from './receiver';
import { dateFromToday, METHODS } from './state';
import type { StepProps } from './step';

/** Step 4: the sections to share, and the client's consent recorded here when the receiver holds none. */
export function ShareStep({ state, dispatch, receiver }: StepProps & { receiver: Receiver }) {
  const { t } = useTranslation('referrals');
  const clientsT = useTranslation('clients').t;
  const clientLabels = useClientLabels();
  const format = useFormat();
  const { organisation, internal, liveConsent, needsConsent, mayRecordConsent } = receiver;
  const scopes = state.scopes;
  return (
    <>
      <p className="message consent-banner">{t('wizard.shareIntro')}</p>
      <fieldset className="fieldset">
        <legend>{t('wizard.shareLegend')}</legend>
        <ul className="scope-choices">
          {SCOPES.map((scope) => (
            <li key={scope}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  name="scopes"
                  value={scope}
                  checked={scopes.includes(scope)}
                  aria-describedby={`explain-${scope}`}
                  onChange={(e) => dispatch({ type: 'edit', changes: { scopes: e.target.checked ? [...scopes, scope] : scopes.filter((s) => s !== scope) } })}
                />
                <span>{clientLabels.scope(scope)}</span>
              </label>
              <p id={`explain-${scope}`} className="scope-choice__explain">
                {clientsT(`scopeExplain.${scope}`)}
              </p>
            </li>
          ))}
        </ul>
        {state.errors.scopes ? (
          <span className="field__error" role="alert">
            {t('wizard.errors.scopes')}
          </span>
        ) : null}
      </fieldset>
      {internal ? <p>{t('wizard.internal')}</p> : null}
      {liveConsent && organisation ? (
        <p className="message message--success">
          {t('wizard.consentHeld', {
            organisation: organisation.name,
            sections: clientLabels.scopes(liveConsent.scopes),
            date: format.date(liveConsent.validUntil),
          })}
        </p>
      ) : null}
      {needsConsent && organisation && !mayRecordConsent ? (
        <p className="message message--warning">{t('wizard.consentNotOwner', { organisation: organisation.name })}</p>
      ) : null}
      {needsConsent && organisation && mayRecordConsent ? (
        <fieldset className="fieldset">
          <legend>{t('wizard.recordConsent')}</legend>
          <p className="message message--warning">{t('wizard.consentNeeded', { organisation: organisation.name })}</p>
          <p>{t('wizard.consentScopes')}</p>
          <Field
            label={t('wizard.purpose')}
            hint={t('wizard.purposeHint')}
            value={state.purpose}
            onChange={(e) => dispatch({ type: 'edit', changes: { purpose: e.target.value } })}
            error={state.errors.purpose ? t('wizard.errors.purpose') : undefined}
          />
          <Field
            label={t('wizard.until')}
            type="date"
            min={dateFromToday(0)}
            max={dateFromToday(24)}
            value={state.until}
            onChange={(e) => dispatch({ type: 'edit', changes: { until: e.target.value } })}
            error={state.errors.until ? t('wizard.errors.until') : undefined}
          />
          <fieldset className="fieldset">
            <legend>{t('wizard.method')}</legend>
            <div className="checkbox-list">
              {METHODS.map((m) => (
                <label key={m} className="checkbox">
                  <input
                    type="radio"
                    name="method"
                    value={m}
                    checked={state.method === m}
                    onChange={() => dispatch({ type: 'edit', changes: { method: m } })}
                  />
                  <span>{clientsT(`sharing.methodLabel.${m}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </fieldset>
      ) : null}
    </>
  );
}
