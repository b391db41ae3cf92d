import { useTranslation } from 'react-i18next';
import { Button, TextArea } from '../../../ui';
import { URGENCIES } from '../labels';
import type { StepProps } from './step';

/** Step 2: why, what the client wants, how urgent. */
export function ReasonStep({ state, dispatch, onChangeService }: StepProps & { onChangeService: () => void }) {
  const { t } = useTranslation('referrals');
  const service = state.service;
  return (
    <>
      {service ? (
        <p>
          {t('wizard.chosenService', { service: service.name, organisation: service.organisation.name })}{' '}
          <Button variant="secondary" small onClick={onChangeService}>
            {t('wizard.changeService')}
          </Button>
        </p>
      ) : null}
      <TextArea
        label={t('wizard.reason')}
        hint={t('wizard.reasonHint')}
        value={state.reason}
        onChange={(e) => dispatch({ type: 'edit', changes: { reason: e.target.value } })}
        error={state.errors.reason ? t('wizard.errors.reason') : undefined}
        rows={3}
      />
      <TextArea
        label={t('wizard.wishes')}
        hint={t('wizard.wishesHint')}
        value={state.wishes}
        onChange={(e) => dispatch({ type: 'edit', changes: { wishes: e.target.value } })}
        rows={3}
      />
      <fieldset className="fieldset">
        <legend>{t('wizard.urgency')}</legend>
        {URGENCIES.map((u) => (
          <label key={u} className="checkbox">
            <input type="radio" name="urgency" value={u} checked={state.urgency === u} onChange={() => dispatch({ type: 'edit', changes: { urgency: u } })} />
            <span>
              <strong>{t(`urgency.${u}`)}</strong> — {t(`urgencyExplain.${u}`)}
            </span>
          </label>
        ))}
      </fieldset>
    </>
  );
}
