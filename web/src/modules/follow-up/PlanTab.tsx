import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarePlanQuery as CarePlanData, GoalStatus, LifeDomain } from '../../generated/graphql';
import { useSession } from '../identity/session';
import { Button, EmptyState, ErrorMessage, Field, Loading, Panel, Select, SuccessMessage, TextArea, errorCode, useFormat } from '../../ui';
import { ActionItem } from './ActionItem';
import { AddActionMutation, AddGoalMutation, CarePlanQuery, SetCarePlanLeadMutation, UpdateGoalMutation } from './follow-up.graphql';
import { GOAL_STATUSES, LIFE_DOMAINS, today } from './labels';
import { ProgressPanel } from './ProgressPanel';
import { ConferencesPanel } from './ConferencesPanel';
import './follow-up.css';

type Plan = NonNullable<CarePlanData['carePlan']>;
type Goal = Plan['goals'][number];

/** The client page's "Plan" tab: lead organisation, goals per life domain, actions under each goal. */
export function PlanTab({ clientId }: { clientId: string }) {
  const { t } = useTranslation('followUp');
  const { data, loading, error, refetch } = useQuery(CarePlanQuery, { variables: { clientId } });
  const plan = data?.carePlan;
  const refresh = () => void refetch();

  if (!plan) {
    if (loading) return <Loading />;
    if (errorCode(error) === 'FORBIDDEN') return <EmptyState>{t('plan.noAccess')}</EmptyState>;
    return <ErrorMessage error={error} />;
  }

  const domains = LIFE_DOMAINS.filter((d) => plan.goals.some((g) => g.lifeDomain === d));
  return (
    <div className="follow-up-stack">
      <LeadPanel plan={plan} onChanged={refresh} />
      <Panel title={t('plan.goals')}>
        {plan.goals.length === 0 ? <p>{t('plan.noGoals')}</p> : null}
        {domains.map((domain) => (
          <section key={domain} className="domain-group" aria-labelledby={`domain-${domain}`}>
            <h3 id={`domain-${domain}`}>{t(`lifeDomain.${domain}`)}</h3>
            <ul className="goal-list">
              {plan.goals
                .filter((g) => g.lifeDomain === domain)
                .map((goal) => (
                  <GoalItem key={goal.id} goal={goal} plan={plan} onChanged={refresh} />
                ))}
            </ul>
          </section>
        ))}
        {plan.viewerCanAddGoals ? <AddGoalForm clientId={clientId} onAdded={refresh} /> : null}
      </Panel>
      <ConferencesPanel plan={plan} onChanged={refresh} />
      <ProgressPanel clientId={clientId} assessments={plan.assessments} canAssess={plan.viewerCanAssess} onRecorded={refresh} />
    </div>
  );
}

function LeadPanel({ plan, onChanged }: { plan: Plan; onChanged: () => void }) {
  const { t } = useTranslation('followUp');
  const format = useFormat();
  const [choice, setChoice] = useState('');
  const [saved, setSaved] = useState(false);
  const [setLead, { loading, error }] = useMutation(SetCarePlanLeadMutation);
  const others = plan.followingOrganisations.filter((o) => o.id !== plan.leadOrganisation?.id);
  return (
    <Panel title={t('plan.lead')}>
      <p className="field__hint">{t('plan.leadHint')}</p>
      {plan.leadOrganisation ? (
        <p className="lead-line">
          <strong>{plan.leadOrganisation.name}</strong>
          {plan.leadSince ? <span>{t('plan.leadSince', { date: format.date(plan.leadSince) })}</span> : null}
        </p>
      ) : (
        <p>{t('plan.noLead')}</p>
      )}
      {plan.viewerCanSetLead && others.length > 0 ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const organisationId = choice || others[0].id;
            setSaved(false);
            void setLead({ variables: { clientId: plan.clientId, organisationId } }).then(
              () => {
                setSaved(true);
                setChoice('');
                onChanged();
              },
              () => undefined,
            );
          }}
        >
          <Select
            label={t('plan.chooseLead')}
            value={choice || others[0].id}
            onChange={(e) => setChoice(e.target.value)}
            options={others.map((o) => ({ value: o.id, label: o.name }))}
          />
          <Button type="submit" variant="secondary" disabled={loading}>
            {t('plan.saveLead')}
          </Button>
        </form>
      ) : null}
      <ErrorMessage error={error} />
      {saved ? <SuccessMessage>{t('plan.leadSaved')}</SuccessMessage> : null}
    </Panel>
  );
}

