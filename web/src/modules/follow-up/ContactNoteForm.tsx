import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactType } from '../../generated/graphql';
import { Button, Dialog, ErrorMessage, Field, Select, TextArea } from '../../ui';
import { AddNoteMutation } from './follow-up.graphql';
import { CONTACT_TYPES, nowForInput } from './labels';

/** "Contact note": a button opening a short form (when, what kind of contact, a few words). */
export function ContactNoteButton({ clientId, onSaved }: { clientId: string; onSaved: () => void }) {
  const { t } = useTranslation('followUp');
  const [open, setOpen] = useState(false);
  const [contactAt, setContactAt] = useState(nowForInput());
  const [contactType, setContactType] = useState<ContactType>('OUTREACH_CONTACT');
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const [addNote, { loading, error, reset }] = useMutation(AddNoteMutation);

  const close = () => {
    setOpen(false);
    setText('');
    setMissing(false);
    reset();
  };

  return (
    <>
      <Button
        onClick={() => {
          setContactAt(nowForInput());
          setOpen(true);
        }}
      >
        {t('notes.add')}
      </Button>
      <Dialog open={open} title={t('notes.addTitle')} onClose={close}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!text.trim()) {
              setMissing(true);
              return;
            }
            const at = contactAt ? new Date(contactAt).toISOString() : null;
            void addNote({ variables: { input: { clientId, contactType, contactAt: at, text: text.trim() } } }).then(
              () => {
                close();
                onSaved();
              },
              () => undefined,
            );
          }}
        >
          <div className="form-grid">
            <Field label={t('notes.when')} type="datetime-local" value={contactAt} max={nowForInput()} onChange={(e) => setContactAt(e.target.value)} />
            <Select
              label={t('notes.type')}
              value={contactType}
              onChange={(e) => setContactType(e.target.value as ContactType)}
              options={CONTACT_TYPES.map((c) => ({ value: c, label: t(`contactType.${c}`) }))}
            />
          </div>
          <TextArea
            label={t('notes.text')}
            hint={t('notes.textHint')}
            value={text}
            maxLength={2000}
            error={missing ? t('plan.required') : undefined}
            onChange={(e) => {
              setText(e.target.value);
              setMissing(false);
            }}
          />
          <ErrorMessage error={error} />
          <div className="form-actions">
            <Button type="submit" disabled={loading}>
              {t('notes.save')}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
