import type { ConsentMethod, ReferralDetailFieldsFragment, ReferralUrgency, Scope, ServiceCardFieldsFragment } from '../../../generated/graphql';
import { fromLocalInput, toLocalInput } from '../IntroductionFields';
import { requirementProblem } from '../../../../../shared/requirement-rules';

/**
 * The referral wizard's one state and its reducer. Each step is a component that shows part of
 * this state and dispatches changes; the state lives as long as the wizard, so saving a draft
 * (which gives the wizard an id and the address bar `?draft=`) keeps every step as it was typed.
 */
export const STEPS = ['service', 'reason', 'requirements', 'handoff', 'share', 'review'] as const;
export type Step = (typeof STEPS)[number];

/** The steps this referral goes through: the service's requirements only when it has some. */
export function stepsOf(state: Pick<WizardFields, 'service'>): Step[] {
  return STEPS.filter((s) => s !== 'requirements' || !!state.service?.requirements.length);
}

/** What the worker answered to one requirement of the service. */
export interface RequirementAnswerDraft {
  answer: boolean | null;
  provided: boolean;
  note: string;
}
type Requirement = ServiceCardFieldsFragment['requirements'][number];

/** The answer to `r` so far (unanswered when none). */
export const answerTo = (s: Pick<WizardFields, 'answers'>, r: Pick<Requirement, 'id'>): RequirementAnswerDraft =>
  s.answers[r.id] ?? { answer: null, provided: false, note: '' };

export const METHODS = ['VERBAL', 'WRITTEN', 'APP'] as const satisfies readonly ConsentMethod[];

/** What the worker fills in. */
export interface WizardFields {
  service: ServiceCardFieldsFragment | null;
  reason: string;
  wishes: string;
  urgency: ReferralUrgency;
  willCall: boolean;
  plannedAt: string;
  place: string;
  accompaniedBy: string;
  scopes: Scope[];
  purpose: string;
  until: string;
  method: ConsentMethod;
  /** Answers to the chosen service's requirements, by requirement id. */
  answers: Record<string, RequirementAnswerDraft>;
}

/** Which fields are missing or wrong (shown in the step's words, see wizard.errors.*). */
export type WizardError = 'service' | 'reason' | 'requirements' | 'plannedAt' | 'scopes' | 'purpose' | 'until';
export type WizardErrors = Partial<Record<WizardError, true>>;

export interface WizardState extends WizardFields {
  step: Step;
  errors: WizardErrors;
  /** The draft's id once saved (or when the wizard continues one). */
  draftId: string | null;
  /** "Draft saved" is shown until the next change of step. */
  saved: boolean;
}

/** What the steps need to know about the client and the receiver to judge a step. */
export interface WizardContext {
  /** The receiver holds no live consent and is not the client's own organisation. */
  needsConsent: boolean;
}

export type WizardAction =
  | { type: 'edit'; changes: Partial<Omit<WizardFields, 'service' | 'answers'>> }
  | { type: 'answer'; requirementId: string; changes: Partial<RequirementAnswerDraft> }
  | { type: 'chooseService'; service: ServiceCardFieldsFragment }
  /** The service the address or the draft names, once loaded (a choice already made wins). */
  | { type: 'serviceLoaded'; service: ServiceCardFieldsFragment }
  /** To another step; forward only when the current one is complete. */
  | { type: 'go'; to: Step; context: WizardContext }
  /** Send: every step must be complete; the first that is not is opened with its errors. */
  | { type: 'checkAll'; context: WizardContext }
  | { type: 'draftSaved'; draftId: string };

