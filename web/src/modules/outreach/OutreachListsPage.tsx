import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlaceLabels } from '../../ui/places';
import { Link } from 'react-router-dom';
import type { OutreachPlaceKind } from '../../generated/graphql';
import { Button, EmptyState, ErrorMessage, Field, Loading, Page, Panel, Select, StatusBadge } from '../../ui';
import { useSession } from '../identity/session';
import { REGIONS } from '../service-map/taxonomy';
import { PLACE_KINDS } from './labels';
import {
  CreateOutreachMaterialKindMutation,
  CreateOutreachPlaceMutation,
  OutreachListsQuery,
  UpdateOutreachMaterialKindMutation,
  UpdateOutreachPlaceMutation,
} from './outreach.graphql';
import './outreach.css';

const SUBREGIONS = REGIONS.filter((r) => r.includes('-'));

interface PlaceValues {
  name: string;
  kind: OutreachPlaceKind;
  region: string;
  archived: boolean;
}

/** The admin keeps the organisation's outreach places and kinds of material; archived ones leave the form, not the past. */
export function OutreachListsPage() {
  const { t } = useTranslation('outreach');
  const { isOrgAdmin } = useSession();
  const { data, loading, error, refetch } = useQuery(OutreachListsQuery, { fetchPolicy: 'cache-and-network' });
  const [createPlace, createPlaceState] = useMutation(CreateOutreachPlaceMutation);
  const [updatePlace, updatePlaceState] = useMutation(UpdateOutreachPlaceMutation);
  const [createKind, createKindState] = useMutation(CreateOutreachMaterialKindMutation);
  const [updateKind, updateKindState] = useMutation(UpdateOutreachMaterialKindMutation);
  const done = () => void refetch();
  const savePlace = (id: string, values: PlaceValues) => updatePlace({ variables: { id, input: values } }).then(done, () => undefined);
  const saveKind = (id: string, values: { name: string; archived: boolean }) => updateKind({ variables: { id, input: values } }).then(done, () => undefined);

  return (
    <Page title={t('lists.title')} actions={<Link to="/outreach">{t('session.back')}</Link>}>
      {!isOrgAdmin ? <p className="message message--warning">{t('lists.adminOnly')}</p> : null}
      {loading && !data ? <Loading /> : null}
      <ErrorMessage error={error} />
      <Panel title={t('lists.places')}>
        {data?.outreachPlaces.length ? null : <EmptyState>{t('lists.empty')}</EmptyState>}
        <ul className="outreach-list">
          {data?.outreachPlaces.map((p) => (
            <PlaceRow key={p.id} place={p} editable={isOrgAdmin} onSave={(values) => savePlace(p.id, values)} />
          ))}
        </ul>
        <ErrorMessage error={updatePlaceState.error} />
        {isOrgAdmin ? (
          <PlaceForm
            title={t('lists.addPlace')}
            initial={{ name: '', kind: 'ZONE', region: 'BE-BRU', archived: false }}
            submitLabel={t('lists.add')}
            error={createPlaceState.error}
            onSubmit={(values) =>
              createPlace({ variables: { input: values } }).then(
                () => (done(), true),
                () => false,
              )
            }
          />
        ) : null}
      </Panel>
      <Panel title={t('lists.materials')}>
        {data?.outreachMaterialKinds.length ? null : <EmptyState>{t('lists.empty')}</EmptyState>}
        <ul className="outreach-list">
          {data?.outreachMaterialKinds.map((k) => (
            <li key={k.id} className="outreach-lists__row">
              <span>
                {k.name} {k.archived ? <StatusBadge tone="muted">{t('lists.archived')}</StatusBadge> : null}
              </span>
              {isOrgAdmin ? (
                <Button
                  small
                  variant="secondary"
                  onClick={() => void saveKind(k.id, { name: k.name, archived: !k.archived })}
                  aria-label={`${t(k.archived ? 'lists.restore' : 'lists.archive')}: ${k.name}`}
                >
                  {t(k.archived ? 'lists.restore' : 'lists.archive')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
        <ErrorMessage error={updateKindState.error} />
        {isOrgAdmin ? (
          <MaterialForm
            error={createKindState.error}
            onSubmit={(name) =>
              createKind({ variables: { input: { name, archived: false } } }).then(
                () => (done(), true),
                () => false,
              )
            }
          />
        ) : null}
      </Panel>
    </Page>
  );
}

function PlaceRow({ place, editable, onSave }: { place: PlaceValues & { id: string }; editable: boolean; onSave: (values: PlaceValues) => Promise<unknown> }) {
  const { t } = useTranslation('outreach');
  const places = usePlaceLabels();
  const [editing, setEditing] = useState(false);
  const values = { name: place.name, kind: place.kind, region: place.region, archived: place.archived };
  if (editing) {
    return (
      <li className="card">
        <PlaceForm
          title={t('lists.rename')}
          initial={values}
          submitLabel={t('lists.save')}
          onCancel={() => setEditing(false)}
          onSubmit={async (next) => {
            await onSave(next);
            setEditing(false);
            return true;
          }}
        />
      </li>
    );
  }
  return (
    <li className="outreach-lists__row">
      <span>
        {place.name} · {t(`kind.${place.kind}`)} · {places.region(place.region)}{' '}
        {place.archived ? <StatusBadge tone="muted">{t('lists.archived')}</StatusBadge> : null}
      </span>
      {editable ? (
        <span className="form-actions">
          <Button small variant="secondary" onClick={() => setEditing(true)} aria-label={`${t('lists.rename')}: ${place.name}`}>
            {t('lists.rename')}
          </Button>
          <Button
            small
            variant="secondary"
            onClick={() => void onSave({ ...values, archived: !place.archived })}
            aria-label={`${t(place.archived ? 'lists.restore' : 'lists.archive')}: ${place.name}`}
          >
            {t(place.archived ? 'lists.restore' : 'lists.archive')}
          </Button>
        </span>
      ) : null}
    </li>
  );
}

function PlaceForm({
  title,
  initial,
  submitLabel,
  error,
  onSubmit,
  onCancel,
}: {
  title: string;
  initial: PlaceValues;
  submitLabel: string;
  error?: unknown;
  onSubmit: (values: PlaceValues) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('outreach');
  const places = usePlaceLabels();
  const [values, setValues] = useState(initial);
  return (
    <form
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        if (!values.name.trim()) return;
        void onSubmit({ ...values, name: values.name.trim() }).then((ok) => ok && !onCancel && setValues(initial));
      }}
    >
      <h3>{title}</h3>
      <div className="form-grid">
        <Field
          label={t('lists.name')}
          name="placeName"
          required
          maxLength={200}
          value={values.name}
          onChange={(e) => setValues({ ...values, name: e.target.value })}
        />
        <Select
          label={t('lists.kind')}
          name="placeKind"
          value={values.kind}
          onChange={(e) => setValues({ ...values, kind: e.target.value as OutreachPlaceKind })}
          options={PLACE_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        />
        <Select
          label={t('lists.region')}
          name="placeRegion"
          value={values.region}
          onChange={(e) => setValues({ ...values, region: e.target.value })}
          options={SUBREGIONS.map((r) => ({ value: r, label: places.region(r) }))}
        />
      </div>
      <ErrorMessage error={error} />
      <div className="form-actions">
        <Button type="submit">{submitLabel}</Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t('lists.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

function MaterialForm({ error, onSubmit }: { error?: unknown; onSubmit: (name: string) => Promise<boolean> }) {
  const { t } = useTranslation('outreach');
  const [name, setName] = useState('');
  return (
    <form
      aria-label={t('lists.addMaterial')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) return;
        void onSubmit(name.trim()).then((ok) => ok && setName(''));
      }}
    >
      <h3>{t('lists.addMaterial')}</h3>
      <Field label={t('lists.name')} name="materialName" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      <ErrorMessage error={error} />
      <div className="form-actions">
        <Button type="submit">{t('lists.add')}</Button>
      </div>
    </form>
  );
}
