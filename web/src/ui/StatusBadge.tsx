import type { ReactNode } from 'react';

export type Tone = 'ok' | 'warn' | 'danger' | 'muted';

/** A short status in words (colour only repeats what the words say). */
export function StatusBadge({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
