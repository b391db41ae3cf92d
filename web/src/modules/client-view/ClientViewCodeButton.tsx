import { useMutation, useQuery } from '@apollo/client/react';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientViewCodeFieldsFragment, ClientViewCodeStatus, CreateClientViewCodeMutation as Created } from '../../generated/graphql';
import { Button, Dialog, ErrorMessage, Loading, StatusBadge, useFormat, type Tone } from '../../ui';
import type { ClientSummary } from '../clients/client-page-slots';
import { ClientViewCodesQuery, CreateClientViewCodeMutation, RevokeClientViewCodeMutation } from './client-view.graphql';
import './client-view.css';

const STATUS_TONE: Record<ClientViewCodeStatus, Tone> = { WAITING: 'warn', IN_USE: 'ok', ENDED: 'muted', REVOKED: 'danger' };

/** Where the client opens their view; the code travels in the fragment, which no server sees. */
export const clientViewUrl = (code?: string) => `${window.location.origin}/my-view${code ? `#code=${encodeURIComponent(code)}` : ''}`;

/** The client page's header button (owner only): make, show, print and stop codes for the client's own view. */
export function ClientViewCodeButton({ client }: { client: ClientSummary }) {
  const { t } = useTranslation('clientView');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('worker.button')}
      </Button>
      {open ? <ClientViewCodeDialog clientId={client.id} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function ClientViewCodeDialog({ clientId, onClose }: { clientId: string; onClose: () => void }) {
  const { t } = useTranslation('clientView');
  const format = useFormat();
  const { data, error, refetch } = useQuery(ClientViewCodesQuery, { variables: { clientId }, fetchPolicy: 'network-only' });
  const [create, creating] = useMutation(CreateClientViewCodeMutation);
  const [revoke, revoking] = useMutation(RevokeClientViewCodeMutation);
  const [issued, setIssued] = useState<Created['createClientViewCode'] | null>(null);
  const [warningSeen, setWarningSeen] = useState(false);
  const [announce, setAnnounce] = useState('');

  const phoneRisk = data?.clientViewCodes.phoneMayBeReadByOthers === true;
  async function make(phoneWarningSeen: boolean) {
    setAnnounce('');
    const result = await create({ variables: { clientId, phoneWarningSeen } }).catch(() => null);
    if (result?.data) {
      setIssued(result.data.createClientViewCode);
      void refetch();
    }
  }
  async function stop(code: ClientViewCodeFieldsFragment) {
    const result = await revoke({ variables: { id: code.id } }).catch(() => null);
    if (result?.data) {
      setAnnounce(t('worker.revoked'));
      void refetch();
    }
  }

  return (
    <Dialog open title={t('worker.title')} onClose={onClose}>
      <p>{t('worker.intro')}</p>
      <p className="muted">{t('worker.rules')}</p>
      {!data ? error ? <ErrorMessage error={error} /> : <Loading /> : null}
      {data && phoneRisk && !warningSeen && !issued ? (
        <div className="message message--warning" role="alert">
          <p>
            <strong>{t('worker.phoneWarningTitle')}</strong>
          </p>
          <p>{t('worker.phoneWarning')}</p>
          <Button onClick={() => (setWarningSeen(true), void make(true))} disabled={creating.loading}>
            {t('worker.phoneWarningConfirm')}
          </Button>
        </div>
      ) : null}
      {issued ? <IssuedCode issued={issued} /> : null}
      {data && (!phoneRisk || warningSeen) ? (
        <div className="form-actions">
          <Button onClick={() => void make(phoneRisk)} disabled={creating.loading} variant={issued ? 'secondary' : 'primary'}>
            {issued ? t('worker.makeAnother') : t('worker.make')}
          </Button>
          <span className="muted small">{t('worker.replaces')}</span>
        </div>
      ) : null}
      <ErrorMessage error={creating.error ?? revoking.error} />
      <p role="status" aria-live="polite" className={announce ? 'message message--success' : 'visually-hidden'}>
        {announce}
      </p>
      {data ? (
        <section aria-labelledby="client-view-codes">
          <h3 id="client-view-codes">{t('worker.codes')}</h3>
          {data.clientViewCodes.codes.length === 0 ? (
            <p className="muted">{t('worker.none')}</p>
          ) : (
            <ul className="client-view-codes">
              {data.clientViewCodes.codes.map((code) => (
                <li key={code.id}>
                  <span>{t('worker.made', { date: format.dateTime(code.createdAt), name: code.createdByName })}</span>{' '}
                  <StatusBadge tone={STATUS_TONE[code.status]}>{t(`worker.status.${code.status}`, { until: format.dateTime(code.sessionEndsAt) })}</StatusBadge>{' '}
                  {code.status === 'WAITING' || code.status === 'IN_USE' ? (
                    <Button
                      small
                      variant="danger"
                      aria-label={t('worker.revokeLabel', { date: format.dateTime(code.createdAt) })}
                      onClick={() => void stop(code)}
                      disabled={revoking.loading}
                    >
                      {t('worker.revoke')}
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </Dialog>
  );
}

function printCard() {
  document.body.classList.add('printing-client-view-card');
  window.addEventListener('afterprint', () => document.body.classList.remove('printing-client-view-card'), { once: true });
  window.print();
}

/** The new code, large, with a QR code and a card to print (the code is shown only now). */
function IssuedCode({ issued }: { issued: Created['createClientViewCode'] }) {
  const { t } = useTranslation('clientView');
  const format = useFormat();
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // An SVG as an image (img-src allows data:), so no script or inline style is needed.
    void QRCode.toString(clientViewUrl(issued.code), { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((svg) => {
      if (live) setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [issued.code]);
  return (
    <div className="client-view-issued">
      <p className="message message--success">{t('worker.onlyNow')}</p>
      <div className="client-view-card" aria-label={t('worker.cardTitle')} role="group">
        <h3>{t('worker.cardTitle')}</h3>
        <p className="client-view-card__code" aria-label={t('worker.yourCode')} data-testid="client-view-code">
          {issued.code}
        </p>
        {qr ? <img className="client-view-card__qr" src={qr} alt={t('worker.qrLabel')} width={160} height={160} /> : null}
        <p>{t('worker.cardSteps', { url: clientViewUrl() })}</p>
        <p className="small">{t('worker.cardRules', { date: format.dateTime(issued.record.redeemBy) })}</p>
      </div>
      <Button variant="secondary" onClick={printCard}>
        {t('worker.print')}
      </Button>
    </div>
  );
}
