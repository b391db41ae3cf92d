import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentFieldsFragment, ConsentStatus } from '../../generated/graphql';
import { Button, Dialog, ErrorMessage, Loading, StatusBadge, TextArea, useFormat, type Tone } from '../../ui';
import { ClientConsentsQuery, RevokeConsentMutation } from './clients.graphql';
import { useClientSummary } from './client-page-slots';
import { ConsentDialog } from './ConsentDialog';
import { endsSoon, RenewButton, RenewConsentDialog } from './RenewConsent';
import { useClientLabels } from './labels';

const STATUS_TONE: Record<ConsentStatus, Tone> = { LIVE: 'ok', SCHEDULED: 'warn', EXPIRED: 'muted', REVOKED: 'danger' };

/** Sharing (owner only): the client's consents, a new one, and revoking in two clicks. */
export function SharingTab({ clientId }: { clientId: string }) {
  const { t } = useTranslation('clients');
  const labels = useClientLabels();
  const format = useFormat();
  const owner = useClientSummary().ownerOrganisation;
  const { data, loading, error } = useQuery(ClientConsentsQuery, { variables: { id: clientId } });
  const [sharing, setSharing] = useState(false);
  const [revoking, setRevoking] = useState<ConsentFieldsFragment | null>(null);
  const [renewing, setRenewing] = useState<ConsentFieldsFragment | null>(null);
  const [announce, setAnnounce] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  if (!data && loading) return <Loading />;
  if (!data) return <ErrorMessage error={error} />;
  const consents = data.client.consents;

  return (
    <section aria-labelledby="sharing-title">
      <div className="section-card__header">
        <h2 id="sharing-title" ref={heading} tabIndex={-1}>
          {t('sharing.title')}
        </h2>
        <Button
          onClick={() => {
            setAnnounce('');
            setSharing(true);
          }}
        >
          {t('sharing.share')}
        </Button>
      </div>
      <p>{t('sharing.intro')}</p>
      <p className="muted">{t('sharing.history')}</p>
      <p role="status" aria-live="polite" className={announce ? 'message message--success' : 'visually-hidden'}>
        {announce}
      </p>
      {consents.length === 0 ? (
        <p className="muted">{t('sharing.empty')}</p>
      ) : (
        <table className="table consents">
          <thead>
            <tr>
              <th scope="col">{t('sharing.organisation')}</th>
              <th scope="col">{t('sharing.sections')}</th>
              <th scope="col">{t('sharing.purpose')}</th>
              <th scope="col">{t('sharing.period')}</th>
              <th scope="col">{t('sharing.method')}</th>
              <th scope="col">{t('sharing.status')}</th>
              <th scope="col">{t('sharing.recordedBy')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('sharing.revoke')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {consents.map((c) => (
              <tr key={c.id} aria-label={c.granteeOrganisation.name}>
                <td data-label={t('sharing.organisation')}>
                  <strong>{c.granteeOrganisation.name}</strong>
                </td>
                <td data-label={t('sharing.sections')}>{labels.scopes(c.scopes)}</td>
                <td data-label={t('sharing.purpose')} className="pre-line">
                  {c.purpose}
                </td>
                <td data-label={t('sharing.period')}>
                  {format.date(c.validFrom)} – {format.date(c.validUntil)}
                </td>
                <td data-label={t('sharing.method')}>
                  {t(`sharing.methodLabel.${c.method}`)}
                  {c.signedFormDocumentId ? (
                    <div className="small">
                      <a href={`/api/documents/${c.signedFormDocumentId}`} download>
                        {t('sharing.openSignedForm')}
                      </a>
                    </div>
                  ) : null}
                </td>
                <td data-label={t('sharing.status')}>
                  <StatusBadge tone={STATUS_TONE[c.status]}>{t(`sharing.statusLabel.${c.status}`)}</StatusBadge>
                  {endsSoon(c) ? (
                    <div>
                      <StatusBadge tone="warn">{t('sharing.endsSoon')}</StatusBadge>
                    </div>
                  ) : null}
                  <HowItEnded consent={c} />
                </td>
                <td data-label={t('sharing.recordedBy')}>{t('sharing.recordedByOn', { name: c.recordedByName, date: format.date(c.recordedAt) })}</td>
                <td>
                  {endsSoon(c) ? (
                    <RenewButton
                      consent={c}
                      onRenew={() => {
                        setAnnounce('');
                        setRenewing(c);
                      }}
                    />
                  ) : null}{' '}
                  {c.status === 'LIVE' || c.status === 'SCHEDULED' ? (
                    <Button
                      variant="danger"
                      small
                      aria-label={t('sharing.revokeFor', { organisation: c.granteeOrganisation.name })}
                      onClick={() => {
                        setAnnounce('');
                        setRevoking(c);
                      }}
                    >
                      {t('sharing.revoke')}
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConsentDialog
        open={sharing}
        clientId={clientId}
        ownOrganisationId={owner.id}
        consents={consents}
        onClose={() => setSharing(false)}
        onRecorded={(c) => {
          setSharing(false);
          setAnnounce(t('sharing.recorded', { organisation: c.granteeOrganisation.name }));
        }}
      />
      {renewing ? (
        <RenewConsentDialog
          consent={renewing}
          onClose={() => setRenewing(null)}
          onRenewed={(c) => {
            setRenewing(null);
            setAnnounce(t('renew.done', { organisation: c.granteeOrganisation.name, date: format.date(c.validUntil) }));
            requestAnimationFrame(() => heading.current?.focus());
          }}
        />
      ) : null}
      {revoking ? (
        <RevokeDialog
          consent={revoking}
          onClose={() => setRevoking(null)}
          onRevoked={(c) => {
            setRevoking(null);
            setAnnounce(t('sharing.revoked', { organisation: c.granteeOrganisation.name }));
            // The revoke button is gone: keep the keyboard user's place at the list.
            requestAnimationFrame(() => heading.current?.focus());
          }}
        />
      ) : null}
    </section>
  );
}

/** When and how a consent ended, in words: the period was over, renewed, replaced, erased, or withdrawn (by whom, why). */
function HowItEnded({ consent: c }: { consent: ConsentFieldsFragment }) {
  const { t } = useTranslation('clients');
  const format = useFormat();
  let text: string | null = null;
  let reason: string | null = null;
  if (c.status === 'EXPIRED') text = t('sharing.endedExpired', { date: format.date(c.validUntil) });
  else if (c.revokedAt) {
    const date = format.date(c.revokedAt);
    if (c.revocationReason === 'renewed') text = t('sharing.endedRenewed', { date });
    else if (c.revocationReason === 'replaced') text = t('sharing.endedReplaced', { date });
    else if (c.revocationReason === 'erased') text = t('sharing.endedErased', { date });
    else {
      text = c.revokedByClient ? t('sharing.revokedByClientOn', { date }) : t('sharing.revokedByOn', { name: c.revokedByName, date });
      reason = c.revocationReason ?? null;
    }
  }
  if (!text) return null;
  return (
    <>
      <div className="muted small">{text}</div>
      {reason ? <div className="muted small">{t('sharing.revokedReason', { reason })}</div> : null}
    </>
  );
}

function RevokeDialog({ consent, onClose, onRevoked }: { consent: ConsentFieldsFragment; onClose: () => void; onRevoked: (c: ConsentFieldsFragment) => void }) {
  const { t } = useTranslation('clients');
  const [reason, setReason] = useState('');
  const [revoke, { loading, error }] = useMutation(RevokeConsentMutation);
  const organisation = consent.granteeOrganisation.name;

  async function submit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const result = await revoke({ variables: { id: consent.id, reason: reason.trim() || null } }).catch(() => null);
    if (result?.data) onRevoked(result.data.revokeConsent);
  }

  return (
    <Dialog open title={t('sharing.revokeTitle', { organisation })} onClose={onClose}>
      <form onSubmit={submit}>
        <p>{t('sharing.revokeText', { organisation })}</p>
        <TextArea label={t('sharing.revokeReason')} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        <ErrorMessage error={error} />
        <div className="form-actions">
          <Button type="submit" variant="danger" disabled={loading}>
            {t('sharing.revokeConfirm')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
