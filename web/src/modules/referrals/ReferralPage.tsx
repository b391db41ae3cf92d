import { useMutation, skipToken, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { ReferralDetailFieldsFragment } from '../../generated/graphql';
import { Button, Dialog, ErrorMessage, Loading, Page, Panel, Select, SuccessMessage, TextArea, errorCode, useFormat } from '../../ui';
import { useClientLabels } from '../clients/labels';
import { useSession } from '../identity/session';
import { SearchServicesQuery } from '../service-map/service-map.graphql';
import { useInboxCounts } from './inbox-counts';
import { IntroductionFields, fromLocalInput, toLocalInput } from './IntroductionFields';
import { CANCEL_REASONS, DECLINE_REASONS, OUTCOMES, newIdempotencyKey, useReferralLabels } from './labels';
import { OverdueMarker, ReferralStatusBadge, UrgencyBadge } from './ReferralBadges';
import { RequirementAnswers } from './RequirementAnswers';
import {
  AcceptReferralMutation,
  CancelReferralMutation,
  CompleteReferralMutation,
  DeclineReferralMutation,
  PostReferralMessageMutation,
  ReferAgainMutation,
  ReferralChangesQuery,
  ReferralQuery,
} from './referrals.graphql';
import '../clients/clients.css';
import './referrals.css';

type Referral = ReferralDetailFieldsFragment;

function Facts({ referral }: { referral: Referral }) {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  const clientLabels = useClientLabels();
  const labels = useReferralLabels();
  const intro = referral.introduction;
  return (
    <>
      <Panel title={t('detail.client')}>
        {referral.client ? (
          <>
            <p>
              <Link to={`/clients/${referral.client.id}`}>{t('detail.openClient', { client: referral.client.pseudonym })}</Link>
            </p>
            <p>
              {t('detail.youMaySee', { sections: referral.client.sharedScopes.length ? clientLabels.scopes(referral.client.sharedScopes) : t('detail.none') })}
            </p>
          </>
        ) : (
          <p className="message message--warning">{t('detail.clientHidden')}</p>
        )}
        <p>
          <strong>{t('detail.sharedSections')}:</strong> {referral.sharedScopes.length ? clientLabels.scopes(referral.sharedScopes) : t('detail.none')}
        </p>
        {referral.reason != null ? (
          <dl className="facts">
            <dt>{t('detail.reason')}</dt>
            <dd className="pre-line">{referral.reason || '—'}</dd>
            <dt>{t('detail.wishes')}</dt>
            <dd className="pre-line">{referral.clientWishes || '—'}</dd>
          </dl>
        ) : null}
      </Panel>
      {referral.requirementAnswers.length ? (
        <Panel title={t('detail.requirements')}>
          <RequirementAnswers answers={referral.requirementAnswers.map((a) => ({ ...a, key: a.requirementId }))} />
        </Panel>
      ) : null}
      <Panel title={t('detail.introduction')}>
        {!intro ? (
          <p>{t(referral.client ? 'detail.noIntroduction' : 'detail.hiddenWithClient')}</p>
        ) : intro.clientWillCall ? (
          <p>{t('detail.clientWillCall')}</p>
        ) : (
          <dl className="facts">
            {intro.plannedAt ? (
              <>
                <dt>{t('wizard.plannedAt')}</dt>
                <dd>{format.dateTime(intro.plannedAt)}</dd>
              </>
            ) : null}
            {intro.place ? (
              <>
                <dt>{t('detail.place')}</dt>
                <dd>{intro.place}</dd>
              </>
            ) : null}
            {intro.accompaniedBy ? (
              <>
                <dt>{t('detail.accompaniedBy')}</dt>
                <dd>{intro.accompaniedBy}</dd>
              </>
            ) : null}
          </dl>
        )}
      </Panel>
      {referral.declineReason || referral.cancelReason || referral.outcome ? (
        <Panel>
          {referral.declineReason ? <p>{t('detail.declined', { reason: labels.reason(referral.declineReason) })}</p> : null}
          {referral.declineNote ? <p className="pre-line">{referral.declineNote}</p> : null}
          {referral.suggestedService ? (
            <p>{t('detail.suggested', { service: referral.suggestedService.name, organisation: referral.suggestedService.organisation.name })}</p>
          ) : null}
          {referral.cancelReason ? <p>{t('detail.cancelled', { reason: labels.reason(referral.cancelReason) })}</p> : null}
          {referral.cancelNote ? <p className="pre-line">{referral.cancelNote}</p> : null}
          {referral.outcome ? <p>{t('detail.completed', { outcome: labels.reason(referral.outcome) })}</p> : null}
          {referral.outcomeNote ? <p className="pre-line">{referral.outcomeNote}</p> : null}
        </Panel>
      ) : null}
    </>
  );
}

function History({ referral }: { referral: Referral }) {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  const labels = useReferralLabels();
  return (
    <Panel title={t('detail.history')}>
      <ol className="history">
        {referral.events.map((e) => (
          <li key={e.id}>
            <strong>{e.fromStatus ? t('detail.transition', { from: labels.status(e.fromStatus), to: labels.status(e.toStatus) }) : t('detail.created')}</strong>
            {e.reason ? ` (${labels.reason(e.reason)})` : ''} —{' '}
            {e.organisationName ? t('detail.by', { name: e.actorName, organisation: e.organisationName }) : e.actorName},{' '}
            <time dateTime={e.at}>{format.dateTime(e.at)}</time>
          </li>
        ))}
      </ol>
    </Panel>
  );
}

function Thread({ referral, onPosted }: { referral: Referral; onPosted: () => Promise<unknown> }) {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  const { viewer } = useSession();
  const [body, setBody] = useState('');
  const [posted, setPosted] = useState(false);
  const key = useRef(newIdempotencyKey());
  const [post, { loading, error }] = useMutation(PostReferralMessageMutation);
  const canPost = referral.allowedActions.includes('POST_MESSAGE');
  const ownOrg = viewer?.activeOrganisation?.name;

  async function submit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!body.trim()) return;
    const result = await post({ variables: { referralId: referral.id, body: body.trim(), idempotencyKey: key.current } }).catch(() => null);
    if (result?.data) {
      key.current = newIdempotencyKey();
      setBody('');
      setPosted(true);
      await onPosted();
    }
  }

  return (
    <Panel title={t('detail.messages')}>
      {referral.messages.length ? (
        <ol className="thread" aria-label={t('detail.messages')}>
          {referral.messages.map((m) => (
            <li key={m.id} className={m.organisationName === ownOrg ? 'thread__own' : undefined}>
              <p className="thread__meta">
                {m.organisationName ? t('detail.by', { name: m.authorName, organisation: m.organisationName }) : m.authorName} ·{' '}
                <time dateTime={m.at}>{format.dateTime(m.at)}</time>
              </p>
              <p className="thread__body">{m.body}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t(referral.client ? 'detail.noMessages' : 'detail.hiddenWithClient')}</p>
      )}
      {canPost ? (
        <form onSubmit={submit}>
          <TextArea
            label={t('detail.message')}
            hint={t('detail.messageHint')}
            value={body}
            onChange={(e) => {
              setBody(e.target.value);
              setPosted(false);
            }}
            rows={3}
          />
          <ErrorMessage error={error} />
          {posted ? <SuccessMessage>{t('detail.messagePosted')}</SuccessMessage> : null}
          <div className="form-actions">
            <Button type="submit" disabled={loading || !body.trim()}>
              {t('detail.post')}
            </Button>
          </div>
        </form>
      ) : null}
    </Panel>
  );
}

type DialogKind = 'accept' | 'decline' | 'cancel' | 'complete' | null;

/** Runs an answer with one idempotency key per open dialog; CONFLICT refreshes the referral. */
function useAnswer(refetch: () => Promise<unknown>) {
  const key = useRef(newIdempotencyKey());
  const [conflict, setConflict] = useState<unknown>(null);
  return {
    key: () => key.current,
    renew: () => {
      key.current = newIdempotencyKey();
      setConflict(null);
    },
    conflict,
    async run<T>(action: () => Promise<T>): Promise<T | null> {
      try {
        const result = await action();
        key.current = newIdempotencyKey();
        return result;
      } catch (error) {
        if (errorCode(error) === 'CONFLICT') {
          setConflict(error);
          await refetch();
        }
        return null;
      }
    },
  };
}

function AcceptForm({ referral, answer, onDone }: { referral: Referral; answer: ReturnType<typeof useAnswer>; onDone: () => void }) {
  const { t } = useTranslation('referrals');
  const { viewer } = useSession();
  const [accept, { loading, error }] = useMutation(AcceptReferralMutation);
  const [worker, setWorker] = useState('');
  const intro = referral.introduction;
  const [willCall, setWillCall] = useState(intro?.clientWillCall ?? false);
  const [plannedAt, setPlannedAt] = useState(toLocalInput(intro?.plannedAt));
  const [place, setPlace] = useState(intro?.place ?? '');
  const [accompaniedBy, setAccompaniedBy] = useState(intro?.accompaniedBy ?? '');
  const members = referral.receivingOrganisation.members.filter((m) => m.user.id !== viewer?.id);
  const options = [{ value: '', label: t('detail.me') }, ...members.map((m) => ({ value: m.user.id, label: m.user.displayName }))];
  async function submit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const introduction = willCall
      ? { clientWillCall: true }
      : { clientWillCall: false, plannedAt: fromLocalInput(plannedAt), place: place.trim() || null, accompaniedBy: accompaniedBy.trim() || null };
    const result = await answer.run(() =>
      accept({ variables: { id: referral.id, idempotencyKey: answer.key(), input: { receivingWorkerId: worker || null, introduction } } }),
    );
    if (result?.data) onDone();
  }
  return (
    <form onSubmit={submit} noValidate>
      <Select label={t('detail.receivingWorker')} options={options} value={worker} onChange={(e) => setWorker(e.target.value)} />
      <IntroductionFields
        legend={t('detail.confirmMeeting')}
        willCall={willCall}
        setWillCall={setWillCall}
        plannedAt={plannedAt}
        setPlannedAt={setPlannedAt}
        place={place}
        setPlace={setPlace}
        accompaniedBy={accompaniedBy}
        setAccompaniedBy={setAccompaniedBy}
      />
      {errorCode(error) !== 'CONFLICT' ? <ErrorMessage error={error} /> : null}
      <div className="form-actions">
        <Button type="submit" disabled={loading}>
          {t('detail.accept')}
        </Button>
      </div>
    </form>
  );
}

