import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { ConsentMethod, ReferralDetailFieldsFragment, ReferralUrgency, Scope, ServiceCardFieldsFragment, ServiceCategory } from '../../generated/graphql';
import { Button, Checkbox, EmptyState, ErrorMessage, Field, LoadMore, Loading, Page, Select, SuccessMessage, TextArea, useFormat } from '../../ui';
import { useClientLabels } from '../clients/labels';
import { SCOPES } from '../clients/section-model';
import { CapacityBadge } from '../service-map/CapacityBadge';
import { SearchServicesQuery } from '../service-map/service-map.graphql';
import { useLabels } from '../service-map/taxonomy';
import { newIdempotencyKey, URGENCIES } from './labels';
import { IntroductionFields, fromLocalInput, toLocalInput } from './ReferralPage';
import { CreateReferralMutation, OurClientsQuery, ReferralQuery, SendReferralMutation, UpdateReferralDraftMutation, WizardClientQuery, WizardServiceQuery } from './referrals.graphql';
import '../clients/clients.css';
import './referrals.css';

const STEPS = ['service', 'reason', 'handoff', 'share', 'review'] as const;
type Step = (typeof STEPS)[number];
const METHODS = ['VERBAL', 'WRITTEN', 'APP'] as const satisfies readonly ConsentMethod[];

function dateFromToday(months: number): string {
  const d = new Date();
  d.setMonth(d.getMonth() + months);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** /referrals/new?client=…&service=…&draft=…: the wizard, or first a client to refer. */
export function ReferralWizardPage() {
  const [params] = useSearchParams();
  const draftId = params.get('draft');
  const clientId = params.get('client');
  const serviceId = params.get('service');
  const draft = useQuery(ReferralQuery, { variables: { id: draftId ?? '' }, skip: !draftId, fetchPolicy: 'network-only' });
  if (draftId) {
    if (!draft.data) return draft.loading ? <Loading /> : <div className="page"><ErrorMessage error={draft.error} /></div>;
    const referral = draft.data.referral;
    if (!referral.client) return <div className="page"><ErrorMessage error={draft.error} /></div>;
    return <Wizard key={referral.id} clientId={referral.client.id} draft={referral} />;
  }
  if (!clientId) return <ClientPicker serviceId={serviceId} />;
  return <Wizard key={clientId} clientId={clientId} initialServiceId={serviceId} />;
}

function ClientPicker({ serviceId }: { serviceId: string | null }) {
  const { t } = useTranslation('referrals');
  const [search, setSearch] = useState('');
  const [submitted, setSubmitted] = useState('');
  const { data, loading, error } = useQuery(OurClientsQuery, { variables: { search: submitted || null, first: 50 } });
  const service = useQuery(WizardServiceQuery, { variables: { id: serviceId ?? '' }, skip: !serviceId });
  const suffix = serviceId ? `&service=${serviceId}` : '';
  return (
    <Page title={t('wizard.title')} narrow>
      {service.data?.service ? <p>{t('wizard.chosenService', { service: service.data.service.name, organisation: service.data.service.organisation.name })}</p> : null}
      <form
        role="search"
        className="client-search"
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(search.trim());
        }}
      >
        <Field label={t('wizard.pickClient')} hint={t('wizard.pickClientHint')} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        <Button type="submit">{t('wizard.search')}</Button>
      </form>
      <ErrorMessage error={error} />
      {!data && loading ? <Loading /> : null}
      {data && !data.clients.nodes.length ? <EmptyState>{t('wizard.noClients')}</EmptyState> : null}
      <ul className="cards">
        {data?.clients.nodes.map((c) => (
          <li key={c.id} className="card">
            <Link to={`/referrals/new?client=${c.id}${suffix}`} aria-label={`${t('wizard.chooseClient')}: ${c.pseudonym}`}>
              {c.pseudonym}
            </Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}

type Draft = ReferralDetailFieldsFragment;

function selectable(s: ServiceCardFieldsFragment) {
  return s.capacityStatus !== 'NOT_ACCEPTING' && s.status !== 'ARCHIVED';
}

function ServiceStep({ chosen, onChoose }: { chosen: ServiceCardFieldsFragment | null; onChoose(s: ServiceCardFieldsFragment): void }) {
  const { t } = useTranslation('referrals');
  const mapT = useTranslation('serviceMap').t;
  const labels = useLabels();
  const [category, setCategory] = useState<ServiceCategory | ''>('');
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [accepting, setAccepting] = useState(true);
  const filter = { ...(category ? { categories: [category] } : {}), ...(query ? { text: query } : {}), ...(accepting ? { acceptingNow: true } : {}) };
  const { data, loading, error, fetchMore } = useQuery(SearchServicesQuery, { variables: { filter, first: 10 } });
  const [loadingMore, setLoadingMore] = useState(false);
  return (
    <>
      <p>{t('wizard.serviceIntro')}</p>
      {chosen ? (
        <p className="message message--success" role="status">
          {t('wizard.chosenService', { service: chosen.name, organisation: chosen.organisation.name })}
        </p>
      ) : null}
      <div className="form-grid">
        <Select label={t('wizard.need')} options={[{ value: '', label: t('wizard.anyNeed') }, ...labels.categoryOptions()]} value={category} onChange={(e) => setCategory(e.target.value as ServiceCategory | '')} />
        <div role="search" aria-label={t('wizard.search')}>
          <Field
            label={t('wizard.text')}
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                setQuery(text.trim());
              }
            }}
          />
          <Button variant="secondary" small onClick={() => setQuery(text.trim())}>
            {t('wizard.search')}
          </Button>
        </div>
      </div>
      <Checkbox label={t('wizard.acceptingOnly')} checked={accepting} onChange={(e) => setAccepting(e.target.checked)} />
      <ErrorMessage error={error} />
      <p className="result-count" role="status">
        {data ? mapT('map.results', { count: data.services.totalCount }) : ''}
      </p>
      {!data && loading ? <Loading /> : null}
      {data && !data.services.nodes.length ? <EmptyState>{t('wizard.noServices')}</EmptyState> : null}
      <ul className="cards service-choice">
        {data?.services.nodes.map((s) => {
          const isChosen = chosen?.id === s.id;
          return (
            <li key={s.id} className="card" data-chosen={isChosen}>
              <h3 id={`choice-${s.id}`}>{s.name}</h3>
              <p className="card__meta">
                <span>{s.organisation.name}</span>
                {s.locations.length ? <span>{[...new Set(s.locations.map((l) => l.city))].join(', ')}</span> : null}
              </p>
              <p className="card__meta">
                <CapacityBadge status={s.capacityStatus} />
                {s.waitingDays != null ? <span>{mapT('card.waitingDays', { count: s.waitingDays })}</span> : null}
              </p>
              {selectable(s) ? (
                <Button small variant={isChosen ? 'primary' : 'secondary'} aria-pressed={isChosen} aria-describedby={`choice-${s.id}`} onClick={() => onChoose(s)}>
                  {isChosen ? t('wizard.chosen') : t('wizard.choose')}
                </Button>
              ) : (
                <p className="muted">{t('wizard.notSelectable')}</p>
              )}
            </li>
          );
        })}
      </ul>
      {data && data.services.nodes.length ? (
        <LoadMore
          shown={data.services.nodes.length}
          total={data.services.totalCount}
          hasMore={data.services.pageInfo.hasNextPage}
          loading={loadingMore}
          onLoadMore={async () => {
            setLoadingMore(true);
            try {
              await fetchMore({ variables: { after: data.services.pageInfo.endCursor } });
            } finally {
              setLoadingMore(false);
            }
          }}
        />
      ) : null}
    </>
  );
}

