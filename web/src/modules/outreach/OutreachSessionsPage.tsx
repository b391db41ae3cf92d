import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { OutreachSessionFieldsFragment } from '../../generated/graphql';
import { ButtonLink, EmptyState, ErrorMessage, Loading, Page, useFormat } from '../../ui';
import { useSession } from '../identity/session';
import { OutreachSessionsQuery } from './outreach.graphql';
import './outreach.css';

/** The organisation's outreach: the latest sessions, or a month at a glance (?view=month&month=2026-12). */
export function OutreachSessionsPage() {
  const { t } = useTranslation('outreach');
  const { isOrgAdmin } = useSession();
  const [params] = useSearchParams();
  const month = params.get('view') === 'month' ? (params.get('month') ?? currentMonth()) : null;
  return (
    <Page
      title={t('list.title')}
      actions={
        <>
          {isOrgAdmin ? (
            <ButtonLink to="/outreach/lists" variant="secondary">
              {t('list.manageLists')}
            </ButtonLink>
          ) : null}
          <ButtonLink to="/outreach/new">{t('list.log')}</ButtonLink>
        </>
      }
    >
      <nav className="outreach-views" aria-label={t('list.views')}>
        <Link className="button button--secondary button--small" to="/outreach" aria-current={month ? undefined : 'page'}>
          {t('list.viewList')}
        </Link>
        <Link
          className="button button--secondary button--small"
          to={`/outreach?view=month&month=${month ?? currentMonth()}`}
          aria-current={month ? 'page' : undefined}
        >
          {t('list.viewMonth')}
        </Link>
      </nav>
      {month ? <MonthView month={month} /> : <LatestSessions />}
    </Page>
  );
}

function LatestSessions() {
  const { t } = useTranslation('outreach');
  const { data, loading, error } = useQuery(OutreachSessionsQuery, { variables: { first: 50 }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorMessage error={error} />;
  const sessions = data?.outreachSessions ?? [];
  if (!sessions.length) return <EmptyState>{t('list.empty')}</EmptyState>;
  return (
    <ul className="outreach-list" data-testid="outreach-sessions">
      {sessions.map((s) => (
        <SessionItem key={s.id} session={s} />
      ))}
    </ul>
  );
}

function SessionItem({ session: s }: { session: OutreachSessionFieldsFragment }) {
  const { t } = useTranslation('outreach');
  const format = useFormat();
  return (
    <li className="card">
      <Link to={`/outreach/${s.id}`}>
        {s.place.name} · {format.dateTime(s.startsAt)}
      </Link>
      <p>
        {t('list.contacts', { total: format.number(s.contactsTotal), fresh: format.number(s.contactsNew) })}
        {s.createdBy ? ` · ${t('list.by', { name: s.createdBy.displayName })}` : ''}
      </p>
    </li>
  );
}

/** A month as a calendar (weeks from Monday), each day linking to its sessions, then the month's list. */
function MonthView({ month }: { month: string }) {
  const { t } = useTranslation('outreach');
  const format = useFormat();
  const [year, m] = month.split('-').map(Number);
  const first = new Date(year, m - 1, 1);
  const next = new Date(year, m, 1);
  const { data, loading, error } = useQuery(OutreachSessionsQuery, {
    variables: { from: first.toISOString(), to: next.toISOString(), first: 500 },
    fetchPolicy: 'cache-and-network',
  });
  const sessions = [...(data?.outreachSessions ?? [])].reverse();
  const byDay = new Map<number, OutreachSessionFieldsFragment[]>();
  for (const s of sessions) {
    const day = new Date(s.startsAt).getDate();
    byDay.set(day, [...(byDay.get(day) ?? []), s]);
  }
  const days = new Date(year, m, 0).getDate();
  const lead = (first.getDay() + 6) % 7;
  const cells: (number | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  const weekday = (i: number) =>
    new Intl.DateTimeFormat(format.locale === 'en' ? 'en-GB' : format.locale, { weekday: 'short' }).format(new Date(2024, 0, 1 + i));
  const monthName = new Intl.DateTimeFormat(format.locale === 'en' ? 'en-GB' : format.locale, { month: 'long', year: 'numeric' }).format(first);
  const shift = (by: number) => {
    const d = new Date(year, m - 1 + by, 1);
    return `/outreach?view=month&month=${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  };
  const contacts = (list: OutreachSessionFieldsFragment[]) => list.reduce((n, s) => n + s.contactsTotal, 0);

  return (
    <section aria-labelledby="outreach-month">
      <div className="outreach-month__nav">
        <h2 id="outreach-month">{monthName}</h2>
        <ButtonLink small variant="secondary" to={shift(-1)} aria-label={t('list.previousMonth')}>
          ‹
        </ButtonLink>
        <ButtonLink small variant="secondary" to={shift(1)} aria-label={t('list.nextMonth')}>
          ›
        </ButtonLink>
      </div>
      {loading && !data ? <Loading /> : null}
      {error && !data ? <ErrorMessage error={error} /> : null}
      <p role="status">{t('list.monthTotal', { count: sessions.length, contacts: format.number(contacts(sessions)) })}</p>
      <table className="outreach-month" data-testid="outreach-month">
        <caption className="visually-hidden">{monthName}</caption>
        <thead>
          <tr>
            {Array.from({ length: 7 }, (_, i) => (
              <th key={i} scope="col">
                {weekday(i)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((day, i) => {
                const list = day ? (byDay.get(day) ?? []) : [];
                return (
                  <td key={i} className={day ? undefined : 'outreach-month__outside'}>
                    {day ? <span className="outreach-month__day">{day}</span> : null}
                    {list.map((s) => (
                      <Link
                        key={s.id}
                        className="outreach-month__link"
                        to={`/outreach/${s.id}`}
                        aria-label={`${format.dateTime(s.startsAt)}, ${s.place.name}, ${t('list.contacts', { total: s.contactsTotal, fresh: s.contactsNew })}`}
                      >
                        {s.contactsTotal}
                      </Link>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {sessions.length ? (
        <ul className="outreach-list">
          {sessions.map((s) => (
            <SessionItem key={s.id} session={s} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function currentMonth(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}
