import { useQuery } from '@apollo/client/react';
import { useMemo, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { ServiceFilter } from '../../generated/graphql';
import { Button, Checkbox, CheckboxGroup, EmptyState, ErrorMessage, Field, LoadMore, useLoadMore, Loading, Select } from '../../ui';
import { ServiceCard } from './ServiceCard';
import { SearchServicesQuery } from './service-map.graphql';
import { useLabels } from './taxonomy';

const PAGE_SIZE = 20;

/** The filter lives in the URL (?q=&category=&targetGroup=&language=&region=&accepting=1), so a search can be shared or reloaded. */
export function filterFromParams(params: URLSearchParams): ServiceFilter {
  const filter: ServiceFilter = {};
  const text = params.get('q')?.trim();
  if (text) filter.text = text;
  const categories = params.getAll('category');
  if (categories.length) filter.categories = categories as ServiceFilter['categories'];
  const targetGroups = params.getAll('targetGroup');
  if (targetGroups.length) filter.targetGroups = targetGroups as ServiceFilter['targetGroups'];
  const languages = params.getAll('language');
  if (languages.length) filter.languages = languages;
  const region = params.get('region');
  if (region) filter.region = region;
  if (params.get('accepting') === '1') filter.acceptingNow = true;
  return filter;
}

export function ServiceSearch() {
  const { t } = useTranslation('serviceMap');
  const labels = useLabels();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const [text, setText] = useState(params.get('q') ?? '');
  // New search parameters (a link, back or forward) reset the box to their text, while rendering rather than in an effect.
  const [shownParams, setShownParams] = useState(params);
  if (shownParams !== params) {
    setShownParams(params);
    setText(params.get('q') ?? '');
  }

  const { data, loading, error, fetchMore } = useQuery(SearchServicesQuery, { variables: { filter, first: PAGE_SIZE } });
  const more = useLoadMore(data?.services, fetchMore);

  function update(change: (next: URLSearchParams) => void) {
    // From the address bar, not this render's params: two quick changes (a box ticked, then a
    // region chosen before React re-rendered) must both stay.
    const next = new URLSearchParams(window.location.search);
    change(next);
    setParams(next, { replace: false });
  }
  const setMany = (key: string) => (values: string[]) =>
    update((next) => {
      next.delete(key);
      values.forEach((v) => next.append(key, v));
    });

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    update((next) => (text.trim() ? next.set('q', text.trim()) : next.delete('q')));
  }

  const services = data?.services;
  return (
    <div className="map-layout">
      <section className="panel filters" aria-labelledby="filters-title">
        <h2 id="filters-title">{t('map.filters')}</h2>
        <form role="search" onSubmit={submit}>
          <Field label={t('map.text')} hint={t('map.textHint')} type="search" name="q" value={text} onChange={(e) => setText(e.target.value)} />
          <div className="form-actions">
            <Button type="submit">{t('map.search')}</Button>
          </div>
        </form>
        <Checkbox
          label={t('map.acceptingNow')}
          checked={filter.acceptingNow === true}
          onChange={(e) => update((next) => (e.target.checked ? next.set('accepting', '1') : next.delete('accepting')))}
        />
        <Select
          label={t('map.region')}
          value={params.get('region') ?? ''}
          onChange={(e) => update((next) => (e.target.value ? next.set('region', e.target.value) : next.delete('region')))}
          options={[{ value: '', label: t('map.anyRegion') }, ...labels.regionOptions()]}
        />
        <details open={params.getAll('category').length > 0}>
          <summary>{t('map.category')}</summary>
          <CheckboxGroup
            legend={t('map.category')}
            name="category"
            options={labels.categoryOptions()}
            value={params.getAll('category')}
            onChange={setMany('category')}
          />
        </details>
        <details open={params.getAll('targetGroup').length > 0}>
          <summary>{t('map.targetGroup')}</summary>
          <CheckboxGroup
            legend={t('map.targetGroup')}
            name="targetGroup"
            options={labels.targetGroupOptions()}
            value={params.getAll('targetGroup')}
            onChange={setMany('targetGroup')}
          />
        </details>
        <details open={params.getAll('language').length > 0}>
          <summary>{t('map.language')}</summary>
          <CheckboxGroup
            legend={t('map.language')}
            name="language"
            options={labels.languageOptions()}
            value={params.getAll('language')}
            onChange={setMany('language')}
          />
        </details>
        {params.toString() ? (
          <Button variant="secondary" onClick={() => setParams(new URLSearchParams())}>
            {t('map.clear')}
          </Button>
        ) : null}
      </section>
      <section aria-labelledby="results-title">
        <h2 id="results-title" className="visually-hidden">
          {t('map.title')}
        </h2>
        <ErrorMessage error={error} />
        <p className="result-count" role="status">
          {services ? t('map.results', { count: services.totalCount }) : ''}
        </p>
        {!services && loading ? <Loading /> : null}
        {services && services.nodes.length === 0 ? <EmptyState>{t('map.noResults')}</EmptyState> : null}
        {services && services.nodes.length > 0 ? (
          <>
            <ul className="cards">
              {services.nodes.map((service) => (
                <li key={service.id}>
                  <ServiceCard service={service} />
                </li>
              ))}
            </ul>
            {more ? <LoadMore {...more} /> : null}
          </>
        ) : null}
      </section>
    </div>
  );
}
