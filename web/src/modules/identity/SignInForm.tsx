import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorMessage, Field, errorCode, errorExtensions } from '../../ui';
import { LoginMutation } from './identity.graphql';

type Problem = { kind: 'failed' } | { kind: 'codeWrong' } | { kind: 'tooMany'; seconds: number } | { kind: 'other'; error: unknown };

/**
 * Email and password; when the API answers `twoFactorRequired`, a second step asks for the
 * 6-digit code (or a recovery code) and signs in with all three.
 */
export function SignInForm({ onSignedIn }: { onSignedIn: () => void | Promise<void> }) {
  const { t } = useTranslation('identity');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [step, setStep] = useState<'password' | 'code'>('password');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [login, { loading: loggingIn }] = useMutation(LoginMutation);
  const codeInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (step === 'code') codeInput.current?.focus();
  }, [step]);

  function explain(error: unknown, duringCode: boolean): Problem | null {
    const code = errorCode(error);
    const ext = errorExtensions(error);
    if (code === 'TOO_MANY_REQUESTS') return { kind: 'tooMany', seconds: Number(ext.retryAfterSeconds ?? 60) };
    if (code === 'UNAUTHENTICATED' && ext.twoFactorRequired === true) {
      if (!duringCode) {
        setStep('code');
        return null;
      }
      return { kind: 'codeWrong' };
    }
    if (code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT') return { kind: 'failed' };
    return { kind: 'other', error };
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    try {
      if (step === 'password') await login({ variables: { email, password } });
      else await login({ variables: { email, password, code: code.replace(/\s+/g, '') } });
      await onSignedIn();
    } catch (error) {
      setProblem(explain(error, step === 'code'));
    }
  }

  const busy = loggingIn;
  const message =
    problem?.kind === 'failed'
      ? t('signIn.failed')
      : problem?.kind === 'codeWrong'
        ? t('signIn.codeWrong')
        : problem?.kind === 'tooMany'
          ? t('signIn.tooMany', { count: problem.seconds })
          : null;

  return (
    <form onSubmit={submit} noValidate aria-busy={busy}>
      {message ? (
        <div role="alert" className="message message--error">
          {message}
        </div>
      ) : null}
      {problem?.kind === 'other' ? <ErrorMessage error={problem.error} /> : null}
      {step === 'password' ? (
        <>
          <Field
            label={t('signIn.email')}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <Field
            label={t('signIn.password')}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <div className="form-actions">
            <Button type="submit" disabled={busy}>
              {busy ? t('signIn.busy') : t('signIn.submit')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <h2>{t('signIn.codeTitle')}</h2>
          <p id="code-intro">{t('signIn.codeIntro')}</p>
          <Field
            ref={codeInput}
            label={t('signIn.code')}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            aria-describedby="code-intro"
            required
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
          <div className="form-actions">
            <Button type="submit" disabled={busy || !code.trim()}>
              {t('signIn.verify')}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setStep('password');
                setCode('');
                setProblem(null);
              }}
            >
              {t('signIn.back')}
            </Button>
          </div>
        </>
      )}
    </form>
  );
}
