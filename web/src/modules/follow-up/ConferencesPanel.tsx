import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarePlanQuery as CarePlanData, CaseConferencesQuery as Data, LifeDomain } from '../../generated/graphql';
import { useSession } from '../identity/session';
import { Button, CheckboxGroup, ErrorMessage, Field, Panel, Select, SuccessMessage, TextArea, useFormat } from '../../ui';
import { ActionItem } from './ActionItem';
import { AddConferenceDecisionMutation, CaseConferencesQuery, PlanCaseConferenceMutation, RecordCaseConferenceMutation } from './follow-up.graphql';
import { LIFE_DOMAINS, nowForInput, today } from './labels';

type Plan = NonNullable<CarePlanData['carePlan']>;
type Conference = Data['caseConferences'][number];

/** The Plan tab's case conferences: planned by the lead with the organisations that follow the client; decisions go onto the plan. */
export function ConferencesPanel({ plan, onChanged }: { plan: Plan; onChanged: () => void }) {
  const { t } = useTranslation('followUp');
  const { viewer } = useSession();
  const { data, error, refetch } = useQuery(CaseConferencesQuery, { variables: { clientId: plan.clientId } });
  const isLead = !!plan.leadOrganisation && plan.leadOrganisation.id === viewer?.activeOrganisation?.id;
  const refresh = () => {
    void refetch();
    onChanged();
  };
  return (
    <Panel title={t('conference.title')}>
      <p className="field__hint">{t('conference.hint')}</p>
      <ErrorMessage error={error} />
      {data && data.caseConferences.length === 0 ? <p>{t('conference.none')}</p> : null}
      <ul className="goal-list" aria-label={t('conference.title')}>
        {(data?.caseConferences ?? []).map((k) => (
          <ConferenceItem key={k.id} conference={k} plan={plan} onChanged={refresh} />
        ))}
      </ul>
      {isLead ? <PlanForm plan={plan} onPlanned={refresh} /> : null}
    </Panel>
  );
}

function ConferenceItem({ conference: k, plan, onChanged }: { conference: Conference; plan: Plan; onChanged: () => void }) {
  const { t } = useTranslation('followUp');
  const format = useFormat();
  const headingId = `conference-${k.id}`;
  return (
    <li className="goal" aria-labelledby={headingId}>
      <p id={headingId} className="goal__text">
        {t('conference.when', { date: format.dateTime(k.plannedAt) })}
        {k.place ? ` · ${k.place}` : ''}
      </p>
      <div className="goal__meta">
        <span>{t(`conference.status.${k.status}`)}</span>
        <span>{t('conference.invited', { organisations: k.invitedOrganisations.map((o) => o.name).join(', ') })}</span>
        {k.status === 'HELD' ? <span>{t('conference.attended', { organisations: k.attendedOrganisations.map((o) => o.name).join(', ') || '—' })}</span> : null}
      </div>
      <p className="action__done">{t('conference.agendaLine', { agenda: k.agenda })}</p>
      {k.minutes ? <p className="action__done">{t('conference.minutesLine', { minutes: k.minutes })}</p> : null}
      <h4>{t('conference.decisions')}</h4>
      {k.decisions.length ? (
        <ul className="action-list">
          {k.decisions.map((a) => (
            <ActionItem key={a.id} action={a} onCompleted={onChanged} />
          ))}
        </ul>
      ) : (
        <p className="field__hint">{t('conference.noDecisions')}</p>
      )}
      {k.viewerIsOrganiser && k.status === 'PLANNED' ? <RecordForm conference={k} onRecorded={onChanged} /> : null}
      {k.viewerIsOrganiser ? <DecisionForm conference={k} plan={plan} onAdded={onChanged} /> : null}
    </li>
  );
}

function PlanForm({ plan, onPlanned }: { plan: Plan; onPlanned: () => void }) {
  const { t } = useTranslation('followUp');
  const [plannedAt, setPlannedAt] = useState(nowForInput());
  const [place, setPlace] = useState('');
  const [agenda, setAgenda] = useState('');
  const [invited, setInvited] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [planConference, { loading, error }] = useMutation(PlanCaseConferenceMutation);
  return (
    <details className="add-form">
      <summary>{t('conference.plan')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(false);
          if (!agenda.trim() || !invited.length) {
            setMissing(true);
            return;
          }
          void planConference({
            variables: {
              input: {
                clientId: plan.clientId,
                plannedAt: new Date(plannedAt).toISOString(),
                place: place.trim() || null,
                agenda: agenda.trim(),
                invitedOrganisationIds: invited,
              },
            },
          }).then(
            () => {
              setAgenda('');
              setInvited([]);
              setSaved(true);
              onPlanned();
            },
            () => undefined,
          );
        }}
      >
        <Field label={t('conference.plannedAt')} type="datetime-local" value={plannedAt} onChange={(e) => setPlannedAt(e.target.value)} />
        <Field label={t('conference.place')} value={place} maxLength={200} onChange={(e) => setPlace(e.target.value)} />
        <TextArea
          label={t('conference.agenda')}
          value={agenda}
          maxLength={2000}
          error={missing && !agenda.trim() ? t('plan.required') : undefined}
          onChange={(e) => setAgenda(e.target.value)}
        />
        <CheckboxGroup
          legend={t('conference.invite')}
          name="invite"
          value={invited}
          onChange={setInvited}
          options={plan.followingOrganisations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <p className="field__hint">{t('conference.inviteHint')}</p>
        <ErrorMessage error={error} />
        {saved ? <SuccessMessage>{t('conference.planned')}</SuccessMessage> : null}
        <div className="form-actions">
          <Button type="submit" disabled={loading}>
            {t('conference.savePlan')}
          </Button>
        </div>
      </form>
    </details>
  );
}

