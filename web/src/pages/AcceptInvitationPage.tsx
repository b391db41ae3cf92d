import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { currentLanguage } from '../app/i18n';
import { AcceptInvitationMutation, SetLocaleMutation } from '../modules/identity/identity.graphql';
import { useSession } from '../modules/identity/session';
import { Button, ErrorMessage, Field, Page, errorCode, errorExtensions } from '../ui';
import { PublicLayout } from '../modules/identity/PublicLayout';

/**
 * Where an invitation link lands (/invitation#code=...): create the account, or join with an
 * existing one; that is a sign-in like any other, so an account with two-step sign-in is asked
 * for its code too.
 */
export function AcceptInvitationPage() {
  const { t } = useTranslation('identity');
  const location = useLocation();
  const navigate = useNavigate();
  const { refresh } = useSession();
  const fromLink = new URLSearchParams(location.hash.replace(/^#/, '')).get('code') ?? new URLSearchParams(location.search).get('code') ?? '';
  const [values, setValues] = useState({ code: fromLink, displayName: '', email: '', password: '', twoFactorCode: '' });
  const [needsCode, setNeedsCode] = useState(false);
  const [codeRejected, setCodeRejected] = useState(false);
  const [accept, { loading, error }] = useMutation(AcceptInvitationMutation);
  const codeInput = useRef<HTMLInputElement>(null);
  const asksForCode = errorCode(error) === 'UNAUTHENTICATED' && errorExtensions(error).twoFactorRequired === true;

  useEffect(() => {
    if (needsCode) codeInput.current?.focus();
  }, [needsCode]);
  const [setLocale] = useMutation(SetLocaleMutation);
  const bind = (key: keyof typeof values) => ({
    value: values[key],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value })),
  });

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      await accept({
        variables: {
          code: values.code.trim(),
          displayName: values.displayName.trim(),
          email: values.email.trim(),
          password: values.password,
          twoFactorCode: needsCode ? values.twoFactorCode.replace(/\s+/g, '') : null,
        },
      });
      // A new account speaks the language the invitation page was read in.
      await setLocale({ variables: { locale: currentLanguage() } }).catch(() => undefined);
      await refresh();
      void navigate('/', { replace: true });
    } catch (failure) {
      // The answer that asks for the second step opens the code field; other answers are shown below.
      const askedForCode = errorCode(failure) === 'UNAUTHENTICATED' && errorExtensions(failure).twoFactorRequired === true;
      setCodeRejected(askedForCode && needsCode);
      if (askedForCode) setNeedsCode(true);
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
          <Field
            label={t('invitation.password')}
            hint={t('invitation.passwordHint')}
            type="password"
            required
            autoComplete="new-password"
            {...bind('password')}
          />
          {needsCode ? (
            <>
              <p id="invitation-code-intro">{t('invitation.twoFactorIntro')}</p>
              <Field
                ref={codeInput}
                label={t('invitation.twoFactorCode')}
                inputMode="numeric"
                autoComplete="one-time-code"
                aria-describedby="invitation-code-intro"
                required
                {...bind('twoFactorCode')}
              />
            </>
          ) : null}
          {asksForCode ? (
            codeRejected ? (
              <div role="alert" className="message message--error">
                {t('invitation.twoFactorWrong')}
              </div>
            ) : null
          ) : errorCode(error) === 'UNAUTHENTICATED' ? (
            <div role="alert" className="message message--error">
              {t('invitation.failed')}
            </div>
          ) : (
            <ErrorMessage error={error} />
          )}
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
