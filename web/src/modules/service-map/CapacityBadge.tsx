import type { CapacityStatus } from '../../generated/graphql';
import { StatusBadge } from '../../ui';
import { CAPACITY_TONE, useLabels } from './taxonomy';

export function CapacityBadge({ status }: { status: CapacityStatus }) {
  const labels = useLabels();
  return <StatusBadge tone={CAPACITY_TONE[status]}>{labels.capacity(status)}</StatusBadge>;
}
