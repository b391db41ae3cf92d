import { useTranslation } from 'react-i18next';
import { Checkbox, TextArea } from '../../../ui';
import { isNotEligible, requirementProblem } from '../../../../../shared/requirement-rules';
import { answerTo } from './state';
import type { StepProps } from './step';

/** Step 3 (only when the service asks something): its yes/no questions and the documents it needs. */
export function RequirementsStep({ state, dispatch }: StepProps) {
  const { t } = useTranslation('referrals');
  const requirements = state.service?.requirements ?? [];
  return (
    <>
      <p>{t('wizard.requirementsIntro', { service: state.service?.name ?? '' })}</p>
      <ol className="requirement-answers">
        {requirements.map((r, i) => {
          const a = answerTo(state, r);
          const set = (changes: Partial<typeof a>) => dispatch({ type: 'answer', requirementId: r.id, changes });
          const problem = state.errors.requirements ? requirementProblem(r, a) : null;
          const errorId = `requirement-${i}-error`;
          const warning = isNotEligible(r, a);
          return (
            <li key={r.id}>
              <fieldset className="fieldset" aria-describedby={problem === 'answer' || problem === 'provided' ? errorId : undefined}>
                <legend>{r.text}</legend>
                {r.kind === 'QUESTION' ? (
                  [true, false].map((value) => (
                    <label key={String(value)} className="checkbox">
                      <input type="radio" name={`requirement-${r.id}`} checked={a.answer === value} onChange={() => set({ answer: value })} />
                      <span>{value ? t('wizard.yes') : t('wizard.no')}</span>
                    </label>
                  ))
                ) : (
                  <Checkbox label={t('wizard.documentProvided')} checked={a.provided} onChange={(e) => set({ provided: e.target.checked })} />
                )}
                {problem === 'answer' || problem === 'provided' ? (
                  <span id={errorId} className="field__error" role="alert">
                    {t(problem === 'answer' ? 'wizard.errors.requirementAnswer' : 'wizard.errors.requirementProvided')}
                  </span>
                ) : null}
                {warning ? (
                  <p className="message message--warning" role="note">
                    {t('wizard.notEligibleWarning')}
                  </p>
                ) : null}
                <TextArea
                  label={warning ? t('wizard.notEligibleNote') : t('wizard.requirementNote')}
                  value={a.note}
                  maxLength={1000}
                  rows={2}
                  onChange={(e) => set({ note: e.target.value })}
                  error={problem === 'note' ? t('wizard.errors.notEligibleNote') : undefined}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
    </>
  );
}
