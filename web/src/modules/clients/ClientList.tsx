import { useQuery } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { ClientRelation } from '../../generated/graphql';
import { Button, EmptyState, ErrorMessage, Field, LoadMore, useLoadMore, Loading, useFormat } from '../../ui';
import { ClientListQuery } from './clients.graphql';
import { useClientLabels } from './labels';
import './clients.css';

const PAGE_SIZE = 20;
const RELATIONS = ['OWN', 'SHARED'] as const satisfies readonly ClientRelation[];

/** Our clients / shared with us, searchable by pseudonym (the choice lives in the URL). */
export function ClientList() {
  const { t } = useTranslation('clients');
  const labels = useClientLabels();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const relation: ClientRelation = params.get('relation') === 'SHARED' ? 'SHARED' : 'OWN';
  const search = params.get('search') ?? '';
  const [text, setText] = useState(search);
  const { data, loading, error, fetchMore } = useQuery(ClientListQuery, { variables: { relation, search: search || null, first: PAGE_SIZE } });
  const more = useLoadMore(data?.clients, fetchMore);

  function update(next: { relation?: ClientRelation; search?: string }) {
    const p = new URLSearchParams(params);
    if (next.relation) p.set('relation', next.relation);
    if (next.search !== undefined) {
      if (next.search) p.set('search', next.search);
      else p.delete('search');
    }
    setParams(p);
  }

  function submit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    update({ search: text.trim() });
  }

  const clients = data?.clients;
  return (
    <>
      <div className="segmented" role="group" aria-label={t('list.relation')}>
        {RELATIONS.map((r) => (
          <Button key={r} variant={r === relation ? 'primary' : 'secondary'} aria-pressed={r === relation} onClick={() => update({ relation: r })}>
            {r === 'OWN' ? t('list.own') : t('list.shared')}
          </Button>
        ))}
      </div>
      <form role="search" className="client-search" onSubmit={submit}>
        <Field label={t('list.search')} type="search" name="search" value={text} onChange={(e) => setText(e.target.value)} />
        <Button type="submit">{t('list.searchButton')}</Button>
      </form>
      <ErrorMessage error={error} />
      {!clients && loading ? <Loading /> : null}
      {clients ? (
        <>
          <p className="result-count" role="status">
            {t('list.count', { count: clients.totalCount })}
          </p>
          {clients.nodes.length === 0 ? (
            <EmptyState>{relation === 'OWN' ? t('list.emptyOwn') : t('list.emptyShared')}</EmptyState>
          ) : (
            <ul className="cards client-rows">
              {clients.nodes.map((c) => (
                <li key={c.id} className="card client-row">
                  <h2>
                    <Link to={`/clients/${c.id}`}>{c.pseudonym}</Link>
                  </h2>
                  <div className="card__meta">
                    {!c.viewerIsOwner ? <span>{t('list.owner', { organisation: c.ownerOrganisation.name })}</span> : null}
                    <span>{t('list.lastActivity', { date: format.dateTime(c.lastActivityAt) })}</span>
                  </div>
                  {!c.viewerIsOwner ? (
                    <p className="client-row__shared">
                      <span className="client-row__label">{t('list.sharedSections')}:</span>{' '}
                      {c.sharedScopes.length ? labels.scopes(c.sharedScopes) : t('list.noSections')}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {more ? <LoadMore {...more} /> : null}
        </>
      ) : null}
    </>
  );
}
