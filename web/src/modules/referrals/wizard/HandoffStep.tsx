import { useTranslation } from 'react-i18next';
import { IntroductionFields } from '../IntroductionFields';
import type { WizardFields } from './state';
import type { StepProps } from './step';

/** Step 3: the warm handoff, a first meeting (when, where, who goes along) or "the client will call". */
export function HandoffStep({ state, dispatch }: StepProps) {
  const { t } = useTranslation('referrals');
  const edit = (changes: Partial<Omit<WizardFields, 'service'>>) => dispatch({ type: 'edit', changes });
  return (
    <>
      <p>{t('wizard.handoffIntro')}</p>
      <IntroductionFields
        legend={t('wizard.introduction')}
        willCall={state.willCall}
        // Either choice settles the "when" error.
        setWillCall={(willCall) => edit({ willCall, plannedAt: state.plannedAt })}
        plannedAt={state.plannedAt}
        setPlannedAt={(plannedAt) => edit({ plannedAt })}
        place={state.place}
        setPlace={(place) => edit({ place })}
        accompaniedBy={state.accompaniedBy}
        setAccompaniedBy={(accompaniedBy) => edit({ accompaniedBy })}
        plannedAtError={state.errors.plannedAt ? t('wizard.errors.plannedAt') : undefined}
      />
    </>
  );
}
