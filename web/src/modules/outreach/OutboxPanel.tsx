import { useTranslation } from 'react-i18next';
import { Button, Panel, StatusBadge, useFormat } from '../../ui';
import { discardEntry, type OutboxEntry } from './outbox';

/** What waits on this phone to be sent, what was refused, and what was sent. */
export function OutboxPanel({ entries, online, onSend }: { entries: OutboxEntry[]; online: boolean; onSend: () => void }) {
  const { t } = useTranslation('outreach');
  const format = useFormat();
  const waiting = entries.filter((e) => e.status !== 'sent');
  const sent = entries.filter((e) => e.status === 'sent').slice(0, 10);
  const line = (e: OutboxEntry) =>
    `${e.placeName} · ${format.dateTime(e.input.startsAt)} · ${t('list.contacts', { total: e.input.contactsTotal, fresh: e.input.contactsNew })}`;
  return (
    <Panel title={t('outbox.title')}>
      {!online ? (
        <p className="message message--warning" role="status">
          {t('outbox.offline')}
        </p>
      ) : null}
      <section aria-labelledby="outbox-waiting">
        <h3 id="outbox-waiting">{t('outbox.waiting', { count: waiting.filter((e) => e.status === 'waiting').length })}</h3>
        {waiting.length ? (
          <ul className="outbox__list" data-testid="outbox-waiting">
            {waiting.map((e) => (
              <li key={e.id} className="card outbox__item">
                <p>
                  {line(e)}
                  <br />
                  <small>{t('outbox.savedAt', { at: format.dateTime(e.createdAt) })}</small>
                  {e.error ? (
                    <>
                      <br />
                      <small lang="en">{e.error}</small>
                    </>
                  ) : null}
                </p>
                {e.status === 'failed' ? (
                  <>
                    <StatusBadge tone="danger">{t('outbox.failed')}</StatusBadge>
                    <Button small variant="secondary" onClick={() => void discardEntry(e.id)}>
                      {t('outbox.discard')}
                    </Button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('outbox.none')}</p>
        )}
        {online && waiting.some((e) => e.status === 'waiting') ? (
          <Button small variant="secondary" onClick={onSend}>
            {t('outbox.sendNow')}
          </Button>
        ) : null}
      </section>
      <section aria-labelledby="outbox-sent">
        <h3 id="outbox-sent">{t('outbox.sent')}</h3>
        {sent.length ? (
          <ul className="outbox__list" data-testid="outbox-sent">
            {sent.map((e) => (
              <li key={e.id} className="card outbox__item">
                <p>
                  {line(e)}
                  <br />
                  <small>{t('outbox.sentAt', { at: format.dateTime(e.sentAt) })}</small>
                </p>
                <StatusBadge tone="ok">{t('outbox.sent')}</StatusBadge>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('outbox.noneSent')}</p>
        )}
      </section>
    </Panel>
  );
}
