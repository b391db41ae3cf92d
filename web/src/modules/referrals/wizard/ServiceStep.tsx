import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceCardFieldsFragment, ServiceCategory } from '../../../generated/graphql';
import { Button, Checkbox, EmptyState, ErrorMessage, Field, LoadMore, Loading, Select, useLoadMore } from '../../../ui';
import { CapacityBadge } from '../../service-map/CapacityBadge';
import { SearchServicesQuery } from '../../service-map/service-map.graphql';
import { useLabels } from '../../service-map/taxonomy';
import type { StepProps } from './step';

function selectable(s: ServiceCardFieldsFragment) {
  return s.capacityStatus !== 'NOT_ACCEPTING' && s.status !== 'ARCHIVED';
}

/** Step 1: the service, found on the map by need or words; only services taking referrals can be chosen. */
export function ServiceStep({ state, dispatch }: StepProps) {
  const { t } = useTranslation('referrals');
  const mapT = useTranslation('serviceMap').t;
  const labels = useLabels();
  const chosen = state.service;
  const [category, setCategory] = useState<ServiceCategory | ''>('');
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [accepting, setAccepting] = useState(true);
  const filter = { ...(category ? { categories: [category] } : {}), ...(query ? { text: query } : {}), ...(accepting ? { acceptingNow: true } : {}) };
  const { data, loading, error, fetchMore } = useQuery(SearchServicesQuery, { variables: { filter, first: 10 } });
  const more = useLoadMore(data?.services, fetchMore);
  return (
    <>
      <p>{t('wizard.serviceIntro')}</p>
      {chosen ? (
        <p className="message message--success" role="status">
          {t('wizard.chosenService', { service: chosen.name, organisation: chosen.organisation.name })}
        </p>
      ) : null}
      <div className="form-grid">
        <Select
          label={t('wizard.need')}
          options={[{ value: '', label: t('wizard.anyNeed') }, ...labels.categoryOptions()]}
          value={category}
          onChange={(e) => setCategory(e.target.value as ServiceCategory | '')}
        />
        <div role="search" aria-label={t('wizard.search')}>
          <Field
            label={t('wizard.text')}
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                setQuery(text.trim());
              }
            }}
          />
          <Button variant="secondary" small onClick={() => setQuery(text.trim())}>
            {t('wizard.search')}
          </Button>
        </div>
      </div>
      <Checkbox label={t('wizard.acceptingOnly')} checked={accepting} onChange={(e) => setAccepting(e.target.checked)} />
      <ErrorMessage error={error} />
      <p className="result-count" role="status">
        {data ? mapT('map.results', { count: data.services.totalCount }) : ''}
      </p>
      {!data && loading ? <Loading /> : null}
      {data && !data.services.nodes.length ? <EmptyState>{t('wizard.noServices')}</EmptyState> : null}
      <ul className="cards service-choice">
        {data?.services.nodes.map((s) => {
          const isChosen = chosen?.id === s.id;
          return (
            <li key={s.id} className="card" data-chosen={isChosen}>
              <h3 id={`choice-${s.id}`}>{s.name}</h3>
              <p className="card__meta">
                <span>{s.organisation.name}</span>
                {s.locations.length ? <span>{[...new Set(s.locations.map((l) => l.city))].join(', ')}</span> : null}
              </p>
              <p className="card__meta">
                <CapacityBadge status={s.capacityStatus} />
                {s.waitingDays != null ? <span>{mapT('card.waitingDays', { count: s.waitingDays })}</span> : null}
              </p>
              {selectable(s) ? (
                <Button
                  small
                  variant={isChosen ? 'primary' : 'secondary'}
                  aria-pressed={isChosen}
                  aria-describedby={`choice-${s.id}`}
                  onClick={() => dispatch({ type: 'chooseService', service: s })}
                >
                  {isChosen ? t('wizard.chosen') : t('wizard.choose')}
                </Button>
              ) : (
                <p className="muted">{t('wizard.notSelectable')}</p>
              )}
            </li>
          );
        })}
      </ul>
      {more && more.shown ? <LoadMore {...more} /> : null}
      {state.errors.service ? (
        <p className="field__error" role="alert">
          {t('wizard.errors.service')}
        </p>
      ) : null}
    </>
  );
}
