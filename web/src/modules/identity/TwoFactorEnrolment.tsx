import { useMutation } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorMessage, Field, errorCode } from '../../ui';
import { ConfirmTwoFactorEnrolmentMutation, StartTwoFactorEnrolmentMutation } from './identity.graphql';

/**
 * Sets up two-factor sign-in: a new secret for the authenticator app (typed in or opened as an
 * otpauth link on the phone itself), a first code to prove it works, then the one-time recovery
 * codes, shown once. `onDone` runs after the user says the codes are kept.
 */
export function TwoFactorEnrolment({ onDone }: { onDone: () => void | Promise<void> }) {
  const { t } = useTranslation('identity');
  const [start, started] = useMutation(StartTwoFactorEnrolmentMutation);
  const [confirm, confirmed] = useMutation(ConfirmTwoFactorEnrolmentMutation);
  const [code, setCode] = useState('');
  const [wrongCode, setWrongCode] = useState(false);
  const enrolment = started.data?.startTwoFactorEnrolment;
  const recoveryCodes = confirmed.data?.confirmTwoFactorEnrolment;

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setWrongCode(false);
    try {
      await confirm({ variables: { code: code.replace(/\s+/g, '') } });
    } catch (error) {
      if (errorCode(error) === 'BAD_USER_INPUT' || errorCode(error) === 'UNAUTHENTICATED') setWrongCode(true);
    }
  }

  if (recoveryCodes) {
    return (
      <section aria-labelledby="recovery-title">
        <h2 id="recovery-title">{t('twoFactor.recoveryTitle')}</h2>
        <p>{t('twoFactor.recoveryIntro')}</p>
        <ul className="recovery-codes" aria-label={t('twoFactor.recoveryTitle')}>
          {recoveryCodes.map((recoveryCode) => (
            <li key={recoveryCode}>
              <code>{recoveryCode}</code>
            </li>
          ))}
        </ul>
        <div className="form-actions">
          <Button onClick={() => void onDone()}>{t('twoFactor.recoveryKept')}</Button>
        </div>
      </section>
    );
  }

  if (!enrolment) {
    return (
      <section>
        <p>{t('twoFactor.intro')}</p>
        {started.error ? <ErrorMessage error={started.error} /> : null}
        <div className="form-actions">
          <Button onClick={() => void start().catch(() => undefined)} disabled={started.loading}>
            {t('twoFactor.start')}
          </Button>
        </div>
      </section>
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={confirmed.loading}>
      <ol className="steps">
        <li>
          <p>{t('twoFactor.stepApp')}</p>
          <p>
            {t('twoFactor.secretLabel')} <code data-testid="two-factor-secret">{enrolment.secret}</code>
          </p>
          <p>
            <a href={enrolment.otpauthUrl}>{t('twoFactor.openInApp')}</a>
          </p>
        </li>
        <li>
          <p id="enrol-code-intro">{t('twoFactor.stepCode')}</p>
        </li>
      </ol>
      {wrongCode ? (
        <div role="alert" className="message message--error">
          {t('twoFactor.codeWrong')}
        </div>
      ) : null}
      {confirmed.error && !wrongCode ? <ErrorMessage error={confirmed.error} /> : null}
      <Field
        label={t('signIn.code')}
        name="enrolment-code"
        inputMode="numeric"
        autoComplete="one-time-code"
        aria-describedby="enrol-code-intro"
        required
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
      <div className="form-actions">
        <Button type="submit" disabled={confirmed.loading || !code.trim()}>
          {t('twoFactor.confirm')}
        </Button>
      </div>
    </form>
  );
}
