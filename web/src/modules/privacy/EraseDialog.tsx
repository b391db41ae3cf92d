import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { EraseClientMutation as EraseResult } from '../../generated/graphql';
import { Button, Dialog, ErrorMessage, Field, TextArea, errorCode, errorExtensions, useFormat } from '../../ui';
import { EraseClientMutation } from './privacy.graphql';

const COUNTS = [
  'sectionsDeleted',
  'goalsDeleted',
  'actionsDeleted',
  'notesDeleted',
  'consentsEnded',
  'referralsCancelled',
  'referralsScrubbed',
  'messagesScrubbed',
  'timelineEntriesScrubbed',
] as const satisfies readonly (keyof EraseResult['eraseClient'])[];

/** Erase on request: what goes, what stays, a reason, the pseudonym typed to confirm; then what was erased. */
export function EraseDialog({ open, clientId, pseudonym, onClose }: { open: boolean; clientId: string; pseudonym: string; onClose: () => void }) {
  const { t } = useTranslation('privacy');
  const format = useFormat();
  const navigate = useNavigate();
  const apollo = useApolloClient();
  const [reason, setReason] = useState('');
  const [typed, setTyped] = useState('');
  const [tried, setTried] = useState(false);
  const [erase, { data, loading, error, reset }] = useMutation(EraseClientMutation);
  const result = data?.eraseClient;

  const field = errorCode(error) === 'BAD_USER_INPUT' ? (errorExtensions(error).field as string | undefined) : undefined;
  const reasonError = (tried && !reason.trim()) || field === 'reason' ? t('erase.reasonRequired') : undefined;
  const confirmError = (tried && typed.trim() !== pseudonym) || field === 'confirmPseudonym' ? t('erase.confirmMismatch') : undefined;
  const otherError = error && !(field === 'reason' || field === 'confirmPseudonym') ? error : undefined;

  async function submit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    setTried(true);
    reset();
    if (!reason.trim() || typed.trim() !== pseudonym) return;
    try {
      await erase({ variables: { clientId, reason: reason.trim(), confirmPseudonym: typed.trim() } });
    } catch (e) {
      // Shown from `error`; when it was erased meanwhile, the page shows it too.
      if (errorCode(e) === 'CONFLICT') void apollo.refetchQueries({ include: ['ClientHeader'] });
    }
  }

  function backToList() {
    // The erased client is in no list any more, and its page says it was erased.
    apollo.cache.evict({ id: 'ROOT_QUERY', fieldName: 'clients' });
    apollo.cache.evict({ id: 'ROOT_QUERY', fieldName: 'clientsDueForReview' });
    apollo.cache.evict({ id: apollo.cache.identify({ __typename: 'Client', id: clientId }) });
    apollo.cache.gc();
    void navigate('/clients');
  }

  function close() {
    if (result) backToList();
    else onClose();
  }

  return (
    <Dialog open={open} title={result ? t('erase.counts') : t('erase.dialogTitle', { pseudonym })} onClose={close}>
      {result ? (
        <div className="erase-result">
          <p role="status" className="message message--success">
            {t('erase.done', { pseudonym: result.pseudonym })} ({format.dateTime(result.erasedAt)})
          </p>
          <dl className="facts erase-counts">
            {COUNTS.map((key) => (
              <div key={key}>
                <dt>{t(`erase.count.${key}`)}</dt>
                <dd>{format.number(result[key])}</dd>
              </div>
            ))}
          </dl>
          <div className="form-actions">
            <Button onClick={backToList}>{t('erase.backToList')}</Button>
          </div>
        </div>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <div className="erase-explain">
            <section aria-labelledby="erase-removed">
              <h3 id="erase-removed">{t('erase.removed')}</h3>
              <ul>
                {t('erase.removedItems', { returnObjects: true }).map((x) => (
                  <li key={x}>{x}</li>
                ))}
              </ul>
            </section>
            <section aria-labelledby="erase-kept">
              <h3 id="erase-kept">{t('erase.kept')}</h3>
              <ul>
                {t('erase.keptItems', { returnObjects: true }).map((x) => (
                  <li key={x}>{x}</li>
                ))}
              </ul>
            </section>
          </div>
          <TextArea
            label={t('erase.reason')}
            hint={t('erase.reasonHint')}
            name="reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={reasonError}
            rows={2}
          />
          <Field
            label={t('erase.confirm', { pseudonym })}
            name="confirmPseudonym"
            autoComplete="off"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            error={confirmError}
          />
          {errorCode(otherError) === 'CONFLICT' ? (
            <div role="alert" className="message message--error">
              <p>{t('erase.conflict')}</p>
            </div>
          ) : (
            <ErrorMessage error={otherError} />
          )}
          <div className="form-actions">
            <Button type="submit" variant="danger" disabled={loading}>
              {loading ? t('erase.busy') : t('erase.submit')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
