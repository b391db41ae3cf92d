import { useMutation } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationQuery } from '../../generated/graphql';
import { Button, ErrorMessage, Field, Select, SuccessMessage, TextArea } from '../../ui';
import { UpdateOrganisationMutation } from './organisations.graphql';

type Org = NonNullable<OrganisationQuery['organisation']>;

export function OrganisationProfileForm({ organisation }: { organisation: Org }) {
  const { t } = useTranslation('organisations');
  const [values, setValues] = useState({
    name: organisation.name,
    alternateName: organisation.alternateName ?? '',
    description: organisation.description,
    city: organisation.city,
    country: organisation.country,
    email: organisation.email ?? '',
    phone: organisation.phone ?? '',
    website: organisation.website ?? '',
  });
  const [saved, setSaved] = useState(false);
  const [save, { loading, error }] = useMutation(UpdateOrganisationMutation);
  const bind = (key: keyof typeof values) => ({
    value: values[key],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value })),
  });
  const optional = (s: string) => (s.trim() ? s.trim() : null);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    try {
      await save({
        variables: {
          id: organisation.id,
          input: {
            ...values,
            alternateName: optional(values.alternateName),
            email: optional(values.email),
            phone: optional(values.phone),
            website: optional(values.website),
          },
        },
      });
      setSaved(true);
    } catch {
      // shown by ErrorMessage
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <div className="form-grid">
        <Field label={t('profile.name')} required {...bind('name')} />
        <Field label={t('profile.alternateName')} {...bind('alternateName')} />
        <Field label={t('profile.city')} {...bind('city')} />
        <Select
          label={t('profile.country')}
          {...bind('country')}
          options={[
            { value: 'BE', label: t('country.BE') },
            { value: 'NL', label: t('country.NL') },
          ]}
        />
        <Field label={t('profile.email')} type="email" {...bind('email')} />
        <Field label={t('profile.phone')} type="tel" {...bind('phone')} />
        <Field label={t('profile.website')} type="url" {...bind('website')} />
      </div>
      <TextArea label={t('profile.description')} {...bind('description')} />
      <ErrorMessage error={error} />
      {saved ? <SuccessMessage>{t('profile.saved')}</SuccessMessage> : null}
      <div className="form-actions">
        <Button type="submit" disabled={loading}>
          {t('profile.save')}
        </Button>
      </div>
    </form>
  );
}
