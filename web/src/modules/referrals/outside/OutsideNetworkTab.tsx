import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExternalReferralOutcome, ExternalReferralsQuery as Data, ReferralUrgency, ServiceCategory } from '../../../generated/graphql';
import { Button, EmptyState, ErrorMessage, Field, Loading, Panel, Select, SuccessMessage, TextArea, errorCode, useFormat } from '../../../ui';
import { dayAsMoment } from '../../follow-up/labels';
import { useLabels } from '../../service-map/taxonomy';
import { CreateExternalReferralMutation, ExternalReferralsQuery, RecordExternalReferralOutcomeMutation } from './outside.graphql';

type ExternalReferral = Data['externalReferrals'][number];
const URGENCIES: ReferralUrgency[] = ['ROUTINE', 'SOON', 'URGENT'];
const OUTCOMES: ExternalReferralOutcome[] = ['SERVICE_STARTED', 'NOT_ACCEPTED', 'CLIENT_DID_NOT_COME', 'CLIENT_WITHDREW', 'REFERRED_ON'];

/** The client page's "Outside the network" tab: referrals to services not on the map, and their outcome. */
export function OutsideNetworkTab({ clientId }: { clientId: string }) {
  const { t } = useTranslation('referrals');
  const { data, loading, error, refetch } = useQuery(ExternalReferralsQuery, { variables: { clientId } });
  if (!data) {
    if (loading) return <Loading />;
    if (errorCode(error) === 'NOT_FOUND') return <EmptyState>{t('outside.noAccess')}</EmptyState>;
    return <ErrorMessage error={error} />;
  }
  const refresh = () => void refetch();
  return (
    <div className="follow-up-stack">
      <Panel title={t('outside.title')}>
        <p className="field__hint">{t('outside.hint')}</p>
        {data.externalReferrals.length === 0 ? (
          <p>{t('outside.none')}</p>
        ) : (
          <ul className="goal-list" aria-label={t('outside.title')}>
            {data.externalReferrals.map((r) => (
              <ExternalReferralItem key={r.id} referral={r} onChanged={refresh} />
            ))}
          </ul>
        )}
      </Panel>
      <ExternalReferralForm clientId={clientId} onCreated={refresh} />
    </div>
  );
}

function ExternalReferralItem({ referral: r, onChanged }: { referral: ExternalReferral; onChanged: () => void }) {
  const { t } = useTranslation('referrals');
  const labels = useLabels();
  const format = useFormat();
  const [outcome, setOutcome] = useState<ExternalReferralOutcome>('SERVICE_STARTED');
  const [note, setNote] = useState('');
  const [record, { loading, error }] = useMutation(RecordExternalReferralOutcomeMutation);
  const headingId = `outside-${r.id}`;
  return (
    <li className="goal" aria-labelledby={headingId}>
      <p id={headingId} className="goal__text">
        <strong>{r.serviceName}</strong> · {r.category ? labels.category(r.category) : ''} · {r.city}
      </p>
      <div className="goal__meta">
        <span>{t(`urgency.${r.urgency}`)}</span>
        <span>{t('outside.sentBy', { name: r.sentByName, organisation: r.senderOrganisationName, date: format.date(r.createdAt) })}</span>
        {r.outcome ? null : (
          <span className={r.isOverdue ? 'overdue' : undefined}>
            {t(r.isOverdue ? 'outside.followUpOverdue' : 'outside.followUpOn', { date: format.date(dayAsMoment(r.followUpOn)) })}
          </span>
        )}
      </div>
      {r.contact ? <p className="action__done">{t('outside.contactLine', { contact: r.contact })}</p> : null}
      <p className="action__done">{t('outside.reasonLine', { reason: r.reason })}</p>
      {r.clientWishes ? <p className="action__done">{t('outside.wishesLine', { wishes: r.clientWishes })}</p> : null}
      {r.outcome ? (
        <p>
          <strong>{t(`outside.outcome.${r.outcome}`)}</strong>
          {' · '}
          {t('outside.outcomeBy', { name: r.outcomeByName ?? '', date: format.date(r.outcomeAt) })}
          {r.outcomeNote ? ` · ${r.outcomeNote}` : null}
        </p>
      ) : null}
      {r.viewerCanRecordOutcome ? (
        <details className="add-form">
          <summary aria-label={t('outside.recordOutcomeFor', { service: r.serviceName })}>{t('outside.recordOutcome')}</summary>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void record({ variables: { input: { id: r.id, outcome, note: note.trim() || null } } }).then(onChanged, onChanged);
            }}
          >
            <Select
              label={t('outside.outcomeLabel')}
              value={outcome}
              onChange={(e) => setOutcome(e.target.value as ExternalReferralOutcome)}
              options={OUTCOMES.map((o) => ({ value: o, label: t(`outside.outcome.${o}`) }))}
            />
            <TextArea label={t('outside.outcomeNote')} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
            <ErrorMessage error={error} />
            <div className="form-actions">
              <Button type="submit" disabled={loading}>
                {t('outside.saveOutcome')}
              </Button>
            </div>
          </form>
        </details>
      ) : null}
    </li>
  );
}

