import { useTranslation } from 'react-i18next';
import type { RequirementKind } from '../../generated/graphql';
import { Button, Checkbox, Field } from '../../ui';

/** One requirement as the form edits it; `id` is kept for those the service already had. */
export interface RequirementDraft {
  key: string;
  id: string | null;
  kind: RequirementKind;
  text: string;
  notEligibleWhenNo: boolean;
}

let counter = 0;
export const newRequirement = (kind: RequirementKind): RequirementDraft => ({ key: `new-${++counter}`, id: null, kind, text: '', notEligibleWhenNo: false });

/** What the service asks of every referral, in order: yes/no questions and documents. */
export function RequirementsEditor({
  value,
  onChange,
  showErrors,
}: {
  value: RequirementDraft[];
  onChange: (next: RequirementDraft[]) => void;
  showErrors: boolean;
}) {
  const { t } = useTranslation('serviceMap');
  const change = (i: number, changes: Partial<RequirementDraft>) => onChange(value.map((r, j) => (j === i ? { ...r, ...changes } : r)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...value];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    onChange(next);
  };
  return (
    <fieldset className="fieldset">
      <legend>{t('requirements.legend')}</legend>
      <p className="field__hint">{t('requirements.hint')}</p>
      {value.length ? (
        <ol className="requirements-editor">
          {value.map((r, i) => (
            <li key={r.key}>
              <Field
                label={t(r.kind === 'QUESTION' ? 'requirements.question' : 'requirements.document', { n: i + 1 })}
                hint={r.kind === 'QUESTION' ? t('requirements.questionHint') : t('requirements.documentHint')}
                value={r.text}
                maxLength={500}
                onChange={(e) => change(i, { text: e.target.value })}
                error={showErrors && !r.text.trim() ? t('requirements.textRequired') : undefined}
              />
              {r.kind === 'QUESTION' ? (
                <Checkbox
                  label={t('requirements.notEligibleWhenNo')}
                  checked={r.notEligibleWhenNo}
                  onChange={(e) => change(i, { notEligibleWhenNo: e.target.checked })}
                />
              ) : null}
              <div className="form-actions">
                <Button variant="secondary" small disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('requirements.upLabel', { n: i + 1 })}>
                  {t('requirements.up')}
                </Button>
                <Button
                  variant="secondary"
                  small
                  disabled={i === value.length - 1}
                  onClick={() => move(i, 1)}
                  aria-label={t('requirements.downLabel', { n: i + 1 })}
                >
                  {t('requirements.down')}
                </Button>
                <Button
                  variant="secondary"
                  small
                  onClick={() => onChange(value.filter((_, j) => j !== i))}
                  aria-label={t('requirements.removeLabel', { n: i + 1 })}
                >
                  {t('requirements.remove')}
                </Button>
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('requirements.none')}</p>
      )}
      <div className="form-actions">
        <Button variant="secondary" onClick={() => onChange([...value, newRequirement('QUESTION')])}>
          {t('requirements.addQuestion')}
        </Button>
        <Button variant="secondary" onClick={() => onChange([...value, newRequirement('DOCUMENT')])}>
          {t('requirements.addDocument')}
        </Button>
      </div>
    </fieldset>
  );
}
