import { useMutation } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceDetailFieldsFragment } from '../../generated/graphql';
import { Button, ButtonLink, ErrorMessage, Panel, StatusBadge, SuccessMessage, useFormat } from '../../ui';
import { CapacityBadge } from './CapacityBadge';
import { CapacityForm } from './CapacityForm';
import { ConfirmServiceMutation } from './service-map.graphql';
import { useLabels } from './taxonomy';

function Fact({ term, children }: { term: ReactNode; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** Everything a worker needs to decide and to refer: what, for whom, where, when, how. */
export function ServiceDetail({ service }: { service: ServiceDetailFieldsFragment }) {
  const { t } = useTranslation('serviceMap');
  const labels = useLabels();
  const format = useFormat();
  const [confirm, confirmState] = useMutation(ConfirmServiceMutation);
  const none = <span>{t('detail.notProvided')}</span>;
  const text = (value: string | null | undefined) => (value?.trim() ? <span className="pre-line">{value}</span> : none);

  const ages =
    service.minimumAge != null && service.maximumAge != null
      ? t('detail.agesRange', { min: service.minimumAge, max: service.maximumAge })
      : service.minimumAge != null
        ? t('detail.agesFrom', { min: service.minimumAge })
        : service.maximumAge != null
          ? t('detail.agesUpTo', { max: service.maximumAge })
          : null;

  return (
    <>
      <p className="card__meta">
        <span>
          {t('detail.organisation')}: {service.organisation.name}
        </span>
        <CapacityBadge status={service.capacityStatus} />
        {service.waitingDays != null ? <span>{t('card.waitingDays', { count: service.waitingDays })}</span> : null}
      </p>
      {service.isStale ? (
        <div className="message message--warning" role="note">
          {t('detail.staleWarning')}
        </div>
      ) : null}
      <p>{t('detail.lastConfirmed', { date: format.date(service.lastConfirmedAt) })}</p>
      {service.canEdit ? (
        <div className="form-actions">
          <ButtonLink to={`/services/${service.id}/edit`} variant="secondary">
            {t('detail.edit')}
          </ButtonLink>
          <Button variant="secondary" disabled={confirmState.loading} onClick={() => void confirm({ variables: { id: service.id } }).catch(() => undefined)}>
            {t('detail.confirm')}
          </Button>
        </div>
      ) : null}
      <ErrorMessage error={confirmState.error} />
      {confirmState.data ? <SuccessMessage>{t('detail.confirmed')}</SuccessMessage> : null}

      <div className="detail-grid">
        <Panel title={t('detail.offers')}>
          <p className="pre-line">{service.description}</p>
          <ul className="tags" aria-label={t('detail.offers')}>
            {service.categories.map((c) => (
              <li key={c}>{labels.category(c)}</li>
            ))}
          </ul>
        </Panel>
        <Panel title={t('detail.forWhom')}>
          <ul className="tags" aria-label={t('detail.forWhom')}>
            {service.targetGroups.map((g) => (
              <li key={g}>{labels.targetGroup(g)}</li>
            ))}
          </ul>
          <dl className="facts">
            <Fact term={t('detail.ages')}>{ages ?? none}</Fact>
            <Fact term={t('detail.eligibility')}>{text(service.eligibility)}</Fact>
            <Fact term={t('detail.anonymousAccess')}>{service.anonymousAccess ? t('detail.anonymousYes') : t('detail.anonymousNo')}</Fact>
          </dl>
        </Panel>
        {service.requirements.length ? (
          <Panel title={t('requirements.title')}>
            <p>{t('requirements.intro')}</p>
            <ol className="requirements-list">
              {service.requirements.map((r) => (
                <li key={r.id}>
                  <span className="field__hint">{t(r.kind === 'QUESTION' ? 'requirements.kindQuestion' : 'requirements.kindDocument')}: </span>
                  {r.text}
                  {r.notEligibleWhenNo ? <span className="field__hint"> ({t('requirements.noMeansNotEligible')})</span> : null}
                </li>
              ))}
            </ol>
          </Panel>
        ) : null}
        <Panel title={t('detail.where')}>
          <ul>
            {service.locations.map((l) => (
              <li key={l.id}>
                <strong>{l.name}</strong>
                <br />
                {l.address ? (
                  <>
                    {l.address}, {l.postalCode ? `${l.postalCode} ` : ''}
                    {l.city}
                  </>
                ) : (
                  <>
                    {l.city} <span className="field__hint">({t('detail.addressHidden')})</span>
                  </>
                )}
              </li>
            ))}
          </ul>
          {service.serviceAreas.length ? (
            <dl className="facts">
              <Fact term={t('detail.serviceAreas')}>{service.serviceAreas.map(labels.region).join(', ')}</Fact>
            </dl>
          ) : null}
        </Panel>
        <Panel title={t('detail.when')}>{text(service.schedule)}</Panel>
        <Panel title={t('detail.howToRefer')}>
          <dl className="facts">
            <Fact term={t('detail.applicationProcess')}>{text(service.applicationProcess)}</Fact>
            <Fact term={t('detail.contact')}>
              {service.contactName || service.contactEmail || service.contactPhone ? (
                <>
                  {service.contactName ? (
                    <>
                      {service.contactName}
                      <br />
                    </>
                  ) : null}
                  {service.contactPhone ? (
                    <>
                      <a href={`tel:${service.contactPhone}`}>{service.contactPhone}</a>
                      <br />
                    </>
                  ) : null}
                  {service.contactEmail ? <a href={`mailto:${service.contactEmail}`}>{service.contactEmail}</a> : null}
                </>
              ) : (
                none
              )}
            </Fact>
            {service.website ? (
              <Fact term={t('detail.website')}>
                <a href={service.website} rel="noopener noreferrer" target="_blank">
                  {service.website}
                </a>
              </Fact>
            ) : null}
            <Fact term={t('detail.languages')}>{service.languages.length ? service.languages.map(labels.language).join(', ') : none}</Fact>
            <Fact term={t('detail.fees')}>{text(service.fees)}</Fact>
          </dl>
        </Panel>
        <Panel title={t('detail.capacity')}>
          <p className="card__meta">
            <CapacityBadge status={service.capacityStatus} />
            {service.waitingDays != null ? <span>{t('card.waitingDays', { count: service.waitingDays })}</span> : null}
            {service.status === 'ARCHIVED' ? <StatusBadge tone="muted">{t('card.archived')}</StatusBadge> : null}
          </p>
          {service.canUpdateCapacity ? <CapacityForm service={service} /> : null}
        </Panel>
      </div>
    </>
  );
}
