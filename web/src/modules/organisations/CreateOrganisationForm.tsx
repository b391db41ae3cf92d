import { useMutation } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink, Button, ErrorMessage, Field, Select, TextArea } from '../../ui';
import { InvitationCode } from './InvitationCode';
import { CreateOrganisationMutation } from './organisations.graphql';

/** Admits an organisation and invites its first admin (coordinators). */
export function CreateOrganisationForm() {
  const { t } = useTranslation('organisations');
  const [values, setValues] = useState({ name: '', city: '', country: 'BE', description: '', email: '', adminName: '', adminEmail: '' });
  const [create, { data, loading, error }] = useMutation(CreateOrganisationMutation);
  const bind = (key: keyof typeof values) => ({
    value: values[key],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value })),
  });

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    await create({
      variables: {
        input: {
          name: values.name.trim(),
          city: values.city.trim() || null,
          country: values.country,
          description: values.description.trim() || null,
          email: values.email.trim() || null,
          firstAdmin: { displayName: values.adminName.trim(), email: values.adminEmail.trim() },
        },
      },
    }).catch(() => undefined);
  }

  const result = data?.createOrganisation;
  if (result?.invitation.code) {
    return (
      <>
        <InvitationCode code={result.invitation.code} message={t('create.created', { name: result.organisation.name })} />
        <ButtonLink to={`/organisations/${result.organisation.id}`}>{t('create.open')}</ButtonLink>
      </>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="panel">
      <div className="form-grid">
        <Field label={t('profile.name')} required {...bind('name')} />
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
      </div>
      <TextArea label={t('profile.description')} {...bind('description')} />
      <fieldset className="fieldset">
        <legend>{t('create.firstAdmin')}</legend>
        <div className="form-grid">
          <Field label={t('create.adminName')} required autoComplete="off" {...bind('adminName')} />
          <Field label={t('create.adminEmail')} type="email" required autoComplete="off" {...bind('adminEmail')} />
        </div>
      </fieldset>
      <ErrorMessage error={error} />
      <div className="form-actions">
        <Button type="submit" disabled={loading}>
          {t('create.submit')}
        </Button>
      </div>
    </form>
  );
}
