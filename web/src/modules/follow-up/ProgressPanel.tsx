import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { CarePlanQuery as CarePlanData, LifeDomain } from '../../generated/graphql';
import { Button, ErrorMessage, Field, Panel, Select, SuccessMessage, useFormat } from '../../ui';
import { RecordLifeDomainAssessmentMutation } from './follow-up.graphql';
import { dayAsMoment, LIFE_DOMAINS, RATINGS, today } from './labels';

type Assessment = NonNullable<CarePlanData['carePlan']>['assessments'][number];

/**
 * The Plan tab's progress: one life domain's ratings over time as a small line chart, with the
 * same figures in a table beside it (the table is what a screen reader reads), and a form to
 * add an assessment (the earlier ones are kept).
 */
export function ProgressPanel({
  clientId,
  assessments,
  canAssess,
  onRecorded,
}: {
  clientId: string;
  assessments: Assessment[];
  canAssess: boolean;
  onRecorded: () => void;
}) {
  const { t } = useTranslation('followUp');
  const format = useFormat();
  const rated = LIFE_DOMAINS.filter((d) => assessments.some((a) => a.ratings.some((r) => r.domain === d)));
  const [chosen, setChosen] = useState<LifeDomain | ''>('');
  const domain = chosen || rated[0] || 'HOUSING';
  const points = assessments.flatMap((a) => {
    const r = a.ratings.find((x) => x.domain === domain);
    return r
      ? [
          {
            id: a.id,
            day: a.assessedOn,
            label: format.date(dayAsMoment(a.assessedOn)),
            rating: r.rating,
            by: t('progress.byLine', { name: a.assessedByName, organisation: a.organisationName }),
          },
        ]
      : [];
  });
  const domainName = t(`lifeDomain.${domain}`);
  return (
    <Panel title={t('progress.title')}>
      <p className="field__hint">{t('progress.hint')}</p>
      {assessments.length === 0 ? (
        <p>{t('progress.none')}</p>
      ) : (
        <>
          <Select
            label={t('progress.domain')}
            value={domain}
            onChange={(e) => setChosen(e.target.value as LifeDomain)}
            options={(rated.length ? rated : LIFE_DOMAINS).map((d) => ({ value: d, label: t(`lifeDomain.${d}`) }))}
          />
          {points.length === 0 ? (
            <p>{t('progress.notRated')}</p>
          ) : (
            <div className="progress">
              <figure
                className="progress__chart"
                role="img"
                aria-label={t('progress.chartLabel', {
                  domain: domainName,
                  points: points.map((p) => t('progress.chartPoint', { rating: p.rating, date: p.label })).join(', '),
                })}
              >
                <ResponsiveContainer width="100%" height={180}>
                  <LineChart data={points} margin={{ top: 8, right: 12, bottom: 4, left: -24 }}>
                    <CartesianGrid stroke="#d9dde3" strokeDasharray="3 3" />
                    <XAxis dataKey="label" tick={{ fontSize: 12, fill: '#3b4350' }} interval="preserveStartEnd" />
                    <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} allowDecimals={false} tick={{ fontSize: 12, fill: '#3b4350' }} />
                    <Line type="monotone" dataKey="rating" stroke="#1d4e89" strokeWidth={2} dot={{ r: 4, fill: '#1d4e89' }} isAnimationActive={false} />
                  </LineChart>
                </ResponsiveContainer>
              </figure>
              <table className="progress__table">
                <caption>{t('progress.table', { domain: domainName })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('progress.date')}</th>
                    <th scope="col">{t('progress.rating')}</th>
                    <th scope="col">{t('progress.by')}</th>
                  </tr>
                </thead>
                <tbody>
                  {points.map((p) => (
                    <tr key={p.id}>
                      <td>{p.label}</td>
                      <td>{t(`rating.${String(p.rating) as '1' | '2' | '3' | '4' | '5'}`)}</td>
                      <td>{p.by}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      {canAssess ? <AssessmentForm clientId={clientId} onRecorded={onRecorded} /> : null}
    </Panel>
  );
}

function AssessmentForm({ clientId, onRecorded }: { clientId: string; onRecorded: () => void }) {
  const { t } = useTranslation('followUp');
  const [assessedOn, setAssessedOn] = useState(today());
  const [ratings, setRatings] = useState<Partial<Record<LifeDomain, string>>>({});
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [record, { loading, error }] = useMutation(RecordLifeDomainAssessmentMutation);
  const options = [{ value: '', label: t('progress.notAssessed') }, ...RATINGS.map((r) => ({ value: r, label: t(`rating.${r}`) }))];
  return (
    <details className="add-form">
      <summary>{t('progress.record')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(false);
          const given = LIFE_DOMAINS.flatMap((domain) => (ratings[domain] ? [{ domain, rating: Number(ratings[domain]) }] : []));
          if (!given.length) {
            setMissing(true);
            return;
          }
          void record({ variables: { input: { clientId, assessedOn: assessedOn || null, ratings: given } } }).then(
            () => {
              setRatings({});
              setSaved(true);
              onRecorded();
            },
            () => undefined,
          );
        }}
      >
        <Field label={t('progress.assessedOn')} type="date" value={assessedOn} max={today()} onChange={(e) => setAssessedOn(e.target.value)} />
        <div className="form-grid">
          {LIFE_DOMAINS.map((domain) => (
            <Select
              key={domain}
              label={t('progress.ratingFor', { domain: t(`lifeDomain.${domain}`) })}
              value={ratings[domain] ?? ''}
              onChange={(e) => {
                setRatings({ ...ratings, [domain]: e.target.value });
                setMissing(false);
              }}
              options={options}
            />
          ))}
        </div>
        {missing ? (
          <p className="field__error" role="alert">
            {t('progress.atLeastOne')}
          </p>
        ) : null}
        <ErrorMessage error={error} />
        {saved ? <SuccessMessage>{t('progress.saved')}</SuccessMessage> : null}
        <div className="form-actions">
          <Button type="submit" disabled={loading}>
            {t('progress.save')}
          </Button>
        </div>
      </form>
    </details>
  );
}
