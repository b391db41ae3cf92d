import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useReducer, useRef, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { ReferralDetailFieldsFragment } from '../../../generated/graphql';
import { Button, ErrorMessage, Loading, Page, SuccessMessage } from '../../../ui';
import { newIdempotencyKey } from '../labels';
import { CreateReferralMutation, SendReferralMutation, UpdateReferralDraftMutation, WizardClientQuery, WizardServiceQuery } from '../referrals.graphql';
import { HandoffStep } from './HandoffStep';
import { ReasonStep } from './ReasonStep';
import { receiverOf } from './receiver';
import { ReviewStep } from './ReviewStep';
import { ServiceStep } from './ServiceStep';
import { ShareStep } from './ShareStep';
import { RequirementsStep } from './RequirementsStep';
import { consentInput, initialState, referralFields, stepsOf, validateStep, wizardReducer, type Step, type WizardState } from './state';
import '../../clients/clients.css';
import '../referrals.css';

export interface WizardProps {
  clientId: string;
  /** The service the address names (?service=), chosen already. */
  initialServiceId?: string | null;
  /** The draft to continue (?draft=). */
  draft?: ReferralDetailFieldsFragment;
  /** Called once when the first "save as draft" created the draft (the page puts it in the address). */
  onDraftCreated?: (id: string) => void;
}

/**
 * The referral wizard: one state (wizardReducer) shown by one component per step. It keeps its
 * state for as long as it is mounted: the page keeps it mounted when a first save names the
 * new draft in the address bar.
 */
export function Wizard({ clientId, initialServiceId, draft, onDraftCreated }: WizardProps) {
  const { t } = useTranslation('referrals');
  const navigate = useNavigate();
  const serviceId = draft?.service.id ?? initialServiceId ?? null;
  const clientQuery = useQuery(WizardClientQuery, { variables: { id: clientId } });
  const initialService = useQuery(WizardServiceQuery, serviceId ? { variables: { id: serviceId } } : skipToken);
  const [state, dispatch] = useReducer(wizardReducer, { draft, serviceChosen: !!initialServiceId }, initialState);
  // One key per submission: a double click or a retry never creates or sends twice.
  const keys = useRef({ create: newIdempotencyKey(), send: newIdempotencyKey() });
  const heading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);

  const [create, createState] = useMutation(CreateReferralMutation);
  const [update, updateState] = useMutation(UpdateReferralDraftMutation);
  const [send, sendState] = useMutation(SendReferralMutation);
  const busy = createState.loading || updateState.loading || sendState.loading;
  const mutationError = sendState.error ?? createState.error ?? updateState.error;

  const loadedService = initialService.data?.service;
  useEffect(() => {
    if (loadedService) dispatch({ type: 'serviceLoaded', service: loadedService });
  }, [loadedService]);
  useEffect(() => {
    // Each new step starts screen readers and keyboards at its heading.
    if (firstStep.current) firstStep.current = false;
    else heading.current?.focus();
  }, [state.step]);

  const client = clientQuery.data?.client;
  if (!client)
    return clientQuery.loading ? (
      <Loading />
    ) : (
      <div className="page">
        <ErrorMessage error={clientQuery.error} />
      </div>
    );
  const receiver = receiverOf(client, state);
  const context = { needsConsent: receiver.needsConsent };

  /** Saves the draft (creating it the first time); returns its id. */
  async function saveDraft(s: WizardState): Promise<string | null> {
    if (!s.service) {
      dispatch({ type: 'go', to: 'service', context });
      return null;
    }
    const fields = referralFields(s);
    if (s.draftId) {
      const result = await update({ variables: { id: s.draftId, input: { ...fields, serviceId: s.service.id } } }).catch(() => null);
      return result?.data ? s.draftId : null;
    }
    const result = await create({
      variables: { idempotencyKey: keys.current.create, input: { clientId, serviceId: s.service.id, ...fields, send: false } },
    }).catch(() => null);
    const id = result?.data?.createReferral.id ?? null;
    if (id) onDraftCreated?.(id);
    return id;
  }

  async function submit(e: SyntheticEvent) {
    e.preventDefault();
    const incomplete = stepsOf(state).some((step) => Object.keys(validateStep(state, step, context)).length > 0);
    if (incomplete) {
      dispatch({ type: 'checkAll', context });
      return;
    }
    const consent = consentInput(state, context);
    if (state.draftId) {
      const id = await saveDraft(state);
      if (!id) return;
      const result = await send({ variables: { id, consent, idempotencyKey: keys.current.send } }).catch(() => null);
      if (result?.data) void navigate(`/referrals/${id}`);
      return;
    }
    const result = await create({
      variables: {
        idempotencyKey: keys.current.send,
        input: { clientId, serviceId: state.service!.id, ...referralFields(state), send: true, ...(consent ? { consent } : {}) },
      },
    }).catch(() => null);
    if (result?.data) void navigate(`/referrals/${result.data.createReferral.id}`);
  }

  const steps = stepsOf(state);
  const index = steps.indexOf(state.step);
  const go = (to: Step) => dispatch({ type: 'go', to, context });
  const step = state.step;
  return (
    <Page title={t('wizard.titleFor', { client: client.pseudonym })}>
      <nav aria-label={t('wizard.steps')}>
        <ol className="wizard-steps">
          {steps.map((s) => (
            <li key={s} aria-current={s === step ? 'step' : undefined}>
              {t(`wizard.step.${s}`)}
            </li>
          ))}
        </ol>
      </nav>
      <form onSubmit={submit} noValidate className="panel">
        <h2 ref={heading} tabIndex={-1}>
          <span className="visually-hidden">{t('wizard.stepOf', { n: index + 1, total: steps.length })}: </span>
          {t(`wizard.step.${step}`)}
        </h2>
        {step === 'service' ? <ServiceStep state={state} dispatch={dispatch} /> : null}
        {step === 'reason' ? <ReasonStep state={state} dispatch={dispatch} onChangeService={() => go('service')} /> : null}
        {step === 'requirements' ? <RequirementsStep state={state} dispatch={dispatch} /> : null}
        {step === 'handoff' ? <HandoffStep state={state} dispatch={dispatch} /> : null}
        {step === 'share' ? <ShareStep state={state} dispatch={dispatch} receiver={receiver} /> : null}
        {step === 'review' ? <ReviewStep state={state} clientPseudonym={client.pseudonym} receiver={receiver} /> : null}
        <ErrorMessage error={mutationError} />
        {state.saved ? <SuccessMessage>{t('wizard.draftSaved')}</SuccessMessage> : null}
        <div className="wizard-nav">
          <div>
            {index > 0 ? (
              <Button variant="secondary" onClick={() => go(steps[index - 1])}>
                {t('wizard.back')}
              </Button>
            ) : null}
          </div>
          <div className="wizard-nav__right">
            <Button
              variant="secondary"
              disabled={busy}
              onClick={async () => {
                const id = await saveDraft(state);
                if (id) dispatch({ type: 'draftSaved', draftId: id });
              }}
            >
              {t('wizard.saveDraft')}
            </Button>
            {step !== 'review' ? (
              // Distinct keys: React must not turn the clicked "Next" into the submit button
              // in the middle of the click (the browser would then send the form at once).
              <Button key="next" onClick={() => go(steps[index + 1])}>
                {t('wizard.next')}
              </Button>
            ) : (
              <Button key="send" type="submit" disabled={busy || (receiver.needsConsent && !receiver.mayRecordConsent)}>
                {busy ? t('wizard.sending') : t('wizard.send')}
              </Button>
            )}
          </div>
        </div>
      </form>
    </Page>
  );
}
