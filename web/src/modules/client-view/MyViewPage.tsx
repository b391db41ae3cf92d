import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyRecordAccessQuery as MyRecordAccess, Scope } from '../../generated/graphql';
import { PublicLayout } from '../identity/PublicLayout';
import { Button, Dialog, ErrorMessage, Field, Loading, Page, StatusBadge, errorCode, useFormat } from '../../ui';
import { CloseClientViewMutation, MyRecordAccessQuery, OpenClientViewMutation, WithdrawMyConsentMutation } from './client-view.graphql';
import './client-view.css';

type View = MyRecordAccess['myRecordAccess'];
type ConsentRow = View['consents'][number];
type Line = View['whoSaw']['nodes'][number];

/** The code from the card's QR code (`/my-view#code=…`): in the fragment, so no server or log sees it. */
function codeFromFragment(): string {
  const match = window.location.hash.match(/code=([^&]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

/**
 * The client's own view (public route `/my-view`): the code from their worker opens a 30-minute
 * session, which shows who may see which parts of their record and who looked, and lets them
 * withdraw a consent. No content of the record is ever on this page.
 */
export function MyViewPage() {
  const { t } = useTranslation('clientView');
  const { data, loading, error, refetch } = useQuery(MyRecordAccessQuery, { fetchPolicy: 'network-only', errorPolicy: 'none' });
  const [closed, setClosed] = useState(false);
  // Once a view was shown, a session that ends is an expired one, not a first visit.
  const [hadView, setHadView] = useState(false);
  if (data && !hadView) setHadView(true);
  const noSession = errorCode(error) === 'UNAUTHENTICATED';

  let body;
  if (closed)
    body = (
      <p className="message message--success" role="status">
        {t('client.closed')}
      </p>
    );
  else if (loading && !data) body = <Loading />;
  else if (data && !error) body = <OwnView view={data.myRecordAccess} onClosed={() => setClosed(true)} onChanged={() => void refetch()} />;
  else if (noSession) body = <EnterCode expired={hadView} onOpened={() => void refetch()} />;
  else body = <ErrorMessage error={error} />;

  return (
    <PublicLayout>
      <Page title={t('client.title')} narrow>
        {body}
      </Page>
    </PublicLayout>
  );
}

function EnterCode({ expired, onOpened }: { expired: boolean; onOpened: () => void }) {
  const { t } = useTranslation('clientView');
  const [code, setCode] = useState(codeFromFragment);
  const [open, { loading, error }] = useMutation(OpenClientViewMutation);
  useEffect(() => {
    // The code is not left in the address bar or the history once read.
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
  }, []);

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const result = await open({ variables: { code } }).catch(() => null);
    if (result?.data) onOpened();
  }
  const wrong = errorCode(error) === 'UNAUTHENTICATED';
  return (
    <section aria-labelledby="enter-code" className="panel">
      <h2 id="enter-code">{t('client.enterTitle')}</h2>
      {expired ? <p className="message message--warning">{t('client.expired')}</p> : null}
      <p>{t('client.enterIntro')}</p>
      <form onSubmit={submit} className="my-view__code">
        <Field
          label={t('client.code')}
          hint={t('client.codeHint')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          required
          error={wrong ? t('client.wrongCode') : undefined}
        />
        {error && !wrong ? <ErrorMessage error={error} /> : null}
        <div className="form-actions">
          <Button type="submit" disabled={loading || !code.trim()}>
            {loading ? t('client.opening') : t('client.open')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function OwnView({ view, onClosed, onChanged }: { view: View; onClosed: () => void; onChanged: () => void }) {
  const { t } = useTranslation('clientView');
  const format = useFormat();
  const apollo = useApolloClient();
  const [close, closing] = useMutation(CloseClientViewMutation);
  const [withdrawing, setWithdrawing] = useState<ConsentRow | null>(null);
  const [announce, setAnnounce] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const current = view.consents.filter((c) => c.status === 'LIVE' || c.status === 'SCHEDULED');
  const earlier = view.consents.filter((c) => c.status !== 'LIVE' && c.status !== 'SCHEDULED');
  const time = new Intl.DateTimeFormat(format.locale === 'en' ? 'en-GB' : format.locale, { timeStyle: 'short' }).format(new Date(view.endsAt));

  async function done() {
    await close().catch(() => null);
    await apollo.clearStore();
    onClosed();
  }

  return (
    <div className="my-view">
      <p>{t('client.keptBy', { organisation: view.ownerOrganisationName })}</p>
      <p className="muted">{t('client.closesAt', { time })}</p>
      <p role="status" aria-live="polite" className={announce ? 'message message--success' : 'visually-hidden'}>
        {announce}
      </p>
      <section aria-labelledby="who-may-see">
        <h2 id="who-may-see" ref={heading} tabIndex={-1}>
          {t('client.whoMaySee')}
        </h2>
        <p>{t('client.whoMaySeeIntro')}</p>
        {current.length === 0 ? <p className="muted">{t('client.noConsents')}</p> : null}
        <ul className="my-view__consents">
          {current.map((c) => (
            <li key={c.id} className="my-view__consent" aria-label={c.granteeOrganisation.name}>
              <ConsentText consent={c} />
              <Button
                variant="danger"
                aria-label={t('client.withdrawFor', { organisation: c.granteeOrganisation.name })}
                onClick={() => {
                  setAnnounce('');
                  setWithdrawing(c);
                }}
              >
                {t('client.withdraw')}
              </Button>
            </li>
          ))}
        </ul>
        {earlier.length ? (
          <>
            <h3>{t('client.earlier')}</h3>
            <ul className="my-view__consents">
              {earlier.map((c) => (
                <li key={c.id} className="my-view__consent" aria-label={c.granteeOrganisation.name}>
                  <ConsentText consent={c} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <section aria-labelledby="who-looked">
        <h2 id="who-looked">{t('client.whoLooked')}</h2>
        <p>{t('client.whoLookedIntro')}</p>
        {view.whoSaw.nodes.length === 0 ? <p className="muted">{t('client.nobody')}</p> : null}
        <ul className="my-view__looked">
          {view.whoSaw.nodes.map((line) => (
            <LookedLine key={line.id} line={line} />
          ))}
        </ul>
      </section>
      <div className="form-actions">
        <Button variant="secondary" onClick={() => void done()} disabled={closing.loading}>
          {t('client.done')}
        </Button>
      </div>
      {withdrawing ? (
        <WithdrawDialog
          consent={withdrawing}
          owner={view.ownerOrganisationName}
          onClose={() => setWithdrawing(null)}
          onWithdrawn={() => {
            setAnnounce(t('client.withdrawn', { organisation: withdrawing.granteeOrganisation.name }));
            setWithdrawing(null);
            onChanged();
            requestAnimationFrame(() => heading.current?.focus());
          }}
        />
      ) : null}
    </div>
  );
}

function ConsentText({ consent }: { consent: ConsentRow }) {
  const { t } = useTranslation('clientView');
  const format = useFormat();
  const live = consent.status === 'LIVE' || consent.status === 'SCHEDULED';
  const ended =
    consent.status === 'REVOKED'
      ? t(consent.revokedByClient ? 'client.ended.REVOKED_BY_YOU' : 'client.ended.REVOKED', { date: format.date(consent.revokedAt) })
      : t('client.ended.EXPIRED', { date: format.date(consent.validUntil) });
  return (
    <>
      <h3>{t('client.maySee', { organisation: consent.granteeOrganisation.name })}</h3>
      <ul>
        {consent.scopes.map((s) => (
          <li key={s}>{t(`scope.${s}`)}</li>
        ))}
      </ul>
      <p>
        {live ? (
          <>
            {consent.status === 'SCHEDULED' ? `${t('client.from', { date: format.date(consent.validFrom) })} · ` : null}
            <StatusBadge tone="ok">{t('client.until', { date: format.date(consent.validUntil) })}</StatusBadge>
          </>
        ) : (
          <StatusBadge tone="muted">{ended}</StatusBadge>
        )}
      </p>
    </>
  );
}

function LookedLine({ line }: { line: Line }) {
  const { t } = useTranslation('clientView');
  const format = useFormat();
  const who =
    line.actorKind === 'CLIENT'
      ? t('client.you')
      : line.actorKind === 'BRUG'
        ? t('client.brug')
        : line.actorOrganisationName
          ? t('client.worker', { name: line.actorName, organisation: line.actorOrganisationName })
          : line.actorName;
  const what = line.scopes.length ? line.scopes.map((s) => t(`scope.${s as Scope}`)).join('; ') : t('client.nothingSpecific');
  const verb = t(`client.what.${line.operation}`, { defaultValue: line.operation });
  const showsWhat = line.operation === 'READ' || line.operation === 'UPDATE' || line.operation === 'CREATE';
  return (
    <li>
      <strong>{who}</strong> {verb}
      {showsWhat ? `: ${what}` : ''}
      <br />
      <span className="muted small">
        {line.count > 1 ? t('client.times', { count: line.count, until: format.dateTime(line.lastAt) }) : format.dateTime(line.at)}
      </span>
    </li>
  );
}

function WithdrawDialog({ consent, owner, onClose, onWithdrawn }: { consent: ConsentRow; owner: string; onClose: () => void; onWithdrawn: () => void }) {
  const { t } = useTranslation('clientView');
  const [withdraw, { loading, error }] = useMutation(WithdrawMyConsentMutation);
  const organisation = consent.granteeOrganisation.name;
  async function confirm() {
    const result = await withdraw({ variables: { id: consent.id } }).catch(() => null);
    if (result?.data) onWithdrawn();
  }
  return (
    <Dialog open title={t('client.withdrawTitle', { organisation })} onClose={onClose}>
      <p>{t('client.withdrawText', { organisation, owner })}</p>
      <ErrorMessage error={error} />
      <div className="form-actions">
        <Button variant="danger" onClick={() => void confirm()} disabled={loading}>
          {t('client.withdrawConfirm')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('client.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}
