import { useQuery } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button, ErrorMessage, Field, LoadMore, useLoadMore, Loading } from '../../ui';
import { OrganisationsQuery } from './organisations.graphql';

export function OrganisationList() {
  const { t } = useTranslation('organisations');
  const { t: map } = useTranslation('serviceMap');
  const [text, setText] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const { data, loading, error, fetchMore } = useQuery(OrganisationsQuery, { variables: { search, first: 50 } });
  const list = data?.organisations;
  const more = useLoadMore(list, fetchMore);

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setSearch(text.trim() || null);
  }

  return (
    <>
      <form role="search" onSubmit={submit} className="panel">
        <Field label={t('list.search')} type="search" value={text} onChange={(e) => setText(e.target.value)} />
        <Button type="submit">{map('map.search')}</Button>
      </form>
      <ErrorMessage error={error} />
      {!list && loading ? <Loading /> : null}
      {list ? (
        <>
          <p role="status">{t('list.count', { count: list.totalCount })}</p>
          <ul className="cards">
            {list.nodes.map((o) => (
              <li key={o.id} className="card">
                <h2>
                  <Link to={`/organisations/${o.id}`}>{o.name}</Link>
                </h2>
                <p className="card__meta">
                  {o.city} · {t(`country.${o.country}`, { defaultValue: o.country })}
                </p>
              </li>
            ))}
          </ul>
          {more ? <LoadMore {...more} /> : null}
        </>
      ) : null}
    </>
  );
}