function ReasonForm({
  kind,
  referral,
  answer,
  onDone,
}: {
  kind: 'decline' | 'cancel' | 'complete';
  referral: Referral;
  answer: ReturnType<typeof useAnswer>;
  onDone: () => void;
}) {
  const { t } = useTranslation('referrals');
  const labels = useReferralLabels();
  const [decline, declineState] = useMutation(DeclineReferralMutation);
  const [cancel, cancelState] = useMutation(CancelReferralMutation);
  const [complete, completeState] = useMutation(CompleteReferralMutation);
  const codes: readonly string[] = kind === 'decline' ? DECLINE_REASONS : kind === 'cancel' ? CANCEL_REASONS : OUTCOMES;
  const [code, setCode] = useState(codes[0]);
  const [note, setNote] = useState('');
  const [suggested, setSuggested] = useState('');
  const [noteError, setNoteError] = useState<string>();
  const services = useQuery(SearchServicesQuery, kind === 'decline' ? { variables: { filter: { acceptingNow: true }, first: 100 } } : skipToken);
  const state = kind === 'decline' ? declineState : kind === 'cancel' ? cancelState : completeState;
  const serviceOptions = [
    { value: '', label: t('detail.noSuggestion') },
    ...(services.data?.services.nodes ?? [])
      .filter((s) => s.id !== referral.service.id)
      .map((s) => ({ value: s.id, label: `${s.name} (${s.organisation.name})` })),
  ];

  async function submit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    if (code === 'OTHER' && !note.trim()) {
      setNoteError(t('detail.noteRequired'));
      return;
    }
    setNoteError(undefined);
    const id = referral.id;
    const idempotencyKey = answer.key();
    const result = await answer.run<unknown>(() =>
      kind === 'decline'
        ? decline({
            variables: {
              id,
              idempotencyKey,
              input: { reason: code as (typeof DECLINE_REASONS)[number], note: note.trim(), suggestedServiceId: suggested || null },
            },
          })
        : kind === 'cancel'
          ? cancel({ variables: { id, idempotencyKey, input: { reason: code as (typeof CANCEL_REASONS)[number], note: note.trim() } } })
          : complete({ variables: { id, idempotencyKey, input: { outcome: code as (typeof OUTCOMES)[number], note: note.trim() } } }),
    );
    if (result) onDone();
  }

  return (
    <form onSubmit={submit} noValidate>
      <Select
        label={kind === 'complete' ? t('detail.outcomeLabel') : t('detail.reasonLabel')}
        options={codes.map((c) => ({ value: c, label: labels.reason(c) }))}
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
      <TextArea label={t('detail.note')} value={note} onChange={(e) => setNote(e.target.value)} error={noteError} rows={3} />
      {kind === 'decline' ? (
        <Select label={t('detail.suggestService')} options={serviceOptions} value={suggested} onChange={(e) => setSuggested(e.target.value)} />
      ) : null}
      {errorCode(state.error) !== 'CONFLICT' ? <ErrorMessage error={state.error} /> : null}
      <div className="form-actions">
        <Button type="submit" variant={kind === 'complete' ? 'primary' : 'danger'} disabled={state.loading}>
          {t(`detail.${kind}`)}
        </Button>
      </div>
    </form>
  );
}

