import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { EmptyState, ErrorMessage, Loading, Page, SuccessMessage } from '../../ui';
import { useSession } from '../identity/session';
import { useFormLists, useOnline, useOutbox } from './hooks';
import { emptyForm } from './model';
import { addEntry, entriesOf } from './outbox';
import { OutboxPanel } from './OutboxPanel';
import { OutreachForm } from './OutreachForm';

/**
 * "Log outreach": works without a connection. Saving writes the entry to this phone under an id
 * made here, then sends it (now, or once the phone is online again); the page lists what waits
 * and what was sent.
 */
export function OutreachLogPage() {
  const { t } = useTranslation('outreach');
  const { viewer } = useSession();
  const { lists, loading, error } = useFormLists();
  const { entries, send } = useOutbox();
  const online = useOnline();
  const [saved, setSaved] = useState<'offline' | 'sent' | null>(null);
  const organisationId = viewer?.activeOrganisation?.id;

  return (
    <Page title={t('form.title')} narrow actions={<Link to="/outreach">{t('session.back')}</Link>}>
      {loading ? <Loading /> : null}
      <ErrorMessage error={error} />
      {lists && !lists.outreachPlaces.length ? <EmptyState>{t('form.noPlaces')}</EmptyState> : null}
      {lists && lists.outreachPlaces.length && viewer && organisationId ? (
        <OutreachForm
          lists={lists}
          initial={emptyForm(lists, viewer.id)}
          submitLabel={t('form.save')}
          onSubmit={async (input) => {
            const id = crypto.randomUUID();
            const placeName = lists.outreachPlaces.find((p) => p.id === input.placeId)?.name ?? '';
            await addEntry({ id, userId: viewer.id, organisationId, input, placeName });
            setSaved('offline');
            await send();
            const mine = (await entriesOf(viewer.id, organisationId)).find((e) => e.id === id);
            setSaved(mine?.status === 'sent' ? 'sent' : 'offline');
            return true;
          }}
        >
          {saved ? <SuccessMessage>{t(saved === 'sent' ? 'form.savedSent' : 'form.savedOffline')}</SuccessMessage> : null}
        </OutreachForm>
      ) : null}
      <OutboxPanel entries={entries} online={online} onSend={() => void send()} />
    </Page>
  );
}
