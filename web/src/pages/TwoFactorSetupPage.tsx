import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { TwoFactorEnrolment } from '../modules/identity/TwoFactorEnrolment';
import { useSession } from '../modules/identity/session';
import { Button, Loading, Page } from '../ui';
import { PublicLayout } from '../modules/identity/PublicLayout';

/**
 * Where an account that must use two-factor sign-in (admins, coordinators, members of an
 * organisation that requires it) lands until it has set it up: the API allows nothing else.
 */
export function TwoFactorSetupPage() {
  const { t } = useTranslation('identity');
  const { viewer, refresh, signOut } = useSession();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  if (viewer === undefined) return <Loading />;
  if (viewer === null) return <Navigate to="/sign-in" replace />;
  if (viewer.twoFactorEnabled || !viewer.twoFactorRequired) return <Navigate to={from} replace />;
  return (
    <PublicLayout>
      <Page title={t('twoFactor.requiredTitle')} narrow>
        <p>{t('twoFactor.requiredIntro')}</p>
        <div className="panel">
          <TwoFactorEnrolment onDone={refresh} />
        </div>
        <p>
          <Button variant="secondary" small onClick={() => void signOut()}>
            {t('twoFactor.signOut')}
          </Button>
        </p>
      </Page>
    </PublicLayout>
  );
}
