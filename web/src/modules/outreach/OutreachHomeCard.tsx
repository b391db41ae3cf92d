import { useTranslation } from 'react-i18next';
import { ButtonLink, Panel } from '../../ui';
import { useOutbox } from './hooks';

/** The home screen's outreach card: log a session, and what still waits on this phone (sent from here too). */
export function OutreachHomeCard() {
  const { t } = useTranslation('outreach');
  const { entries } = useOutbox();
  const waiting = entries.filter((e) => e.status === 'waiting').length;
  return (
    <Panel title={t('nav.outreach')}>
      <p aria-live="polite">{waiting ? t('outbox.waiting', { count: waiting }) : t('outbox.none')}</p>
      <p>
        <ButtonLink to="/outreach/new" small>
          {t('list.log')}
        </ButtonLink>
      </p>
    </Panel>
  );
}