function GoalItem({ goal, plan, onChanged }: { goal: Goal; plan: Plan; onChanged: () => void }) {
  const { t } = useTranslation('followUp');
  const [updateGoal, { error }] = useMutation(UpdateGoalMutation);
  const headingId = `goal-${goal.id}`;
  return (
    <li className="goal" aria-labelledby={headingId}>
      <p id={headingId} className="goal__text">
        {goal.text}
      </p>
      <div className="goal__meta">
        {plan.viewerCanAddGoals ? (
          <Select
            label={t('plan.goalStatus')}
            aria-label={t('plan.goalStatusLabel', { goal: goal.text })}
            value={goal.status}
            onChange={(e) => void updateGoal({ variables: { id: goal.id, input: { status: e.target.value as GoalStatus } } }).then(onChanged, () => undefined)}
            options={GOAL_STATUSES.map((s) => ({ value: s, label: t(`goalStatus.${s}`) }))}
          />
        ) : (
          <span>{t(`goalStatus.${goal.status}`)}</span>
        )}
        <span>{t('plan.goalBy', { organisation: goal.createdByOrganisationName })}</span>
      </div>
      <ErrorMessage error={error} />
      <h4>{t('plan.actions')}</h4>
      {goal.actions.length ? (
        <ul className="action-list">
          {goal.actions.map((action) => (
            <ActionItem key={action.id} action={action} onCompleted={onChanged} />
          ))}
        </ul>
      ) : (
        <p className="field__hint">{t('plan.noActions')}</p>
      )}
      {plan.viewerCanAddGoals ? <AddActionForm goal={goal} organisations={plan.followingOrganisations} onAdded={onChanged} /> : null}
    </li>
  );
}

function AddGoalForm({ clientId, onAdded }: { clientId: string; onAdded: () => void }) {
  const { t } = useTranslation('followUp');
  const [lifeDomain, setLifeDomain] = useState<LifeDomain>('HOUSING');
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [addGoal, { loading, error }] = useMutation(AddGoalMutation);
  return (
    <details className="add-form">
      <summary>{t('plan.addGoal')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(false);
          if (!text.trim()) {
            setMissing(true);
            return;
          }
          void addGoal({ variables: { input: { clientId, lifeDomain, text: text.trim() } } }).then(
            () => {
              setText('');
              setSaved(true);
              onAdded();
            },
            () => undefined,
          );
        }}
      >
        <Select
          label={t('plan.lifeDomainLabel')}
          value={lifeDomain}
          onChange={(e) => setLifeDomain(e.target.value as LifeDomain)}
          options={LIFE_DOMAINS.map((d) => ({ value: d, label: t(`lifeDomain.${d}`) }))}
        />
        <TextArea
          label={t('plan.goalText')}
          value={text}
          maxLength={1000}
          error={missing ? t('plan.required') : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setMissing(false);
          }}
        />
        <ErrorMessage error={error} />
        {saved ? <SuccessMessage>{t('plan.goalSaved')}</SuccessMessage> : null}
        <div className="form-actions">
          <Button type="submit" disabled={loading}>
            {t('plan.saveGoal')}
          </Button>
        </div>
      </form>
    </details>
  );
}

function AddActionForm({ goal, organisations, onAdded }: { goal: Goal; organisations: Plan['followingOrganisations']; onAdded: () => void }) {
  const { t } = useTranslation('followUp');
  const [description, setDescription] = useState('');
  const [dueOn, setDueOn] = useState(today());
  const { viewer } = useSession();
  const own = organisations.find((o) => o.id === viewer?.activeOrganisation?.id);
  const [organisationId, setOrganisationId] = useState(own?.id ?? organisations.at(0)?.id ?? '');
  const [missing, setMissing] = useState<'description' | 'dueOn' | null>(null);
  const [saved, setSaved] = useState(false);
  const [addAction, { loading, error }] = useMutation(AddActionMutation);
  return (
    <details className="add-form">
      <summary aria-label={t('plan.addActionFor', { goal: goal.text })}>{t('plan.addAction')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(false);
          if (!description.trim()) {
            setMissing('description');
            return;
          }
          if (!dueOn) {
            setMissing('dueOn');
            return;
          }
          void addAction({ variables: { input: { goalId: goal.id, description: description.trim(), dueOn, organisationId: organisationId || null } } }).then(
            () => {
              setDescription('');
              setSaved(true);
              onAdded();
            },
            () => undefined,
          );
        }}
      >
        <TextArea
          label={t('plan.actionDescription')}
          value={description}
          maxLength={1000}
          error={missing === 'description' ? t('plan.required') : undefined}
          onChange={(e) => {
            setDescription(e.target.value);
            setMissing(null);
          }}
        />
        <div className="form-grid">
          <Field
            label={t('plan.dueOn')}
            type="date"
            value={dueOn}
            error={missing === 'dueOn' ? t('plan.required') : undefined}
            onChange={(e) => setDueOn(e.target.value)}
          />
          <Select
            label={t('plan.owner')}
            value={organisationId}
            onChange={(e) => setOrganisationId(e.target.value)}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          />
        </div>
        <ErrorMessage error={error} />
        {saved ? <SuccessMessage>{t('plan.actionSaved')}</SuccessMessage> : null}
        <div className="form-actions">
          <Button type="submit" disabled={loading}>
            {t('plan.saveAction')}
          </Button>
        </div>
      </form>
    </details>
  );
}
