import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="empty-state" role="status">
      {children}
    </div>
  );
}

/** While something loads (a page's data, or the page itself): announced as "Loading…". */
export function Loading() {
  const { t } = useTranslation('ui');
  return (
    <p role="status" className="empty-state">
      <span aria-hidden="true">…</span>
      <span className="visually-hidden">{t('loading')}</span>
    </p>
  );
}

export function SuccessMessage({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="message message--success">
      {children}
    </div>
  );
}
