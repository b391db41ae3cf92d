import { useMutation } from '@apollo/client/react';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CapacityStatus } from '../../generated/graphql';
import { Button, ErrorMessage, Field, Select, SuccessMessage } from '../../ui';
import { SetServiceCapacityMutation } from './service-map.graphql';
import { useLabels } from './taxonomy';
import { MAX_WAITING_DAYS } from '../../../../shared/listing-rules';

/** Quick change of whether a service takes referrals and how long the wait is (any member of its organisation). */
export function CapacityForm({
  service,
  onSaved,
}: {
  service: { id: string; name: string; capacityStatus: CapacityStatus; waitingDays?: number | null };
  onSaved?: () => void;
}) {
  const { t } = useTranslation('serviceMap');
  const labels = useLabels();
  const [status, setStatus] = useState<CapacityStatus>(service.capacityStatus);
  const [days, setDays] = useState(service.waitingDays?.toString() ?? '');
  const [saved, setSaved] = useState(false);
  const [save, { loading, error }] = useMutation(SetServiceCapacityMutation);
  const titleId = useId();

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    try {
      await save({ variables: { id: service.id, capacityStatus: status, waitingDays: days.trim() === '' ? null : Number(days) } });
      setSaved(true);
      onSaved?.();
    } catch {
      // shown by ErrorMessage
    }
  }

  return (
    <form onSubmit={submit} aria-labelledby={titleId}>
      <h3 id={titleId}>{t('capacityForm.title')}</h3>
      <div className="form-grid">
        <Select
          label={t('capacityForm.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value as CapacityStatus)}
          options={labels.capacityOptions()}
        />
        <Field
          label={t('capacityForm.waitingDays')}
          hint={t('capacityForm.waitingDaysHint')}
          type="number"
          min={0}
          max={MAX_WAITING_DAYS}
          inputMode="numeric"
          value={days}
          onChange={(e) => setDays(e.target.value)}
        />
      </div>
      <ErrorMessage error={error} />
      {saved ? <SuccessMessage>{t('capacityForm.saved')}</SuccessMessage> : null}
      <div className="form-actions">
        <Button type="submit" disabled={loading}>
          {t('capacityForm.save')}
        </Button>
      </div>
    </form>
  );
}