function Actions({ referral, refetch }: { referral: Referral; refetch: () => Promise<unknown> }) {
  const { t } = useTranslation('referrals');
  const navigate = useNavigate();
  const [open, setOpen] = useState<DialogKind>(null);
  const answer = useAnswer(refetch);
  const [referAgain, referAgainState] = useMutation(ReferAgainMutation);
  const allowed = referral.allowedActions;
  const show = (kind: Exclude<DialogKind, null>) => {
    answer.renew();
    setOpen(kind);
  };
  const close = () => setOpen(null);
  const done = () => setOpen(null);

  if (!allowed.some((a) => a !== 'POST_MESSAGE')) return answer.conflict ? <ErrorMessage error={answer.conflict} /> : null;
  return (
    <Panel title={t('detail.actions')}>
      {answer.conflict ? <ErrorMessage error={answer.conflict} /> : null}
      <div className="form-actions">
        {allowed.includes('UPDATE_DRAFT') || allowed.includes('SEND') ? (
          <Button onClick={() => navigate(`/referrals/new?draft=${referral.id}`)}>{t('detail.continueDraft')}</Button>
        ) : null}
        {allowed.includes('ACCEPT') ? <Button onClick={() => show('accept')}>{t('detail.accept')}</Button> : null}
        {allowed.includes('DECLINE') ? (
          <Button variant="danger" onClick={() => show('decline')}>
            {t('detail.decline')}
          </Button>
        ) : null}
        {allowed.includes('COMPLETE') ? <Button onClick={() => show('complete')}>{t('detail.complete')}</Button> : null}
        {allowed.includes('CANCEL') ? (
          <Button variant="danger" onClick={() => show('cancel')}>
            {t('detail.cancel')}
          </Button>
        ) : null}
        {allowed.includes('REFER_AGAIN') ? (
          <Button
            variant="secondary"
            disabled={referAgainState.loading}
            onClick={async () => {
              const result = await answer.run(() =>
                referAgain({ variables: { referralId: referral.id, serviceId: referral.suggestedService?.id ?? null, idempotencyKey: answer.key() } }),
              );
              if (result?.data) void navigate(`/referrals/new?draft=${result.data.referAgain.id}`);
            }}
          >
            {referral.suggestedService ? t('detail.referAgainTo', { service: referral.suggestedService.name }) : t('detail.referAgain')}
          </Button>
        ) : null}
      </div>
      {errorCode(referAgainState.error) !== 'CONFLICT' ? <ErrorMessage error={referAgainState.error} /> : null}
      <Dialog open={open === 'accept'} title={t('detail.accept')} onClose={close}>
        {open === 'accept' ? <AcceptForm referral={referral} answer={answer} onDone={done} /> : null}
      </Dialog>
      {(['decline', 'cancel', 'complete'] as const).map((kind) => (
        <Dialog key={kind} open={open === kind} title={t(`detail.${kind}`)} onClose={close}>
          {open === kind ? <ReasonForm kind={kind} referral={referral} answer={answer} onDone={done} /> : null}
        </Dialog>
      ))}
    </Panel>
  );
}

