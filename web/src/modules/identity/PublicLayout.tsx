import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './LanguageSwitcher';

/** Pages before sign-in: a small header with the language switcher, then the page. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation('app');
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="shell-header">
        <div className="shell-header__bar">
          <span className="brand">Brug</span>
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
