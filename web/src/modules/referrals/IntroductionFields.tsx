import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui';

/** ISO date-time to what a datetime-local input holds (local time), and back. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
export function fromLocalInput(value: string): string | null {
  return value ? new Date(value).toISOString() : null;
}

/** The planned first meeting (or "the client will call"): in the wizard and when accepting. */
export function IntroductionFields(props: {
  legend: string;
  willCall: boolean;
  setWillCall: (v: boolean) => void;
  plannedAt: string;
  setPlannedAt: (v: string) => void;
  place: string;
  setPlace: (v: string) => void;
  accompaniedBy: string;
  setAccompaniedBy: (v: string) => void;
  plannedAtError?: string;
}) {
  const { t } = useTranslation('referrals');
  const name = useId();
  return (
    <fieldset className="fieldset">
      <legend>{props.legend}</legend>
      <div className="checkbox-list">
        <label className="checkbox">
          <input type="radio" name={name} checked={!props.willCall} onChange={() => props.setWillCall(false)} />
          <span>{t('wizard.meeting')}</span>
        </label>
        <label className="checkbox">
          <input type="radio" name={name} checked={props.willCall} onChange={() => props.setWillCall(true)} />
          <span>{t('wizard.willCall')}</span>
        </label>
      </div>
      {!props.willCall ? (
        <div className="form-grid">
          <Field
            label={t('wizard.plannedAt')}
            type="datetime-local"
            value={props.plannedAt}
            onChange={(e) => props.setPlannedAt(e.target.value)}
            error={props.plannedAtError}
          />
          <Field label={t('wizard.place')} hint={t('wizard.placeHint')} value={props.place} onChange={(e) => props.setPlace(e.target.value)} />
          <Field
            label={t('wizard.accompaniedBy')}
            hint={t('wizard.accompaniedByHint')}
            value={props.accompaniedBy}
            onChange={(e) => props.setAccompaniedBy(e.target.value)}
          />
        </div>
      ) : null}
    </fieldset>
  );
}
