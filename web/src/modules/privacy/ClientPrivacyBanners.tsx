import { useTranslation } from 'react-i18next';
import { StatusBadge, useFormat } from '../../ui';
import type { ClientSummary } from '../clients/client-page-slots';
import './privacy.css';

/** On the client page: "this record was erased", or "due for a retention review" (owner only). */
export function ClientPrivacyBanners({ client }: { client: ClientSummary }) {
  const { t } = useTranslation('privacy');
  const format = useFormat();
  if (client.erasedAt) {
    return (
      <section className="message message--warning erased-banner" aria-labelledby="erased-banner-title">
        <h2 id="erased-banner-title" className="erased-banner__title">
          {t('banner.erased', { date: format.date(client.erasedAt) })}
        </h2>
        <p>{t('banner.erasedText')}</p>
      </section>
    );
  }
  if (client.dueForRetentionReview) {
    return (
      <div className="message retention-banner">
        <p>
          <StatusBadge tone="warn">{t('banner.review')}</StatusBadge> {t('banner.reviewText')}
        </p>
      </div>
    );
  }
  return null;
}
