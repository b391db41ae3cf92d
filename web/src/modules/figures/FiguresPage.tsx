import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { FiguresQuery as FiguresResult } from '../../generated/graphql';
import { Button, EmptyState, ErrorMessage, Loading, Page, Select, useFormat } from '../../ui';
import { usePlaceLabels } from '../../ui/places';
import { downloadCsv } from '../../ui/csv';
import { useSession } from '../identity/session';
import { nl as serviceMapTexts } from '../service-map/i18n';
import { FiguresQuery } from './figures.graphql';
import './figures.css';

type Figures = FiguresResult['figures'];
type Table = Figures['tables'][number];
type Scope = 'NETWORK' | 'ORGANISATION';

const CATEGORIES = Object.keys(serviceMapTexts.category);
/** The tables drawn as a chart beside their table, with the column the bars show. */
const CHARTS: Partial<Record<string, string[]>> = {
  referralsByMonth: ['ACCEPTED', 'DECLINED', 'EXPIRED', 'COMPLETED', 'CANCELLED', 'SENT'],
  referralsByStatus: ['COUNT'],
  referralsByCategory: ['ALL'],
  referralsByRegion: ['ALL'],
  declineReasons: ['COUNT'],
  outcomes: ['COUNT'],
  unmetNeeds: ['DECLINED_NO_CAPACITY'],
  clientsByMonth: ['COUNT'],
  needs: ['NEED'],
  outreachContacts: ['CONTACTS'],
  outreachReferrals: ['COUNT'],
  outreachMaterials: ['COUNT'],
  outreachTopics: ['SESSIONS'],
  outsideNetworkReferrals: ['COUNT'],
  lifeDomainProgress: ['IMPROVED', 'UNCHANGED', 'WORSENED'],
};
// Colours with at least 3:1 contrast against white, told apart by the table beside them too.
const COLOURS = ['#1f5fa8', '#b3261e', '#7a5c00', '#1e7a3c', '#5b4a8a', '#555f6b'];