function RecordForm({ conference: k, onRecorded }: { conference: Conference; onRecorded: () => void }) {
  const { t } = useTranslation('followUp');
  const [attended, setAttended] = useState<string[]>([]);
  const [minutes, setMinutes] = useState('');
  const [record, { loading, error }] = useMutation(RecordCaseConferenceMutation);
  return (
    <details className="add-form">
      <summary>{t('conference.record')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void record({ variables: { input: { id: k.id, attendedOrganisationIds: attended, minutes: minutes.trim() || null } } }).then(
            onRecorded,
            () => undefined,
          );
        }}
      >
        <CheckboxGroup
          legend={t('conference.whoAttended')}
          name={`attended-${k.id}`}
          value={attended}
          onChange={setAttended}
          options={k.invitedOrganisations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <TextArea label={t('conference.minutes')} value={minutes} maxLength={4000} onChange={(e) => setMinutes(e.target.value)} />
        <ErrorMessage error={error} />
        <div className="form-actions">
          <Button type="submit" disabled={loading}>
            {t('conference.saveRecord')}
          </Button>
        </div>
      </form>
    </details>
  );
}

function DecisionForm({ conference: k, plan, onAdded }: { conference: Conference; plan: Plan; onAdded: () => void }) {
  const { t } = useTranslation('followUp');
  const [goalId, setGoalId] = useState('');
  const [lifeDomain, setLifeDomain] = useState<LifeDomain>('HOUSING');
  const [goalText, setGoalText] = useState('');
  const [description, setDescription] = useState('');
  const [organisationId, setOrganisationId] = useState(plan.followingOrganisations[0]?.id ?? '');
  const [dueOn, setDueOn] = useState(today());
  const [missing, setMissing] = useState(false);
  const [decide, { loading, error }] = useMutation(AddConferenceDecisionMutation);
  return (
    <details className="add-form">
      <summary>{t('conference.decide')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!description.trim() || !dueOn || (!goalId && !goalText.trim())) {
            setMissing(true);
            return;
          }
          const goal = goalId ? { goalId } : { lifeDomain, goalText: goalText.trim() };
          void decide({ variables: { input: { conferenceId: k.id, ...goal, description: description.trim(), organisationId, dueOn } } }).then(
            () => {
              setDescription('');
              setGoalText('');
              setMissing(false);
              onAdded();
            },
            () => undefined,
          );
        }}
      >
        <Select
          label={t('conference.goal')}
          value={goalId}
          onChange={(e) => setGoalId(e.target.value)}
          options={[{ value: '', label: t('conference.newGoal') }, ...plan.goals.map((g) => ({ value: g.id, label: g.text }))]}
        />
        {goalId ? null : (
          <div className="form-grid">
            <Select
              label={t('plan.lifeDomainLabel')}
              value={lifeDomain}
              onChange={(e) => setLifeDomain(e.target.value as LifeDomain)}
              options={LIFE_DOMAINS.map((d) => ({ value: d, label: t(`lifeDomain.${d}`) }))}
            />
            <Field
              label={t('plan.goalText')}
              value={goalText}
              maxLength={1000}
              error={missing && !goalText.trim() ? t('plan.required') : undefined}
              onChange={(e) => setGoalText(e.target.value)}
            />
          </div>
        )}
        <TextArea
          label={t('plan.actionDescription')}
          value={description}
          maxLength={1000}
          error={missing && !description.trim() ? t('plan.required') : undefined}
          onChange={(e) => setDescription(e.target.value)}
        />
        <div className="form-grid">
          <Field label={t('plan.dueOn')} type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
          <Select
            label={t('plan.owner')}
            value={organisationId}
            onChange={(e) => setOrganisationId(e.target.value)}
            options={plan.followingOrganisations.map((o) => ({ value: o.id, label: o.name }))}
          />
        </div>
        <ErrorMessage error={error} />
        <div className="form-actions">
          <Button type="submit" disabled={loading}>
            {t('conference.saveDecision')}
          </Button>
        </div>
      </form>
    </details>
  );
}