const EMPTY = {
  serviceName: '',
  category: '' as ServiceCategory | '',
  city: '',
  contact: '',
  urgency: 'ROUTINE' as ReferralUrgency,
  reason: '',
  clientWishes: '',
};

function ExternalReferralForm({ clientId, onCreated }: { clientId: string; onCreated: () => void }) {
  const { t } = useTranslation('referrals');
  const labels = useLabels();
  const [draft, setDraft] = useState(EMPTY);
  const [missing, setMissing] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [create, { loading, error }] = useMutation(CreateExternalReferralMutation);
  const set = (name: keyof typeof EMPTY, value: string) => {
    setDraft({ ...draft, [name]: value });
    setMissing(missing.filter((m) => m !== name));
  };
  const required = t('outside.required');
  return (
    <Panel title={t('outside.new')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(false);
          const empty = (['serviceName', 'category', 'city', 'reason'] as const).filter((f) => !draft[f].trim());
          if (empty.length) {
            setMissing(empty);
            return;
          }
          void create({
            variables: {
              input: {
                clientId,
                serviceName: draft.serviceName.trim(),
                category: draft.category as ServiceCategory,
                city: draft.city.trim(),
                contact: draft.contact.trim() || null,
                urgency: draft.urgency,
                reason: draft.reason.trim(),
                clientWishes: draft.clientWishes.trim() || null,
              },
            },
          }).then(
            () => {
              setDraft(EMPTY);
              setSaved(true);
              onCreated();
            },
            () => undefined,
          );
        }}
      >
        <div className="form-grid">
          <Field
            label={t('outside.serviceName')}
            value={draft.serviceName}
            maxLength={200}
            error={missing.includes('serviceName') ? required : undefined}
            onChange={(e) => set('serviceName', e.target.value)}
          />
          <Select
            label={t('outside.category')}
            value={draft.category}
            error={missing.includes('category') ? required : undefined}
            onChange={(e) => set('category', e.target.value)}
            options={[{ value: '', label: t('outside.choose') }, ...labels.categoryOptions()]}
          />
          <Field
            label={t('outside.city')}
            value={draft.city}
            maxLength={100}
            error={missing.includes('city') ? required : undefined}
            onChange={(e) => set('city', e.target.value)}
          />
          <Select
            label={t('outside.urgency')}
            value={draft.urgency}
            onChange={(e) => set('urgency', e.target.value)}
            options={URGENCIES.map((u) => ({ value: u, label: t(`urgency.${u}`) }))}
          />
        </div>
        <TextArea
          label={t('outside.contact')}
          hint={t('outside.contactHint')}
          value={draft.contact}
          maxLength={500}
          onChange={(e) => set('contact', e.target.value)}
        />
        <TextArea
          label={t('outside.reason')}
          value={draft.reason}
          maxLength={2000}
          error={missing.includes('reason') ? required : undefined}
          onChange={(e) => set('reason', e.target.value)}
        />
        <TextArea label={t('outside.wishes')} value={draft.clientWishes} maxLength={2000} onChange={(e) => set('clientWishes', e.target.value)} />
        <ErrorMessage error={error} />
        {saved ? <SuccessMessage>{t('outside.saved')}</SuccessMessage> : null}
        <div className="form-actions">
          <Button type="submit" disabled={loading}>
            {t('outside.save')}
          </Button>
        </div>
      </form>
    </Panel>
  );
}
