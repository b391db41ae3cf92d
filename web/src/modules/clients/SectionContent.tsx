import { useTranslation } from 'react-i18next';
import type { Scope } from '../../generated/graphql';
import { useFormat } from '../../ui';
import { useClientLabels } from './labels';
import { FIELDS, LIFE_DOMAINS } from './section-model';

type Data = Record<string, unknown>;

/** A section's content as read-only facts (only what is filled in). */
export function SectionContent({ scope, data }: { scope: Scope; data: Data }) {
  const { t } = useTranslation('clients');
  const labels = useClientLabels();
  const format = useFormat();

  if (scope === 'LIFE_DOMAINS') {
    const domains = (data.domains as { domain: string; rating: number | null; note: string | null }[] | undefined) ?? [];
    const ordered = LIFE_DOMAINS.map((d) => domains.find((x) => x.domain === d)).filter((x) => !!x);
    return (
      <ul className="life-domains" aria-label={labels.scope('LIFE_DOMAINS')}>
        {ordered.map((d) => (
          <li key={d.domain} className={`life-domain life-domain--${d.rating ?? 'none'}`}>
            <span className="life-domain__name">{labels.lifeDomain(d.domain)}</span>
            <span className="life-domain__rating">{d.rating != null ? labels.rating(d.rating) : t('section.notProvided')}</span>
            {d.note ? <span className="life-domain__note pre-line">{d.note}</span> : null}
          </li>
        ))}
      </ul>
    );
  }

  const facts = FIELDS[scope]
    .map((spec) => {
      const v = data[spec.name];
      let text: string | null;
      if (spec.kind === 'multi') text = Array.isArray(v) && v.length ? (v as string[]).map((x) => labels.option(spec, x)).join(', ') : null;
      else if (spec.kind === 'check') text = v === true ? t('section.yes') : null;
      else if (spec.kind === 'tri') text = v === true ? t('section.yes') : v === false ? t('section.no') : null;
      else if (spec.kind === 'select') text = typeof v === 'string' && v ? labels.option(spec, v) : null;
      else if (spec.kind === 'date') text = typeof v === 'string' && v ? format.date(v) : null;
      else text = typeof v === 'string' && v ? v : null;
      return text ? { name: spec.name, text, long: spec.kind === 'textarea' } : null;
    })
    .filter((x) => !!x);

  if (!facts.length) return <p className="muted">{t('section.notProvided')}</p>;
  return (
    <dl className="facts section-facts">
      {facts.map((f) => (
        <div key={f.name} className={f.long ? 'section-facts__wide' : undefined}>
          <dt>{labels.field(f.name)}</dt>
          <dd className={f.long ? 'pre-line' : undefined}>{f.text}</dd>
        </div>
      ))}
    </dl>
  );
}