/** Labels of row keys and columns, in the interface language. */
function useLabels() {
  const { t: typed } = useTranslation(['figures', 'serviceMap', 'clients', 'outreach']);
  // Keys are built from the API's codes (statuses, categories...): looked up as plain strings.
  const t = (key: string, options?: Record<string, unknown>): string => {
    const text: unknown = typed(key as never, options as never);
    return typeof text === 'string' ? text : key;
  };
  const format = useFormat();
  const places = usePlaceLabels();
  const intl = format.locale === 'en' ? 'en-GB' : format.locale;
  const month = (key: string) => new Intl.DateTimeFormat(intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${key}-01T12:00:00Z`));
  const period = (key: string) => {
    if (/^\d{4}-\d{2}$/.test(key)) return month(key);
    const q = /^(\d{4})-Q(\d)$/.exec(key);
    return q ? t('figures:quarter', { year: q[1], quarter: q[2] }) : key;
  };
  const region = (key: string) => (key.endsWith('-NONE') ? t('figures:noRegion', { country: key.slice(0, 2) }) : places.region(key));
  const category = (key: string) => (key === 'NONE' ? t('figures:noCategory') : t(`serviceMap:category.${key}`, { defaultValue: key }));
  const row = (table: Table, key: string, label: string | null | undefined): string => {
    switch (table.rowKind) {
      case 'MONTH':
        return month(key);
      case 'REGION':
        return region(key);
      case 'CATEGORY':
        return category(key);
      case 'STATUS':
        return t(`figures:status.${key}`);
      case 'DECLINE_REASON':
        return t(`figures:declineReason.${key}`, { defaultValue: key });
      case 'OUTCOME':
        return t(`figures:outcome.${key}`, { defaultValue: key });
      case 'LIFE_DOMAIN':
        return t(`clients:lifeDomain.${key}`, { defaultValue: key });
      case 'CONSENT':
        return t(`figures:consent.${key}`);
      case 'TOPIC':
        // A harm-reduction theme (outreach's texts) or a life domain.
        return t(`outreach:theme.${key}`, { defaultValue: t(`clients:lifeDomain.${key}`, { defaultValue: key }) });
      default:
        return label ?? key;
    }
  };
  return { t, format, period, region, category, row, column: (c: string) => t(`figures:column.${c}`) };
}

/** /figures: the network's figures, and an organisation's own; aggregates only, small counts suppressed. */
export function FiguresPage() {
  const labels = useLabels();
  const { t, format } = labels;
  const { viewer } = useSession();
  const [params, setParams] = useSearchParams();
  const member = !!viewer?.activeOrganisation && viewer.networkRole !== 'COORDINATOR';
  const scope: Scope = member && params.get('scope') !== 'NETWORK' ? 'ORGANISATION' : 'NETWORK';
  const variables = { scope, period: params.get('period'), region: params.get('region'), category: params.get('category') };
  const { data, previousData, loading, error } = useQuery(FiguresQuery, { variables });
  const figures = (data ?? previousData)?.figures;
  const set = (name: string, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });

  const periodOptions = (figures?.periods ?? []).map((p) => ({ value: p, label: labels.period(p) }));
  const byLevel = (test: RegExp) => periodOptions.filter((o) => test.test(o.value));
  const table = (name: string) => figures?.tables.find((x) => x.name === name);
  const total = (name: string, column = 0) => table(name)?.total?.values[column];
  const sharedShare = () => {
    const shared = table('consentCoverage')?.rows.find((r) => r.key === 'SHARED')?.values[0];
    const all = total('consentCoverage');
    return shared != null && all ? new Intl.NumberFormat(format.locale === 'en' ? 'en-GB' : format.locale, { style: 'percent' }).format(shared / all) : null;
  };

  return (
    <Page title={t('figures:title')}>
      <p>{t('figures:intro', { min: figures?.minimumCount ?? 5 })}</p>
      <form className="figure-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('figures:title')}>
        {member ? (
          <Select
            label={t('figures:scope.label')}
            value={scope}
            onChange={(e) => set('scope', e.target.value === 'NETWORK' ? 'NETWORK' : '')}
            options={[
              { value: 'ORGANISATION', label: t('figures:scope.ORGANISATION') },
              { value: 'NETWORK', label: t('figures:scope.NETWORK') },
            ]}
          />
        ) : null}
        <div className="field">
          <label htmlFor="figures-period">{t('figures:filter.period')}</label>
          <select id="figures-period" value={figures?.period ?? ''} onChange={(e) => set('period', e.target.value)}>
            {[
              ['years', /^\d{4}$/],
              ['quarters', /Q/],
              ['months', /^\d{4}-\d{2}$/],
            ].map(([level, test]) => (
              <optgroup key={String(level)} label={t(`figures:filter.${level}`)}>
                {byLevel(test as RegExp).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <Select
          label={t('figures:filter.region')}
          value={variables.region ?? ''}
          onChange={(e) => set('region', e.target.value)}
          options={[{ value: '', label: t('figures:filter.allRegions') }, ...(figures?.regions ?? []).map((r) => ({ value: r, label: labels.region(r) }))]}
        />
        <Select
          label={t('figures:filter.category')}
          hint={t('figures:filter.categoryNote')}
          value={variables.category ?? ''}
          onChange={(e) => set('category', e.target.value)}
          options={[{ value: '', label: t('figures:filter.allCategories') }, ...[...CATEGORIES, 'NONE'].map((c) => ({ value: c, label: labels.category(c) }))]}
        />
      </form>
      <ErrorMessage error={error} />
      {!figures && loading ? <Loading /> : null}
      {figures ? (
        <div aria-busy={loading}>
          <dl className="figure-headline">
            <Headline label={t('figures:headline.referrals')} value={total('referralsByStatus')} />
            <Headline
              label={t('figures:headline.median')}
              value={figures.medianAnswerHours}
              text={figures.medianAnswerHours != null ? t('figures:headline.hours', { hours: format.number(figures.medianAnswerHours) }) : undefined}
            />
            <Headline label={t('figures:headline.clients')} value={total('clientsByMonth')} />
            <Headline label={t('figures:headline.shared')} value={sharedShare() == null ? null : 1} text={sharedShare() ?? undefined} />
            <Headline label={t('figures:headline.reached')} value={total('outreachContacts')} />
          </dl>
          {figures.tables.map((x) => (
            <FigureBlock key={x.name} table={x} labels={labels} period={figures.period} />
          ))}
        </div>
      ) : null}
    </Page>
  );
}

function Hidden() {
  const { t } = useLabels();
  return (
    <span className="muted">
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('figures:hidden')}</span>
    </span>
  );
}

function Headline({ label, value, text }: { label: string; value: number | null | undefined; text?: string }) {
  const { format } = useLabels();
  return (
    <div className="figure-headline__item">
      <dt>{label}</dt>
      <dd>{value == null ? <Hidden /> : (text ?? format.number(value))}</dd>
    </div>
  );
}

/** One figure: a chart where it helps (hidden from screen readers), the table beside it, and its CSV. */
function FigureBlock({ table, labels, period }: { table: Table; labels: ReturnType<typeof useLabels>; period: string }) {
  const { t, format } = labels;
  const title = t(`figures:table.${table.name}`);
  const rows = table.rows.map((r) => ({ key: r.key, label: labels.row(table, r.key, r.label), values: r.values }));
  const empty = rows.every((r) => r.values.every((v) => v === 0 || v == null)) && (table.total?.values ?? []).every((v) => !v);
  const chart = CHARTS[table.name];
  const id = `figure-${table.name}`;

  function csv() {
    const header = [t(`figures:rowKind.${table.rowKind}`), ...table.columns.map(labels.column)];
    const cell = (v: number | null | undefined) => (v == null ? t('figures:hiddenCsv') : String(v));
    const body = [...rows.map((r) => [r.label, ...r.values.map(cell)]), ...(table.total ? [[t('figures:total'), ...table.total.values.map(cell)]] : [])];
    downloadCsv(`${table.name}-${period}.csv`, [header, ...body]);
  }

  return (
    <section className="panel figure" aria-labelledby={id}>
      <div className="figure__header">
        <h2 id={id}>{title}</h2>
        <Button variant="secondary" onClick={csv} aria-label={t('figures:csvOf', { title })}>
          {t('figures:csv')}
        </Button>
      </div>
      {empty ? (
        <EmptyState>{t('figures:none')}</EmptyState>
      ) : (
        <div className="figure__body">
          {chart && rows.length ? (
            <div className="figure__chart" aria-hidden="true">
              <ResponsiveContainer width="100%" height={Math.max(180, Math.min(rows.length, 14) * 26 + 60)}>
                <BarChart
                  data={rows.map((r) => ({ name: r.label, ...Object.fromEntries(table.columns.map((c, i) => [c, r.values[i] ?? 0])) }))}
                  layout="vertical"
                  margin={{ left: 8, right: 16 }}
                >
                  <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                  <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => format.number(v)} />
                  <YAxis type="category" dataKey="name" width={120} tick={{ fontSize: 12 }} />
                  <Tooltip formatter={(v) => format.number(Number(v))} />
                  {chart.map((c, i) => (
                    <Bar
                      key={c}
                      dataKey={c}
                      name={labels.column(c)}
                      stackId={chart.length > 1 ? 'a' : undefined}
                      fill={COLOURS[i % COLOURS.length]}
                      isAnimationActive={false}
                    />
                  ))}
                </BarChart>
              </ResponsiveContainer>
            </div>
          ) : null}
          <div className="figure__table" role="region" aria-labelledby={id} tabIndex={0}>
            <table className="figure-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(`figures:rowKind.${table.rowKind}`)}</th>
                  {table.columns.map((c) => (
                    <th scope="col" key={c}>
                      {labels.column(c)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row">{r.label}</th>
                    {r.values.map((v, i) => (
                      <td key={table.columns[i]}>{v == null ? <Hidden /> : format.number(v)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
              {table.total ? (
                <tfoot>
                  <tr>
                    <th scope="row">{t('figures:total')}</th>
                    {table.total.values.map((v, i) => (
                      <td key={table.columns[i]}>{v == null ? <Hidden /> : format.number(v)}</td>
                    ))}
                  </tr>
                </tfoot>
              ) : null}
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
