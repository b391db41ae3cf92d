import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, ErrorMessage, TextArea } from '../../ui';
import { CompleteActionMutation } from './follow-up.graphql';

/** Completes an open action as done or not done, with a note; `onCompleted` refreshes the lists. */
export function CompleteActionButton({ action, onCompleted }: { action: { id: string; description: string }; onCompleted?: () => void }) {
  const { t } = useTranslation('followUp');
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<boolean | null>(null);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [complete, { loading, error, reset }] = useMutation(CompleteActionMutation);

  const close = () => {
    setOpen(false);
    setDone(null);
    setNote('');
    setMissing(false);
    reset();
  };

  return (
    <>
      <Button small variant="secondary" onClick={() => setOpen(true)} aria-label={t('plan.completeFor', { action: action.description })}>
        {t('plan.complete')}
      </Button>
      <Dialog open={open} title={t('plan.completeTitle')} onClose={close}>
        <p className="pre-line">{action.description}</p>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (done === null) {
              setMissing(true);
              return;
            }
            void complete({ variables: { input: { actionId: action.id, done, note: note.trim() || null } } }).then(
              () => {
                close();
                onCompleted?.();
              },
              () => undefined,
            );
          }}
        >
          <fieldset className="fieldset" aria-describedby={missing ? `${action.id}-outcome-error` : undefined}>
            <legend>{t('plan.outcome')}</legend>
            <div className="radio-list">
              <label className="checkbox">
                <input
                  type="radio"
                  name="outcome"
                  checked={done === true}
                  onChange={() => {
                    setDone(true);
                    setMissing(false);
                  }}
                />
                <span>{t('plan.done')}</span>
              </label>
              <label className="checkbox">
                <input
                  type="radio"
                  name="outcome"
                  checked={done === false}
                  onChange={() => {
                    setDone(false);
                    setMissing(false);
                  }}
                />
                <span>{t('plan.notDone')}</span>
              </label>
            </div>
            {missing ? (
              <span id={`${action.id}-outcome-error`} className="field__error" role="alert">
                {t('plan.required')}
              </span>
            ) : null}
          </fieldset>
          <TextArea label={t('plan.completionNote')} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
          <ErrorMessage error={error} />
          <div className="form-actions">
            <Button type="submit" disabled={loading}>
              {t('plan.saveCompletion')}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
