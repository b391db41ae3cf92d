import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ServiceCardFieldsFragment } from '../../generated/graphql';
import { StatusBadge } from '../../ui';
import { CapacityBadge } from './CapacityBadge';
import { useLabels } from './taxonomy';

/** One search result: enough to choose, the rest is on the detail page. */
export function ServiceCard({ service }: { service: ServiceCardFieldsFragment }) {
  const { t } = useTranslation('serviceMap');
  const labels = useLabels();
  const cities = [...new Set(service.locations.map((l) => l.city))];
  return (
    <article className="card" aria-labelledby={`service-${service.id}`}>
      <h2 id={`service-${service.id}`}>
        <Link to={`/services/${service.id}`}>{service.name}</Link>
      </h2>
      <p className="card__meta">
        <span>{service.organisation.name}</span>
        {cities.length ? <span>{cities.join(', ')}</span> : null}
      </p>
      <p className="card__meta">
        <CapacityBadge status={service.capacityStatus} />
        {service.waitingDays != null ? <span>{t('card.waitingDays', { count: service.waitingDays })}</span> : null}
        {service.isStale ? <StatusBadge tone="warn">{t('card.stale')}</StatusBadge> : null}
        {service.status === 'ARCHIVED' ? <StatusBadge tone="muted">{t('card.archived')}</StatusBadge> : null}
      </p>
      {service.languages.length ? (
        <p className="card__meta">
          <span>
            {t('card.languages')}: {service.languages.map(labels.language).join(', ')}
          </span>
        </p>
      ) : null}
    </article>
  );
}