interface Errors {
  service?: string;
  reason?: string;
  plannedAt?: string;
  scopes?: string;
  purpose?: string;
  until?: string;
}

function Wizard({ clientId, initialServiceId, draft }: { clientId: string; initialServiceId?: string | null; draft?: Draft }) {
  const { t } = useTranslation('referrals');
  const clientsT = useTranslation('clients').t;
  const clientLabels = useClientLabels();
  const format = useFormat();
  const navigate = useNavigate();
  const [, setParams] = useSearchParams();
  const clientQuery = useQuery(WizardClientQuery, { variables: { id: clientId } });
  const initialService = useQuery(WizardServiceQuery, { variables: { id: draft?.service.id ?? initialServiceId ?? '' }, skip: !(draft?.service.id ?? initialServiceId) });

  const [step, setStep] = useState<Step>(draft || initialServiceId ? 'reason' : 'service');
  const [service, setService] = useState<ServiceCardFieldsFragment | null>(null);
  const [reason, setReason] = useState(draft?.reason ?? '');
  const [wishes, setWishes] = useState(draft?.clientWishes ?? '');
  const [urgency, setUrgency] = useState<ReferralUrgency>(draft?.urgency ?? 'ROUTINE');
  const [willCall, setWillCall] = useState(draft?.introduction?.clientWillCall ?? false);
  const [plannedAt, setPlannedAt] = useState(toLocalInput(draft?.introduction?.plannedAt));
  const [place, setPlace] = useState(draft?.introduction?.place ?? '');
  const [accompaniedBy, setAccompaniedBy] = useState(draft?.introduction?.accompaniedBy ?? '');
  const [scopes, setScopes] = useState<Scope[]>(draft?.sharedScopes ?? []);
  const [purpose, setPurpose] = useState('');
  const [until, setUntil] = useState(() => dateFromToday(12));
  const [method, setMethod] = useState<ConsentMethod>('VERBAL');
  const [errors, setErrors] = useState<Errors>({});
  const [draftId, setDraftId] = useState<string | null>(draft?.id ?? null);
  const [saved, setSaved] = useState(false);
  // One key per submission: a double click or a retry never creates or sends twice.
  const keys = useRef({ create: newIdempotencyKey(), send: newIdempotencyKey() });
  const heading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);

  const [create, createState] = useMutation(CreateReferralMutation);
  const [update, updateState] = useMutation(UpdateReferralDraftMutation);
  const [send, sendState] = useMutation(SendReferralMutation);
  const busy = createState.loading || updateState.loading || sendState.loading;
  const mutationError = sendState.error ?? createState.error ?? updateState.error;

  useEffect(() => {
    if (!service && initialService.data?.service) setService(initialService.data.service);
  }, [initialService.data, service]);
  useEffect(() => {
    if (firstStep.current) firstStep.current = false;
    else heading.current?.focus();
  }, [step]);

  const client = clientQuery.data?.client;
  if (!client) return clientQuery.loading ? <Loading /> : <div className="page"><ErrorMessage error={clientQuery.error} /></div>;

  const receivingOrg = service?.organisation;
  const internal = !!receivingOrg && receivingOrg.id === client.ownerOrganisation.id;
  const liveConsent = receivingOrg ? client.consents.find((c) => c.granteeOrganisation.id === receivingOrg.id && c.status === 'LIVE') : undefined;
  const needsConsent = !!receivingOrg && !internal && !liveConsent;
  const mayRecordConsent = client.viewerIsOwner;

  function validate(s: Step): Errors {
    const e: Errors = {};
    if (s === 'service' && !service) e.service = t('wizard.errors.service');
    if (s === 'reason' && !reason.trim()) e.reason = t('wizard.errors.reason');
    if (s === 'handoff' && !willCall && !plannedAt) e.plannedAt = t('wizard.errors.plannedAt');
    if (s === 'share' && needsConsent) {
      if (!scopes.length) e.scopes = t('wizard.errors.scopes');
      if (!purpose.trim()) e.purpose = t('wizard.errors.purpose');
      if (!until || until < dateFromToday(0) || until > dateFromToday(24)) e.until = t('wizard.errors.until');
    }
    return e;
  }
  function go(next: Step) {
    const e = validate(step);
    setErrors(e);
    if (STEPS.indexOf(next) > STEPS.indexOf(step) && Object.values(e).some(Boolean)) return;
    setSaved(false);
    setStep(next);
  }

  const introduction = willCall ? { clientWillCall: true } : plannedAt || place.trim() || accompaniedBy.trim() ? { clientWillCall: false, plannedAt: fromLocalInput(plannedAt), place: place.trim() || null, accompaniedBy: accompaniedBy.trim() || null } : null;
  const fields = { reason: reason.trim(), clientWishes: wishes.trim(), urgency, sharedScopes: scopes, ...(introduction ? { introduction } : {}) };
  function consentInput() {
    if (!needsConsent) return null;
    const end = new Date(`${until}T23:59:59`);
    const cap = new Date();
    cap.setMonth(cap.getMonth() + 24);
    return { scopes, purpose: purpose.trim(), method, validUntil: (end > cap ? cap : end).toISOString() };
  }

  /** Saves the draft (creating it the first time); returns its id. */
  async function saveDraft(): Promise<string | null> {
    if (!service) {
      setErrors({ service: t('wizard.errors.service') });
      setStep('service');
      return null;
    }
    if (draftId) {
      const result = await update({ variables: { id: draftId, input: { ...fields, serviceId: service.id } } }).catch(() => null);
      return result?.data ? draftId : null;
    }
    const result = await create({ variables: { idempotencyKey: keys.current.create, input: { clientId: client!.id, serviceId: service.id, ...fields, send: false } } }).catch(() => null);
    const id = result?.data?.createReferral.id ?? null;
    if (id) {
      setDraftId(id);
      setParams({ draft: id }, { replace: true });
    }
    return id;
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    for (const s of STEPS) {
      const errs = validate(s);
      if (Object.values(errs).some(Boolean)) {
        setErrors(errs);
        setStep(s);
        return;
      }
    }
    const consent = consentInput();
    if (draftId) {
      const id = await saveDraft();
      if (!id) return;
      const result = await send({ variables: { id, consent, idempotencyKey: keys.current.send } }).catch(() => null);
      if (result?.data) navigate(`/referrals/${id}`);
      return;
    }
    const result = await create({ variables: { idempotencyKey: keys.current.send, input: { clientId: client!.id, serviceId: service!.id, ...fields, send: true, ...(consent ? { consent } : {}) } } }).catch(() => null);
    if (result?.data) navigate(`/referrals/${result.data.createReferral.id}`);
  }

  const index = STEPS.indexOf(step);
  const stepTitle = t(`wizard.step.${step}`);
  const summary: [string, ReactNode][] = [
    [t('wizard.client'), client.pseudonym],
    [t('wizard.service'), service ? `${service.name} (${service.organisation.name})` : t('wizard.notFilled')],
    [t('wizard.reason'), reason || t('wizard.notFilled')],
    [t('wizard.wishes'), wishes || t('wizard.notFilled')],
    [t('wizard.urgency'), `${t(`urgency.${urgency}`)}: ${t(`urgencyExplain.${urgency}`)}`],
    [t('wizard.introduction'), willCall ? t('wizard.willCall') : [plannedAt ? format.dateTime(fromLocalInput(plannedAt)) : null, place, accompaniedBy].filter(Boolean).join(' · ') || t('wizard.notFilled')],
    [t('wizard.sections'), scopes.length ? clientLabels.scopes(scopes) : t('detail.none')],
    [
      t('wizard.consent'),
      internal
        ? t('wizard.internal')
        : needsConsent
          ? t('wizard.consentSummary', { sections: clientLabels.scopes(scopes), date: format.date(`${until}T12:00:00`), method: clientsT(`sharing.methodLabel.${method}`) })
          : liveConsent
            ? t('wizard.consentHeld', { organisation: receivingOrg!.name, sections: clientLabels.scopes(liveConsent.scopes), date: format.date(liveConsent.validUntil) })
            : '—',
    ],
  ];

  return (
    <Page title={t('wizard.titleFor', { client: client.pseudonym })}>
      <nav aria-label={t('wizard.steps')}>
        <ol className="wizard-steps">
          {STEPS.map((s, i) => (
            <li key={s} aria-current={s === step ? 'step' : undefined}>
              {t(`wizard.step.${s}`)}
              {i < STEPS.length - 1 ? '' : ''}
            </li>
          ))}
        </ol>
      </nav>
      <form onSubmit={submit} noValidate className="panel">
        <h2 ref={heading} tabIndex={-1}>
          <span className="visually-hidden">{t('wizard.stepOf', { n: index + 1, total: STEPS.length })}: </span>
          {stepTitle}
        </h2>
        {step === 'service' ? (
          <>
            <ServiceStep
              chosen={service}
              onChoose={(s) => {
                setService(s);
                setErrors({});
              }}
            />
            {errors.service ? (
              <p className="field__error" role="alert">
                {errors.service}
              </p>
            ) : null}
          </>
        ) : null}
        {step === 'reason' ? (
          <>
            {service ? (
              <p>
                {t('wizard.chosenService', { service: service.name, organisation: service.organisation.name })}{' '}
                <Button variant="secondary" small onClick={() => setStep('service')}>
                  {t('wizard.changeService')}
                </Button>
              </p>
            ) : null}
            <TextArea label={t('wizard.reason')} hint={t('wizard.reasonHint')} value={reason} onChange={(e) => setReason(e.target.value)} error={errors.reason} rows={3} />
            <TextArea label={t('wizard.wishes')} hint={t('wizard.wishesHint')} value={wishes} onChange={(e) => setWishes(e.target.value)} rows={3} />
            <fieldset className="fieldset">
              <legend>{t('wizard.urgency')}</legend>
              {URGENCIES.map((u) => (
                <label key={u} className="checkbox">
                  <input type="radio" name="urgency" value={u} checked={urgency === u} onChange={() => setUrgency(u)} />
                  <span>
                    <strong>{t(`urgency.${u}`)}</strong> — {t(`urgencyExplain.${u}`)}
                  </span>
                </label>
              ))}
            </fieldset>
          </>
        ) : null}
        {step === 'handoff' ? (
          <>
            <p>{t('wizard.handoffIntro')}</p>
            <IntroductionFields
              legend={t('wizard.introduction')}
              willCall={willCall}
              setWillCall={setWillCall}
              plannedAt={plannedAt}
              setPlannedAt={setPlannedAt}
              place={place}
              setPlace={setPlace}
              accompaniedBy={accompaniedBy}
              setAccompaniedBy={setAccompaniedBy}
              plannedAtError={errors.plannedAt}
            />
          </>
        ) : null}
        {step === 'share' ? (
          <>
            <p className="message consent-banner">{t('wizard.shareIntro')}</p>
            <fieldset className="fieldset">
              <legend>{t('wizard.shareLegend')}</legend>
              <ul className="scope-choices">
                {SCOPES.map((scope) => (
                  <li key={scope}>
                    <label className="checkbox">
                      <input type="checkbox" name="scopes" value={scope} checked={scopes.includes(scope)} aria-describedby={`explain-${scope}`} onChange={(e) => setScopes(e.target.checked ? [...scopes, scope] : scopes.filter((s) => s !== scope))} />
                      <span>{clientLabels.scope(scope)}</span>
                    </label>
                    <p id={`explain-${scope}`} className="scope-choice__explain">
                      {clientsT(`scopeExplain.${scope}`)}
                    </p>
                  </li>
                ))}
              </ul>
              {errors.scopes ? (
                <span className="field__error" role="alert">
                  {errors.scopes}
                </span>
              ) : null}
            </fieldset>
            {internal ? <p>{t('wizard.internal')}</p> : null}
            {liveConsent && receivingOrg ? <p className="message message--success">{t('wizard.consentHeld', { organisation: receivingOrg.name, sections: clientLabels.scopes(liveConsent.scopes), date: format.date(liveConsent.validUntil) })}</p> : null}
            {needsConsent && receivingOrg && !mayRecordConsent ? <p className="message message--warning">{t('wizard.consentNotOwner', { organisation: receivingOrg.name })}</p> : null}
            {needsConsent && receivingOrg && mayRecordConsent ? (
              <fieldset className="fieldset">
                <legend>{t('wizard.recordConsent')}</legend>
                <p className="message message--warning">{t('wizard.consentNeeded', { organisation: receivingOrg.name })}</p>
                <p>{t('wizard.consentScopes')}</p>
                <Field label={t('wizard.purpose')} hint={t('wizard.purposeHint')} value={purpose} onChange={(e) => setPurpose(e.target.value)} error={errors.purpose} />
                <Field label={t('wizard.until')} type="date" min={dateFromToday(0)} max={dateFromToday(24)} value={until} onChange={(e) => setUntil(e.target.value)} error={errors.until} />
                <fieldset className="fieldset">
                  <legend>{t('wizard.method')}</legend>
                  <div className="checkbox-list">
                    {METHODS.map((m) => (
                      <label key={m} className="checkbox">
                        <input type="radio" name="method" value={m} checked={method === m} onChange={() => setMethod(m)} />
                        <span>{clientsT(`sharing.methodLabel.${m}`)}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              </fieldset>
            ) : null}
          </>
        ) : null}
        {step === 'review' ? (
          <dl className="facts">
            {summary.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd className="pre-line">{value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        <ErrorMessage error={mutationError} />
        {saved ? <SuccessMessage>{t('wizard.draftSaved')}</SuccessMessage> : null}
        <div className="wizard-nav">
          <div>
            {index > 0 ? (
              <Button variant="secondary" onClick={() => go(STEPS[index - 1])}>
                {t('wizard.back')}
              </Button>
            ) : null}
          </div>
          <div className="wizard-nav__right">
            <Button
              variant="secondary"
              disabled={busy}
              onClick={async () => {
                setSaved(false);
                const id = await saveDraft();
                if (id) setSaved(true);
              }}
            >
              {t('wizard.saveDraft')}
            </Button>
            {step !== 'review' ? (
              // Distinct keys: React must not turn the clicked "Next" into the submit button
              // in the middle of the click (the browser would then send the form at once).
              <Button key="next" onClick={() => go(STEPS[index + 1])}>
                {t('wizard.next')}
              </Button>
            ) : (
              <Button key="send" type="submit" disabled={busy || (needsConsent && !mayRecordConsent)}>
                {busy ? t('wizard.sending') : t('wizard.send')}
              </Button>
            )}
          </div>
        </div>
      </form>
    </Page>
  );
}
