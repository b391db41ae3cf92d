import type { ReactNode } from 'react';

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="empty-state" role="status">
      {children}
    </div>
  );
}

export function Loading() {
  return <p role="status" className="empty-state">…</p>;
}

export function SuccessMessage({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="message message--success">
      {children}
    </div>
  );
}
