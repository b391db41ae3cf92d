import { useTranslation } from 'react-i18next';
import type { Scope } from '../../generated/graphql';
import { Checkbox, CheckboxGroup, Field, Select, TextArea } from '../../ui';
import { useClientLabels } from './labels';
import { FIELDS, LIFE_DOMAINS, RATINGS, type Draft } from './section-model';

/** The typed form fields of one section, controlled by `draft`. */
export function SectionFields({
  scope,
  draft,
  onChange,
  idPrefix,
  errorField,
}: {
  scope: Scope;
  draft: Draft;
  onChange: (next: Draft) => void;
  idPrefix: string;
  errorField?: string;
}) {
  const { t } = useTranslation('clients');
  const labels = useClientLabels();
  const set = (name: string, value: Draft[string]) => onChange({ ...draft, [name]: value });

  if (scope === 'LIFE_DOMAINS') {
    const ratingOptions = [{ value: '', label: t('section.choose') }, ...RATINGS.map((r) => ({ value: r, label: labels.rating(r) }))];
    return (
      <div className="life-domains-form">
        {LIFE_DOMAINS.map((domain) => (
          <fieldset key={domain} className="fieldset life-domain-row">
            <legend>{labels.lifeDomain(domain)}</legend>
            <Select
              label={t('field.rating')}
              aria-label={t('field.domainRating', { domain: labels.lifeDomain(domain) })}
              options={ratingOptions}
              value={draft[`rating.${domain}`] as string}
              onChange={(e) => set(`rating.${domain}`, e.target.value)}
            />
            <Field
              label={t('field.note')}
              aria-label={t('field.domainNote', { domain: labels.lifeDomain(domain) })}
              value={draft[`note.${domain}`] as string}
              onChange={(e) => set(`note.${domain}`, e.target.value)}
            />
          </fieldset>
        ))}
      </div>
    );
  }

  return (
    <div className="form-grid">
      {FIELDS[scope].map((spec) => {
        const id = `${idPrefix}-${spec.name}`;
        const label = labels.field(spec.name);
        const hint = spec.hint ? t(spec.hint) : undefined;
        const error = errorField === spec.name ? t('section.required') : undefined;
        const value = draft[spec.name];
        switch (spec.kind) {
          case 'text':
          case 'date':
            return (
              <Field
                key={spec.name}
                id={id}
                type={spec.kind}
                label={label}
                hint={hint}
                value={value as string}
                onChange={(e) => set(spec.name, e.target.value)}
              />
            );
          case 'textarea':
            return (
              <div key={spec.name} className="form-grid__wide">
                <TextArea
                  id={id}
                  label={label}
                  hint={hint}
                  error={error}
                  required={spec.required}
                  rows={3}
                  value={value as string}
                  onChange={(e) => set(spec.name, e.target.value)}
                />
              </div>
            );
          case 'select':
            return (
              <Select
                key={spec.name}
                id={id}
                label={label}
                hint={hint}
                options={[{ value: '', label: t('section.choose') }, ...labels.options(spec)]}
                value={value as string}
                onChange={(e) => set(spec.name, e.target.value)}
              />
            );
          case 'tri':
            return (
              <Select
                key={spec.name}
                id={id}
                label={label}
                options={[
                  { value: '', label: t('section.unknown') },
                  { value: 'yes', label: t('section.yes') },
                  { value: 'no', label: t('section.no') },
                ]}
                value={value as string}
                onChange={(e) => set(spec.name, e.target.value)}
              />
            );
          case 'check':
            return (
              <div key={spec.name} className="form-grid__wide">
                <Checkbox id={id} label={label} checked={value as boolean} onChange={(e) => set(spec.name, e.target.checked)} />
              </div>
            );
          case 'multi':
            return (
              <div key={spec.name} className="form-grid__wide">
                <CheckboxGroup legend={label} name={id} options={labels.options(spec)} value={value as string[]} onChange={(next) => set(spec.name, next)} />
              </div>
            );
        }
      })}
    </div>
  );
}
