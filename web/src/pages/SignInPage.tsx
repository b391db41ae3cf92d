import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { SignInForm } from '../modules/identity/SignInForm';
import { useSession } from '../modules/identity/session';
import { Page } from '../ui';
import { PublicLayout } from '../modules/identity/PublicLayout';

export function SignInPage() {
  const { t } = useTranslation('identity');
  const { viewer, refresh } = useSession();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  if (viewer) return <Navigate to={from} replace />;
  return (
    <PublicLayout>
      <Page title={t('signIn.title')} narrow>
        <p>{t('signIn.intro')}</p>
        <div className="panel">
          {/* Once `me` answers, the <Navigate> above takes the user on (navigating here as
              well could undo a click made in the meantime). */}
          <SignInForm onSignedIn={refresh} />
        </div>
        <p>
          {t('signIn.haveInvitation')} <Link to="/invitation">{t('signIn.acceptInvitation')}</Link>
        </p>
      </Page>
    </PublicLayout>
  );
}
