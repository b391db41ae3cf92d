import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { currentLanguage } from '../app/i18n';
import { AcceptInvitationMutation, SetLocaleMutation } from '../modules/identity/identity.graphql';
import { useSession } from '../modules/identity/session';
import { Button, ErrorMessage, Field, Page } from '../ui';
import { PublicLayout } from './PublicLayout';

/** Where an invitation link lands (/invitation#code=...): create the account and sign in. */
export function AcceptInvitationPage() {
  const { t } = useTranslation('identity');
  const location = useLocation();
  const navigate = useNavigate();
  const { refresh } = useSession();
  const fromLink = new URLSearchParams(location.hash.replace(/^#/, '')).get('code') ?? new URLSearchParams(location.search).get('code') ?? '';
  const [values, setValues] = useState({ code: fromLink, displayName: '', email: '', password: '' });
  const [accept, { loading, error }] = useMutation(AcceptInvitationMutation);
  const [setLocale] = useMutation(SetLocaleMutation);
  const bind = (key: keyof typeof values) => ({ value: values[key], onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value })) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await accept({ variables: { code: values.code.trim(), displayName: values.displayName.trim(), email: values.email.trim(), password: values.password } });
      // A new account speaks the language the invitation page was read in.
      await setLocale({ variables: { locale: currentLanguage() } }).catch(() => undefined);
      await refresh();
      navigate('/', { replace: true });
    } catch {
      // shown by ErrorMessage
    }
  }

  return (
    <PublicLayout>
      <Page title={t('invitation.title')} narrow>
        <p>{t('invitation.intro')}</p>
        <form className="panel" onSubmit={submit} noValidate>
          <Field label={t('invitation.code')} required autoComplete="off" {...bind('code')} />
          <Field label={t('invitation.displayName')} required autoComplete="name" {...bind('displayName')} />
          <Field label={t('invitation.email')} type="email" required autoComplete="username" {...bind('email')} />
          <Field label={t('invitation.password')} hint={t('invitation.passwordHint')} type="password" required autoComplete="new-password" {...bind('password')} />
          <ErrorMessage error={error} />
          <div className="form-actions">
            <Button type="submit" disabled={loading}>
              {t('invitation.submit')}
            </Button>
          </div>
        </form>
      </Page>
    </PublicLayout>
  );
}
