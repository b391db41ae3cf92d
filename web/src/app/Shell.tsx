import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { LanguageSwitcher } from '../modules/identity/LanguageSwitcher';
import { OrganisationSwitcher } from '../modules/identity/OrganisationSwitcher';
import { useSession } from '../modules/identity/session';
import { Button } from '../ui';
import { useTextKeys } from '../ui/text-keys';
import { navEntries } from './nav';

/** Header with navigation (a menu button on phones), then the page in <main>. */
export function Shell() {
  const { t } = useTranslation('app');
  const label = useTextKeys('app');
  const { viewer, signOut } = useSession();
  const [open, setOpen] = useState(false);
  const location = useLocation();
  const navId = useId();
  const menuButton = useRef<HTMLButtonElement>(null);

  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  // A new page closes the menu (adjusted while rendering, not in an effect: no extra render pass).
  const [shownPath, setShownPath] = useState(location.pathname);
  if (shownPath !== location.pathname) {
    setShownPath(location.pathname);
    setOpen(false);
  }
  useEffect(() => {
    // After navigating, start screen readers and keyboards at the new page's content.
    if (firstRender.current) firstRender.current = false;
    else main.current?.focus();
  }, [location.pathname]);

  if (!viewer) return null;
  const entries = navEntries.filter((e) => !e.visible || e.visible(viewer));

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="shell-header">
        <div
          className="shell-header__bar"
          onKeyDown={(e) => {
            if (e.key === 'Escape' && open) {
              setOpen(false);
              menuButton.current?.focus();
            }
          }}
        >
          <Link to="/" className="brand">
            Brug
          </Link>
          <Button ref={menuButton} variant="secondary" className="menu-button" aria-expanded={open} aria-controls={navId} onClick={() => setOpen(!open)}>
            {t('menu')}
          </Button>
          <nav id={navId} className="shell-nav" aria-label={t('mainNavigation')} data-open={open}>
            <ul>
              {entries.map((entry) => {
                const to = typeof entry.to === 'function' ? entry.to(viewer) : entry.to;
                return (
                  <li key={entry.label}>
                    <NavLink to={to} end={entry.end}>
                      {label(entry.label)}
                      {entry.Badge ? <entry.Badge /> : null}
                    </NavLink>
                  </li>
                );
              })}
            </ul>
          </nav>
          <div className="shell-tools" data-open={open}>
            <span className="shell-user">{t('signedInAs', { name: viewer.displayName })}</span>
            <OrganisationSwitcher />
            <LanguageSwitcher />
            <Button variant="secondary" small onClick={() => void signOut()}>
              {t('signOut')}
            </Button>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} ref={main}>
        <Outlet />
      </main>
    </>
  );
}
