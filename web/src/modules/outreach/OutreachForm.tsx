import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachFormListsQuery, OutreachSessionInput, OutreachTopic, ServiceCategory } from '../../generated/graphql';
import { Button, CheckboxGroup, Field, Select, TextArea, useFormat } from '../../ui';
import { CATEGORIES, SERVICE_LANGUAGES } from '../service-map/taxonomy';
import { HARM_REDUCTION_THEMES, LIFE_DOMAINS, useTopicLabels } from './labels';
import { toInput, type FormErrors, type FormState } from './model';
import './outreach.css';

/**
 * The outreach form, built for a phone and a minute: place, time and the two contact counts
 * first (the place and the last two hours are filled in), then what was handed out, and the
 * rest folded away. Only numbers, choices and what was seen: no field for a name.
 */
export function OutreachForm({
  lists,
  initial,
  submitLabel,
  busy,
  onSubmit,
  children,
}: {
  lists: OutreachFormListsQuery;
  initial: FormState;
  submitLabel: string;
  busy?: boolean;
  /** Resolves true when the form may start over (a new entry), false to keep what was typed. */
  onSubmit: (input: OutreachSessionInput) => Promise<boolean>;
  children?: ReactNode;
}) {
  const { t } = useTranslation('outreach');
  const mapT = useTranslation('serviceMap').t;
  const topics = useTopicLabels();
  const format = useFormat();
  const [form, setForm] = useState<FormState>(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  const error = (key: keyof FormErrors) => (errors[key] ? t(errors[key]) : undefined);
  const topicsChosen = form.topics.length;

  return (
    <form
      className="outreach-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const { input, errors: found } = toInput(form);
        setErrors(found);
        if (!input) return;
        void onSubmit(input).then((startOver) => {
          if (startOver) setForm({ ...initial, placeId: form.placeId, date: form.date, from: form.from, until: form.until });
        });
      }}
    >
      <p className="message message--warning">{t('form.noName')}</p>
      <Select
        label={t('form.place')}
        name="placeId"
        value={form.placeId}
        error={error('placeId')}
        onChange={(e) => set('placeId', e.target.value)}
        options={[
          ...(form.placeId ? [] : [{ value: '', label: '—' }]),
          ...lists.outreachPlaces.map((p) => ({ value: p.id, label: `${p.name} (${t(`kind.${p.kind}`)})` })),
        ]}
      />
      <div className="outreach-form__when">
        <Field label={t('form.date')} name="date" type="date" value={form.date} error={error('span')} onChange={(e) => set('date', e.target.value)} />
        <Field label={t('form.from')} name="from" type="time" step={900} value={form.from} onChange={(e) => set('from', e.target.value)} />
        <Field
          label={t('form.until')}
          name="until"
          type="time"
          step={900}
          value={form.until}
          hint={t('form.untilHint')}
          onChange={(e) => set('until', e.target.value)}
        />
      </div>
      <div className="outreach-form__counts">
        <Count
          label={t('form.contactsTotal')}
          name="contactsTotal"
          value={form.contactsTotal}
          error={error('contactsTotal')}
          onChange={(v) => set('contactsTotal', v)}
        />
        <Count label={t('form.contactsNew')} name="contactsNew" value={form.contactsNew} error={error('contactsNew')} onChange={(v) => set('contactsNew', v)} />
      </div>

      {lists.outreachMaterialKinds.length ? (
        <fieldset className="fieldset">
          <legend>{t('form.materials')}</legend>
          <div className="outreach-form__counts">
            {lists.outreachMaterialKinds.map((kind) => (
              <Count
                key={kind.id}
                label={kind.name}
                name={`material-${kind.id}`}
                value={form.materials[kind.id] ?? ''}
                onChange={(v) => set('materials', { ...form.materials, [kind.id]: v })}
              />
            ))}
          </div>
        </fieldset>
      ) : null}

      <details className="outreach-form__more">
        <summary>
          {t('form.topics')} {topicsChosen ? <span className="outreach-form__chosen">({t('form.chosen', { count: topicsChosen })})</span> : null}
        </summary>
        <CheckboxGroup
          legend={t('form.themes')}
          name="topics"
          options={HARM_REDUCTION_THEMES.map((v) => ({ value: v, label: t(`theme.${v}`) }))}
          value={form.topics}
          onChange={(next) => set('topics', next as OutreachTopic[])}
        />
        <CheckboxGroup
          legend={t('form.lifeDomains')}
          name="topics"
          options={LIFE_DOMAINS.map((v) => ({ value: v, label: topics.lifeDomain(v) }))}
          value={form.topics}
          onChange={(next) => set('topics', next as OutreachTopic[])}
        />
      </details>

      <details className="outreach-form__more">
        <summary>
          {t('form.languages')}{' '}
          {form.languages.length ? <span className="outreach-form__chosen">({form.languages.map(format.language).join(', ')})</span> : null}
        </summary>
        <CheckboxGroup
          legend={t('form.languages')}
          name="languages"
          options={SERVICE_LANGUAGES.map((code) => ({ value: code, label: format.language(code) }))}
          value={form.languages}
          onChange={(next) => set('languages', next)}
        />
      </details>

      <details className="outreach-form__more">
        <summary>{t('form.team')}</summary>
        {lists.outreachColleagues.length ? (
          <CheckboxGroup
            legend={t('form.colleagues')}
            name="colleagueIds"
            options={lists.outreachColleagues.map((c) => ({ value: c.id, label: c.displayName }))}
            value={form.colleagueIds}
            onChange={(next) => set('colleagueIds', next)}
          />
        ) : null}
        <div className="outreach-form__counts">
          <Count label={t('form.peerWorkers')} name="peerWorkers" value={form.peerWorkers} onChange={(v) => set('peerWorkers', v)} />
          <Count label={t('form.experienceExperts')} name="experienceExperts" value={form.experienceExperts} onChange={(v) => set('experienceExperts', v)} />
        </div>
      </details>

      <details className="outreach-form__more">
        <summary>{t('form.referrals')}</summary>
        <div className="outreach-form__counts">
          {CATEGORIES.map((category: ServiceCategory) => (
            <Count
              key={category}
              label={mapT(`category.${category}`)}
              name={`referral-${category}`}
              value={form.referrals[category] ?? ''}
              onChange={(v) => set('referrals', { ...form.referrals, [category]: v })}
            />
          ))}
        </div>
      </details>

      <TextArea
        label={t('form.signals')}
        hint={t('form.signalsHint')}
        name="signals"
        rows={3}
        maxLength={2000}
        value={form.signals}
        onChange={(e) => set('signals', e.target.value)}
      />
      {errors.counts ? (
        <p className="field__error" role="alert">
          {t(errors.counts)}
        </p>
      ) : null}
      {children}
      <div className="form-actions">
        <Button type="submit" disabled={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

/** A count: the phone's number pad, nothing but digits. */
function Count({ label, name, value, error, onChange }: { label: string; name: string; value: string; error?: string; onChange: (value: string) => void }) {
  return (
    <Field
      label={label}
      name={name}
      type="text"
      inputMode="numeric"
      pattern="[0-9]*"
      autoComplete="off"
      value={value}
      error={error}
      onChange={(e) => onChange(e.target.value.replace(/[^0-9]/g, ''))}
    />
  );
}
