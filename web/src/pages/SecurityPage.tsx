import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SignOutEverywhereMutation } from '../modules/identity/identity.graphql';
import { EmailNoticeSettingsForm } from '../modules/identity/EmailNoticeSettingsForm';
import { TwoFactorEnrolment } from '../modules/identity/TwoFactorEnrolment';
import { useSession } from '../modules/identity/session';
import { Button, ErrorMessage, Page, Panel } from '../ui';

/** The user's own sign-in security and settings: two-factor status, e-mail notices and "sign out everywhere". */
export function SecurityPage() {
  const { t } = useTranslation('identity');
  const { viewer, refresh } = useSession();
  const [enrolling, setEnrolling] = useState(false);
  const [signOutEverywhere, signingOut] = useMutation(SignOutEverywhereMutation);
  if (!viewer) return null;
  return (
    <Page title={t('security.title')}>
      <Panel title={t('security.twoFactorTitle')}>
        {viewer.twoFactorEnabled ? (
          <p>{t('security.twoFactorOn')}</p>
        ) : enrolling ? (
          <TwoFactorEnrolment
            onDone={async () => {
              setEnrolling(false);
              await refresh();
            }}
          />
        ) : (
          <>
            <p>{t('security.twoFactorOff')}</p>
            <Button onClick={() => setEnrolling(true)}>{t('twoFactor.start')}</Button>
          </>
        )}
      </Panel>
      <Panel title={t('emailNotices.title')}>
        <EmailNoticeSettingsForm />
      </Panel>
      <Panel title={t('security.sessionsTitle')}>
        <p>{t('security.sessionsIntro')}</p>
        {signingOut.error ? <ErrorMessage error={signingOut.error} /> : null}
        <Button
          variant="secondary"
          disabled={signingOut.loading}
          onClick={async () => {
            await signOutEverywhere().catch(() => undefined);
            await refresh();
          }}
        >
          {t('security.signOutEverywhere')}
        </Button>
      </Panel>
    </Page>
  );
}
