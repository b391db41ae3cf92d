import { useEffect, type ReactNode } from 'react';

/** A page: its heading (also the document title) and optional actions beside it. */
export function Page({ title, actions, narrow, children }: { title: string; actions?: ReactNode; narrow?: boolean; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Brug`;
  }, [title]);
  return (
    <div className={narrow ? 'page page--narrow' : 'page'}>
      <div className="page__header">
        <h1>{title}</h1>
        {actions}
      </div>
      {children}
    </div>
  );
}

export function Panel({ title, children, headingLevel = 2 }: { title?: ReactNode; children: ReactNode; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="panel">
      {title ? <H>{title}</H> : null}
      {children}
    </section>
  );
}
