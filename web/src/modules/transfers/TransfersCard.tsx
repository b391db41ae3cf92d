import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ClientTransfersQuery as Data } from '../../generated/graphql';
import { Button, ErrorMessage, Panel } from '../../ui';
import { AcceptTransferMutation, CancelTransferMutation, ClientTransfersQuery, DeclineTransferMutation } from './transfers.graphql';

type Transfer = Data['clientTransfers'][number];

/** The home screen's card: transfers waiting for your organisation's answer (accept, decline), and yours waiting for theirs. */
export function TransfersCard() {
  const { t } = useTranslation('transfers');
  const { data, error, refetch } = useQuery(ClientTransfersQuery, { variables: { open: true } });
  const transfers = data?.clientTransfers ?? [];
  return (
    <Panel title={t('card')}>
      <ErrorMessage error={error} />
      {transfers.length === 0 ? <p>{t('none')}</p> : null}
      <ul className="goal-list" aria-label={t('card')}>
        {transfers.map((transfer) => (
          <TransferItem key={transfer.id} transfer={transfer} onChanged={() => void refetch()} />
        ))}
      </ul>
    </Panel>
  );
}

function TransferItem({ transfer, onChanged }: { transfer: Transfer; onChanged: () => void }) {
  const { t } = useTranslation('transfers');
  const [accept, accepted] = useMutation(AcceptTransferMutation);
  const [decline, declined] = useMutation(DeclineTransferMutation);
  const [cancel, cancelled] = useMutation(CancelTransferMutation);
  const variables = { input: { id: transfer.id } };
  const from = transfer.fromOrganisation.name;
  const client = transfer.client?.pseudonym ?? t('someClient');
  if (accepted.data) {
    return (
      <li className="goal">
        <p>{t('accepted')}</p>
        <Link to={`/clients/${accepted.data.acceptTransfer.client?.id ?? ''}`}>{t('open')}</Link>
      </li>
    );
  }
  return (
    <li className="goal">
      <p>
        {transfer.viewerCanAnswer
          ? transfer.client
            ? t('incoming', { organisation: from, client })
            : t('incomingHidden', { organisation: from })
          : t('outgoing', { organisation: transfer.toOrganisation.name, client })}
      </p>
      {transfer.note ? <p className="action__done">{transfer.note}</p> : null}
      <div className="form-actions">
        {transfer.viewerCanAnswer ? (
          <>
            <Button aria-label={t('acceptFor', { organisation: from })} disabled={accepted.loading} onClick={() => void accept({ variables }).catch(onChanged)}>
              {t('accept')}
            </Button>
            <Button
              variant="secondary"
              aria-label={t('declineFor', { organisation: from })}
              disabled={declined.loading}
              onClick={() => void decline({ variables }).then(onChanged, onChanged)}
            >
              {t('decline')}
            </Button>
          </>
        ) : null}
        {transfer.viewerCanCancel ? (
          <Button variant="secondary" disabled={cancelled.loading} onClick={() => void cancel({ variables }).then(onChanged, onChanged)}>
            {t('cancel')}
          </Button>
        ) : null}
      </div>
      <ErrorMessage error={accepted.error ?? declined.error ?? cancelled.error} />
    </li>
  );
}
