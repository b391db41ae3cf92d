import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ConsentFieldsFragment, ConsentMethod } from '../../generated/graphql';
import { Button, Dialog, ErrorMessage, Loading, Panel, Select, useFormat } from '../../ui';
import { ClientConsentsQuery, ConsentsEndingSoonQuery, RenewConsentMutation } from './clients.graphql';
import { useClientLabels } from './labels';
import './clients.css';

const METHODS: ConsentMethod[] = ['VERBAL', 'WRITTEN', 'APP'];
const DAY = 86_400_000;

/** A live consent that ends within 30 days (the API's rule for the home screen and its notices). */
export const endsSoon = (c: Pick<ConsentFieldsFragment, 'status' | 'validUntil'>, now = Date.now()) =>
  c.status === 'LIVE' && Date.parse(c.validUntil) - now <= 30 * DAY;

/**
 * Renewing in two clicks: "Renew", then "Renew for 12 months" (same organisation, sections and
 * purpose; the method the client used now, the previous one chosen to begin with).
 */
/** "Renew" for one consent, named for its organisation (the Sharing tab and the home card). */
export function RenewButton({ consent, onRenew }: { consent: Pick<ConsentFieldsFragment, 'granteeOrganisation'>; onRenew: () => void }) {
  const { t } = useTranslation('clients');
  return (
    <Button small variant="secondary" aria-label={t('sharing.renewFor', { organisation: consent.granteeOrganisation.name })} onClick={onRenew}>
      {t('sharing.renew')}
    </Button>
  );
}

export function RenewConsentDialog({
  consent,
  onClose,
  onRenewed,
}: {
  consent: ConsentFieldsFragment;
  onClose: () => void;
  onRenewed: (c: ConsentFieldsFragment) => void;
}) {
  const { t } = useTranslation('clients');
  const labels = useClientLabels();
  const [method, setMethod] = useState<ConsentMethod>(consent.method);
  const [renew, { loading, error }] = useMutation(RenewConsentMutation, {
    refetchQueries: [{ query: ConsentsEndingSoonQuery }, { query: ClientConsentsQuery, variables: { id: consent.clientId } }],
    awaitRefetchQueries: true,
  });
  const organisation = consent.granteeOrganisation.name;
  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const result = await renew({ variables: { id: consent.id, method } }).catch(() => null);
    if (result?.data) onRenewed(result.data.renewConsent);
  }
  return (
    <Dialog open title={t('renew.title', { organisation })} onClose={onClose}>
      <form onSubmit={submit}>
        <p>{t('renew.text', { sections: labels.scopes(consent.scopes) })}</p>
        <Select
          label={t('renew.method')}
          value={method}
          onChange={(e) => setMethod(e.target.value as ConsentMethod)}
          options={METHODS.map((m) => ({ value: m, label: t(`sharing.methodLabel.${m}`) }))}
        />
        <ErrorMessage error={error} />
        <div className="form-actions">
          <Button type="submit" disabled={loading}>
            {t('renew.confirm')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** The home screen's card: our clients' consents that end within 30 days, each renewable in two clicks. */
export function ConsentsEndingCard() {
  const { t } = useTranslation('clients');
  const format = useFormat();
  const { data, error } = useQuery(ConsentsEndingSoonQuery, { fetchPolicy: 'cache-and-network' });
  const [renewing, setRenewing] = useState<ConsentFieldsFragment | null>(null);
  const [announce, setAnnounce] = useState('');
  const list = data?.consentsEndingSoon;
  return (
    <Panel title={t('ending.title')}>
      <p role="status" aria-live="polite" className={announce ? 'message message--success' : 'visually-hidden'}>
        {announce}
      </p>
      {!list ? error ? <ErrorMessage error={error} /> : <Loading /> : null}
      {list && list.length === 0 ? <p className="muted">{t('ending.none')}</p> : null}
      {list && list.length ? (
        <ul className="consents-ending">
          {list.map((c) => (
            <li key={c.id} aria-label={c.client?.pseudonym ?? c.granteeOrganisation.name}>
              {c.client ? <Link to={`/clients/${c.client.id}/sharing`}>{c.client.pseudonym}</Link> : null}{' '}
              <span>{t('ending.item', { organisation: c.granteeOrganisation.name, date: format.date(c.validUntil) })}</span>{' '}
              <RenewButton
                consent={c}
                onRenew={() => {
                  setAnnounce('');
                  setRenewing(c);
                }}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {renewing ? (
        <RenewConsentDialog
          consent={renewing}
          onClose={() => setRenewing(null)}
          onRenewed={(c) => {
            setRenewing(null);
            setAnnounce(t('renew.done', { organisation: c.granteeOrganisation.name, date: format.date(c.validUntil) }));
          }}
        />
      ) : null}
    </Panel>
  );
}
