import { useMutation } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddressVisibility, OrganisationQuery } from '../../generated/graphql';
import { Button, Dialog, ErrorMessage, Field, Select } from '../../ui';
import { useLabels } from '../service-map/taxonomy';
import { CreateLocationMutation, OrganisationQuery as OrganisationDocument } from './organisations.graphql';

type Org = NonNullable<OrganisationQuery['organisation']>;
const VISIBILITIES: AddressVisibility[] = ['PUBLIC', 'NETWORK', 'HIDDEN'];

/** Where the organisation works; services are delivered at these locations. */
export function OrganisationLocations({ organisation }: { organisation: Org }) {
  const { t } = useTranslation('organisations');
  const labels = useLabels();
  const [adding, setAdding] = useState(false);
  return (
    <>
      {organisation.canEdit ? (
        <div className="form-actions">
          <Button variant="secondary" onClick={() => setAdding(true)}>
            {t('locations.add')}
          </Button>
        </div>
      ) : null}
      <ul className="cards">
        {organisation.locations.map((l) => (
          <li key={l.id} className="card">
            <strong>{l.name}</strong>
            <p className="card__meta">
              <span>{l.address ? `${l.address}, ${l.postalCode ?? ''} ${l.city}` : l.city}</span>
              <span>{labels.region(l.region)}</span>
              <span>{t(`visibility.${l.visibility}`)}</span>
            </p>
          </li>
        ))}
      </ul>
      <Dialog open={adding} title={t('locations.add')} onClose={() => setAdding(false)}>
        <LocationForm organisationId={organisation.id} onSaved={() => setAdding(false)} />
      </Dialog>
    </>
  );
}

function LocationForm({ organisationId, onSaved }: { organisationId: string; onSaved: () => void }) {
  const { t } = useTranslation('organisations');
  const labels = useLabels();
  const [values, setValues] = useState({ name: '', address: '', postalCode: '', city: '', region: 'BE-VAN', visibility: 'NETWORK' as AddressVisibility });
  const [create, { loading, error }] = useMutation(CreateLocationMutation, {
    refetchQueries: [{ query: OrganisationDocument, variables: { id: organisationId } }],
  });
  const bind = (key: keyof typeof values) => ({
    value: values[key],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value })),
  });

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      await create({
        variables: {
          input: {
            organisationId,
            name: values.name.trim(),
            address: values.address.trim() || null,
            postalCode: values.postalCode.trim() || null,
            city: values.city.trim(),
            region: values.region,
            visibility: values.visibility,
          },
        },
      });
      onSaved();
    } catch {
      // shown by ErrorMessage
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Field label={t('locations.name')} required {...bind('name')} />
      <Field label={t('locations.address')} {...bind('address')} />
      <div className="form-grid">
        <Field label={t('locations.postalCode')} {...bind('postalCode')} />
        <Field label={t('locations.city')} required {...bind('city')} />
      </div>
      <Select label={t('locations.region')} {...bind('region')} options={labels.regionOptions().filter((o) => o.value.includes('-'))} />
      <Select label={t('locations.visibility')} {...bind('visibility')} options={VISIBILITIES.map((v) => ({ value: v, label: t(`visibility.${v}`) }))} />
      <ErrorMessage error={error} />
      <div className="form-actions">
        <Button type="submit" disabled={loading}>
          {t('locations.save')}
        </Button>
      </div>
    </form>
  );
}
