import type { Dispatch } from 'react';
import type { WizardAction, WizardState } from './state';

/** What every step component gets: the wizard's one state and its dispatch. */
export interface StepProps {
  state: WizardState;
  dispatch: Dispatch<WizardAction>;
}