/** How often an open referral page asks whether anything changed. */
const CHANGES_POLL_MS = 15_000;

/** What the page compares: it reads the whole referral again only when one of these moved. */
const changeStamp = (r: { status: string; changedAt: string; messageCount?: number | null; lastMessageAt?: string | null; isOverdue: boolean }) =>
  [r.status, r.changedAt, r.messageCount ?? '', r.lastMessageAt ?? '', r.isOverdue].join('|');

/**
 * Keeps an open referral page fresh without reading client data over and over: it polls only a
 * time and a count (ReferralChangesQuery, no client data, so no audit entry) and refetches the
 * whole referral (an audited read) only when they moved since it was shown.
 */
function useRefreshWhenChanged(id: string, shown: Referral | undefined, refetch: () => Promise<unknown>) {
  const { data } = useQuery(ReferralChangesQuery, shown ? { variables: { id }, fetchPolicy: 'no-cache', pollInterval: CHANGES_POLL_MS } : skipToken);
  const latest = data?.referral ? changeStamp(data.referral) : null;
  const moved = !!latest && !!shown && latest !== changeStamp(shown);
  useEffect(() => {
    if (moved) void refetch();
    // Once per change seen: `latest` names it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [moved, latest]);
}

/** /referrals/:id: everything both sides need, the thread, and only the allowed actions. */
export function ReferralPage({ id }: { id: string }) {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(ReferralQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  // A new message or answer elsewhere: the live inbox counts move, or the poll of what changed.
  useInboxCounts(() => void refetch());
  useRefreshWhenChanged(id, data?.referral, refetch);
  if (!data && loading) return <Loading />;
  const referral = data?.referral;
  if (!referral) {
    if (errorCode(error) === 'NOT_FOUND')
      return (
        <Page title={t('detail.notFound')}>
          <p>{t('detail.notFoundText')}</p>
          <p>
            <Link to="/referrals/inbox">{t('list.inbox')}</Link>
          </p>
        </Page>
      );
    return (
      <div className="page">
        <ErrorMessage error={error} />
      </div>
    );
  }
  return (
    <Page title={t('detail.title', { service: referral.service.name })}>
      <p className="card__meta" aria-live="polite">
        <ReferralStatusBadge status={referral.status} />
        <UrgencyBadge urgency={referral.urgency} />
        {referral.isOverdue ? <OverdueMarker /> : null}
      </p>
      {referral.isOverdue && referral.dueAt ? (
        <p className="message message--error" role="note">
          <span aria-hidden="true">⚠ </span>
          {t('detail.overdue', { date: format.dateTime(referral.dueAt) })}
        </p>
      ) : null}
      <dl className="facts referral-facts">
        <div>
          <dt>{t('detail.from')}</dt>
          <dd>{referral.senderOrganisation.name}</dd>
        </div>
        <div>
          <dt>{t('detail.to')}</dt>
          <dd>
            <Link to={`/services/${referral.service.id}`}>{referral.service.name}</Link> ({referral.receivingOrganisation.name})
          </dd>
        </div>
        {referral.sentBy ? (
          <div>
            <dt>{t('detail.sentBy')}</dt>
            <dd>
              {referral.sentBy.name}
              {referral.sentAt ? `, ${format.dateTime(referral.sentAt)}` : ''}
            </dd>
          </div>
        ) : null}
        {referral.acceptedBy ? (
          <div>
            <dt>{t('detail.acceptedBy')}</dt>
            <dd>{referral.acceptedBy.name}</dd>
          </div>
        ) : null}
        {referral.dueAt && referral.status === 'SENT' ? (
          <div>
            <dt>{t('detail.dueAt', { date: '' }).trim()}</dt>
            <dd>
              {format.dateTime(referral.dueAt)}
              {referral.expiresAt ? ` · ${t('detail.expiresAt', { date: format.dateTime(referral.expiresAt) })}` : ''}
            </dd>
          </div>
        ) : null}
      </dl>
      <Actions referral={referral} refetch={refetch} />
      <Facts referral={referral} />
      <Thread referral={referral} onPosted={refetch} />
      <History referral={referral} />
    </Page>
  );
}
