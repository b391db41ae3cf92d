import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { OrganisationQuery } from '../../generated/graphql';
import { Button, ButtonLink, Dialog, EmptyState, ErrorMessage, StatusBadge } from '../../ui';
import { CapacityBadge } from '../service-map/CapacityBadge';
import { CapacityForm } from '../service-map/CapacityForm';
import { ArchiveServiceMutation, RestoreServiceMutation } from '../service-map/service-map.graphql';

type Org = NonNullable<OrganisationQuery['organisation']>;
type Service = Org['services'][number];

/** The organisation's listings with add, edit, archive/restore and a quick capacity change. */
export function OrganisationServices({ organisation }: { organisation: Org }) {
  const { t } = useTranslation('organisations');
  const { t: map } = useTranslation('serviceMap');
  const [capacityOf, setCapacityOf] = useState<Service | null>(null);
  const [archive, archiveState] = useMutation(ArchiveServiceMutation);
  const [restore, restoreState] = useMutation(RestoreServiceMutation);

  return (
    <>
      {organisation.canEdit ? (
        <div className="form-actions">
          <ButtonLink to={`/organisations/${organisation.id}/services/new`}>{t('services.add')}</ButtonLink>
        </div>
      ) : null}
      <ErrorMessage error={archiveState.error ?? restoreState.error} />
      {organisation.services.length === 0 ? (
        <EmptyState>{t('services.none')}</EmptyState>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('services.name')}</th>
              <th scope="col">{t('services.status')}</th>
              <th scope="col">{t('services.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {organisation.services.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link to={`/services/${s.id}`}>{s.name}</Link>{' '}
                  {s.status === 'ARCHIVED' ? <StatusBadge tone="muted">{map('card.archived')}</StatusBadge> : null}{' '}
                  {s.isStale ? <StatusBadge tone="warn">{map('card.stale')}</StatusBadge> : null}
                </td>
                <td>
                  <CapacityBadge status={s.capacityStatus} /> {s.waitingDays != null ? map('card.waitingDays', { count: s.waitingDays }) : null}
                </td>
                <td>
                  <div className="form-actions">
                    {s.canEdit ? (
                      <ButtonLink small variant="secondary" to={`/services/${s.id}/edit`} aria-label={t('services.editLabel', { name: s.name })}>
                        {t('services.edit')}
                      </ButtonLink>
                    ) : null}
                    {s.canUpdateCapacity && s.status === 'ACTIVE' ? (
                      <Button small variant="secondary" aria-label={t('services.capacityLabel', { name: s.name })} onClick={() => setCapacityOf(s)}>
                        {t('services.capacity')}
                      </Button>
                    ) : null}
                    {s.canEdit && s.status === 'ACTIVE' ? (
                      <Button
                        small
                        variant="danger"
                        aria-label={t('services.archiveLabel', { name: s.name })}
                        onClick={() => void archive({ variables: { id: s.id } }).catch(() => undefined)}
                      >
                        {t('services.archive')}
                      </Button>
                    ) : null}
                    {s.canEdit && s.status === 'ARCHIVED' ? (
                      <Button
                        small
                        variant="secondary"
                        aria-label={t('services.restoreLabel', { name: s.name })}
                        onClick={() => void restore({ variables: { id: s.id } }).catch(() => undefined)}
                      >
                        {t('services.restore')}
                      </Button>
                    ) : null}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Dialog open={capacityOf !== null} title={capacityOf?.name ?? ''} onClose={() => setCapacityOf(null)}>
        {capacityOf ? <CapacityForm service={capacityOf} /> : null}
      </Dialog>
    </>
  );
}