/** YYYY-MM-DD of today plus some months, in local time (what a date input holds). */
export function dateFromToday(months: number): string {
  const d = new Date();
  d.setMonth(d.getMonth() + months);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function initialState({ draft, serviceChosen }: { draft?: ReferralDetailFieldsFragment; serviceChosen: boolean }): WizardState {
  return {
    step: draft || serviceChosen ? 'reason' : 'service',
    service: null,
    reason: draft?.reason ?? '',
    wishes: draft?.clientWishes ?? '',
    urgency: draft?.urgency ?? 'ROUTINE',
    willCall: draft?.introduction?.clientWillCall ?? false,
    plannedAt: toLocalInput(draft?.introduction?.plannedAt),
    place: draft?.introduction?.place ?? '',
    accompaniedBy: draft?.introduction?.accompaniedBy ?? '',
    scopes: draft?.sharedScopes ?? [],
    purpose: '',
    until: dateFromToday(12),
    method: 'VERBAL',
    answers: Object.fromEntries(
      (draft?.requirementAnswers ?? []).map((a) => [a.requirementId, { answer: a.answer ?? null, provided: a.provided, note: a.note }]),
    ),
    errors: {},
    draftId: draft?.id ?? null,
    saved: false,
  };
}

/** What is missing in one step. */
export function validateStep(state: WizardFields, step: Step, context: WizardContext): WizardErrors {
  const e: WizardErrors = {};
  if (step === 'service' && !state.service) e.service = true;
  if (step === 'reason' && !state.reason.trim()) e.reason = true;
  if (step === 'requirements' && state.service?.requirements.some((r) => requirementProblem(r, answerTo(state, r)))) e.requirements = true;
  if (step === 'handoff' && !state.willCall && !state.plannedAt) e.plannedAt = true;
  if (step === 'share' && context.needsConsent) {
    if (!state.scopes.length) e.scopes = true;
    if (!state.purpose.trim()) e.purpose = true;
    if (!state.until || state.until < dateFromToday(0) || state.until > dateFromToday(24)) e.until = true;
  }
  return e;
}

const hasErrors = (e: WizardErrors) => Object.keys(e).length > 0;

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'edit': {
      // A corrected field no longer shows its error.
      const changed = new Set(Object.keys(action.changes));
      const errors = Object.fromEntries(Object.entries(state.errors).filter(([key]) => !changed.has(key))) as WizardErrors;
      return { ...state, ...action.changes, errors };
    }
    case 'answer': {
      const answers = { ...state.answers, [action.requirementId]: { ...answerTo(state, { id: action.requirementId }), ...action.changes } };
      return { ...state, answers };
    }
    case 'chooseService':
      return { ...state, service: action.service, errors: {} };
    case 'serviceLoaded':
      return state.service ? state : { ...state, service: action.service };
    case 'go': {
      const errors = validateStep(state, state.step, action.context);
      const forward = STEPS.indexOf(action.to) > STEPS.indexOf(state.step);
      if (forward && hasErrors(errors)) return { ...state, errors };
      return { ...state, step: action.to, errors: {}, saved: false };
    }
    case 'checkAll': {
      for (const step of stepsOf(state)) {
        const errors = validateStep(state, step, action.context);
        if (hasErrors(errors)) return { ...state, step, errors };
      }
      return { ...state, errors: {} };
    }
    case 'draftSaved':
      return { ...state, draftId: action.draftId, saved: true };
  }
}

/** The referral's own fields, as createReferral and updateReferralDraft take them. */
export function referralFields(s: WizardFields) {
  const introduction = s.willCall
    ? { clientWillCall: true }
    : s.plannedAt || s.place.trim() || s.accompaniedBy.trim()
      ? { clientWillCall: false, plannedAt: fromLocalInput(s.plannedAt), place: s.place.trim() || null, accompaniedBy: s.accompaniedBy.trim() || null }
      : null;
  const requirementAnswers = (s.service?.requirements ?? []).map((r) => {
    const a = answerTo(s, r);
    return r.kind === 'QUESTION'
      ? { requirementId: r.id, answer: a.answer, note: a.note.trim() }
      : { requirementId: r.id, provided: a.provided, note: a.note.trim() };
  });
  return {
    reason: s.reason.trim(),
    clientWishes: s.wishes.trim(),
    urgency: s.urgency,
    sharedScopes: s.scopes,
    requirementAnswers,
    ...(introduction ? { introduction } : {}),
  };
}

/** The consent recorded with the referral when the receiver holds none (null otherwise). */
export function consentInput(s: WizardFields, context: WizardContext) {
  if (!context.needsConsent) return null;
  const end = new Date(`${s.until}T23:59:59`);
  const cap = new Date();
  cap.setMonth(cap.getMonth() + 24);
  return { scopes: s.scopes, purpose: s.purpose.trim(), method: s.method, validUntil: (end > cap ? cap : end).toISOString() };
}
