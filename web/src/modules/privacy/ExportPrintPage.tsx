import { useQuery } from '@apollo/client/react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Scope } from '../../generated/graphql';
import { Button, ErrorMessage, Loading, errorCode, useFormat } from '../../ui';
import { ClientNotFound } from '../clients/ClientPage';
import { useClientLabels } from '../clients/labels';
import { SectionContent } from '../clients/SectionContent';
import { ExportClientDataQuery } from './privacy.graphql';
import '../clients/clients.css';
import './privacy.css';

// The export document (format "brug.client-export", version 1; README "Privacy (GDPR)").
type Maybe<T> = T | null | undefined;
interface ExportDoc {
  exportedAt: string;
  exportedBy: { name: string; organisationName: Maybe<string> };
  client: { id: string; pseudonym: string; ownerOrganisation: Maybe<{ name: string }>; createdAt: string; lastActivityAt: string; erasedAt: Maybe<string> };
  sections: { scope: Scope; data: Record<string, unknown>; updatedAt: Maybe<string>; updatedByName: Maybe<string>; updatedByOrganisationName: Maybe<string> }[];
  consents: {
    id: string;
    granteeOrganisationName: string;
    scopes: string[];
    purpose: Maybe<string>;
    method: string;
    validFrom: string;
    validUntil: string;
    recordedAt: string;
    recordedByName: Maybe<string>;
    revokedAt: Maybe<string>;
    revokedByName: Maybe<string>;
    revocationReason: Maybe<string>;
    status: string;
  }[];
  carePlan: Maybe<{
    leadOrganisationName: Maybe<string>;
    leadSince: Maybe<string>;
    goals: {
      id: string;
      lifeDomain: Maybe<string>;
      text: string;
      status: string;
      createdByName: Maybe<string>;
      createdByOrganisationName: Maybe<string>;
      createdAt: string;
      actions: {
        id: string;
        organisationName: string;
        description: string;
        dueOn: Maybe<string>;
        status: string;
        completionNote: Maybe<string>;
        completedAt: Maybe<string>;
        completedByName: Maybe<string>;
      }[];
    }[];
  }>;
  contactNotes: { id: string; contactAt: string; contactType: string; text: string; authorName: Maybe<string>; organisationName: Maybe<string> }[];
  referrals: {
    id: string;
    status: string;
    urgency: Maybe<string>;
    reason: Maybe<string>;
    clientWishes: Maybe<string>;
    sharedScopes: Maybe<string[]>;
    serviceName: string;
    senderOrganisationName: string;
    receivingOrganisationName: string;
    introPlannedAt: Maybe<string>;
    introPlace: Maybe<string>;
    introAccompaniedBy: Maybe<string>;
    sentByName: Maybe<string>;
    sentAt: Maybe<string>;
    dueAt: Maybe<string>;
    declineReason: Maybe<string>;
    declineNote: Maybe<string>;
    cancelReason: Maybe<string>;
    cancelNote: Maybe<string>;
    outcome: Maybe<string>;
    outcomeNote: Maybe<string>;
    createdAt: string;
    events: { fromStatus: Maybe<string>; toStatus: string; actorName: Maybe<string>; organisationName: Maybe<string>; at: string; reason: Maybe<string> }[];
    messages: { id: string; body: string; authorName: Maybe<string>; organisationName: Maybe<string>; at: string }[];
  }[];
  timeline: {
    id: string;
    kind: string;
    scope: Maybe<string>;
    occurredAt: string;
    organisationName: Maybe<string>;
    actorName: Maybe<string>;
    summary: Maybe<Record<string, unknown>>;
  }[];
  auditTrail: { id: string; at: string; actorName: string; actorOrganisationName: Maybe<string>; operation: string; scopes: string[] }[];
}

function Part({ id, title, empty, children }: { id: string; title: string; empty: boolean; children: ReactNode }) {
  const { t } = useTranslation('privacy');
  return (
    <section className="export-part" aria-labelledby={`export-${id}`}>
      <h2 id={`export-${id}`}>{title}</h2>
      {empty ? <p className="muted">{t('print.none')}</p> : children}
    </section>
  );
}

/** A timeline summary (free-form JSON) as short "key: value" text. */
function summaryText(summary: Maybe<Record<string, unknown>>): string {
  if (!summary) return '';
  return Object.entries(summary)
    .filter(([, v]) => v != null && v !== '')
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('; ');
}

/** /clients/:id/export/print: everything of the export, readable on paper, in the interface language. */
export function ExportPrintPage({ clientId: id }: { clientId: string }) {
  const { t } = useTranslation('privacy');
  const tc = useTranslation('clients').t;
  const labels = useClientLabels();
  const format = useFormat();
  const { data, loading, error } = useQuery(ExportClientDataQuery, { variables: { clientId: id }, fetchPolicy: 'no-cache' });
  const doc = data?.exportClientData as ExportDoc | undefined;

  useEffect(() => {
    if (doc) document.title = `${t('print.title', { pseudonym: doc.client.pseudonym })} · Brug`;
  }, [doc, t]);

  if (!data && loading) return <Loading />;
  if (!doc) {
    const code = errorCode(error);
    return code === 'NOT_FOUND' || code === 'FORBIDDEN' ? <ClientNotFound /> : <ErrorMessage error={error} />;
  }
  const v = (group: string, value: Maybe<string>) => (value ? t(`value.${group}.${value}`, { defaultValue: value }) : '');
  const by = (name: Maybe<string>, organisation: Maybe<string>) => (organisation ? t('print.by', { name: name ?? '', organisation }) : (name ?? ''));
  const goals = doc.carePlan?.goals ?? [];

  return (
    <main className="print-page export-print" id="main">
      <div className="print-page__tools no-print">
        <Link to={`/clients/${id}/privacy`}>{t('print.back')}</Link>
        <Button onClick={() => window.print()}>{t('print.printNow')}</Button>
      </div>
      <header className="print-page__header">
        <h1>{t('print.title', { pseudonym: doc.client.pseudonym })}</h1>
        <p>
          {t('print.exportedOn', { date: format.dateTime(doc.exportedAt), name: doc.exportedBy.name, organisation: doc.exportedBy.organisationName ?? '' })}
        </p>
      </header>

      <section className="export-part" aria-labelledby="export-client">
        <h2 id="export-client">{t('print.client')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('print.pseudonym')}</dt>
            <dd>{doc.client.pseudonym}</dd>
          </div>
          <div>
            <dt>{t('print.owner')}</dt>
            <dd>{doc.client.ownerOrganisation?.name}</dd>
          </div>
          <div>
            <dt>{t('print.createdAt')}</dt>
            <dd>{format.dateTime(doc.client.createdAt)}</dd>
          </div>
          <div>
            <dt>{t('print.lastActivityAt')}</dt>
            <dd>{format.dateTime(doc.client.lastActivityAt)}</dd>
          </div>
          {doc.client.erasedAt ? (
            <div>
              <dt>{t('print.erasedAt')}</dt>
              <dd>{format.dateTime(doc.client.erasedAt)}</dd>
            </div>
          ) : null}
        </dl>
      </section>

      <Part id="sections" title={t('print.sections')} empty={!doc.sections.length}>
        {doc.sections.map((s) => (
          <section key={s.scope} className="export-item" aria-labelledby={`export-section-${s.scope}`}>
            <h3 id={`export-section-${s.scope}`}>{labels.scope(s.scope)}</h3>
            <SectionContent scope={s.scope} data={s.data} />
            {s.updatedAt ? (
              <p className="muted">
                {t('print.updated', { name: s.updatedByName ?? '', organisation: s.updatedByOrganisationName ?? '', date: format.dateTime(s.updatedAt) })}
              </p>
            ) : null}
          </section>
        ))}
      </Part>

      <Part id="consents" title={t('print.consents')} empty={!doc.consents.length}>
        {doc.consents.map((k) => (
          <section key={k.id} className="export-item">
            <h3>
              {k.granteeOrganisationName} · {tc(`sharing.statusLabel.${k.status === 'NOT_YET_VALID' ? 'SCHEDULED' : k.status}`, { defaultValue: k.status })}
            </h3>
            <p>{labels.scopes(k.scopes)}</p>
            {k.purpose ? <p className="pre-line">{k.purpose}</p> : null}
            <p className="muted">
              {t('print.validFromTo', { from: format.date(k.validFrom), until: format.date(k.validUntil) })} ·{' '}
              {tc(`sharing.methodLabel.${k.method}`, { defaultValue: k.method })} ·{' '}
              {t('print.recorded', { name: k.recordedByName ?? '', date: format.dateTime(k.recordedAt) })}
              {k.revokedAt ? ` · ${t('print.revoked', { name: k.revokedByName ?? '', date: format.dateTime(k.revokedAt) })}` : ''}
              {k.revocationReason ? ` (${k.revocationReason})` : ''}
            </p>
          </section>
        ))}
      </Part>

      <Part id="plan" title={t('print.carePlan')} empty={!goals.length && !doc.carePlan?.leadOrganisationName}>
        {doc.carePlan?.leadOrganisationName ? (
          <p>{t('print.leadOrganisation', { organisation: doc.carePlan.leadOrganisationName, date: format.date(doc.carePlan.leadSince) })}</p>
        ) : null}
        {goals.map((g) => (
          <section key={g.id} className="export-item">
            <h3>
              {g.lifeDomain ? `${labels.lifeDomain(g.lifeDomain)}: ` : ''}
              {g.text}
            </h3>
            <p className="muted">
              {v('goalStatus', g.status)} · {by(g.createdByName, g.createdByOrganisationName)} · {format.date(g.createdAt)}
            </p>
            {g.actions.length ? (
              <ul>
                {g.actions.map((a) => (
                  <li key={a.id}>
                    {a.description} ({a.organisationName}; {v('actionStatus', a.status)}
                    {a.dueOn ? `; ${t('print.due', { date: format.date(a.dueOn) })}` : ''}){a.completionNote ? ` — ${a.completionNote}` : ''}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        ))}
      </Part>

      <Part id="notes" title={t('print.notes')} empty={!doc.contactNotes.length}>
        {doc.contactNotes.map((n) => (
          <section key={n.id} className="export-item">
            <h3>
              {format.dateTime(n.contactAt)} · {v('contactType', n.contactType)}
            </h3>
            <p className="pre-line">{n.text}</p>
            <p className="muted">{by(n.authorName, n.organisationName)}</p>
          </section>
        ))}
      </Part>

      <Part id="referrals" title={t('print.referrals')} empty={!doc.referrals.length}>
        {doc.referrals.map((r) => (
          <section key={r.id} className="export-item">
            <h3>
              {r.serviceName}: {t('print.to', { from: r.senderOrganisationName, organisation: r.receivingOrganisationName })} · {v('referralStatus', r.status)}
            </h3>
            <dl className="facts">
              {(
                [
                  [t('print.reason'), r.reason],
                  [
                    t('print.status'),
                    [v('urgency', r.urgency), r.sentAt ? format.dateTime(r.sentAt) : '', r.dueAt ? t('print.dueAt', { date: format.dateTime(r.dueAt) }) : '']
                      .filter(Boolean)
                      .join(' · '),
                  ],
                  [t('print.clientWishes'), r.clientWishes],
                  [
                    t('print.introduction'),
                    [r.introPlannedAt ? format.dateTime(r.introPlannedAt) : '', r.introPlace, r.introAccompaniedBy].filter(Boolean).join(' · '),
                  ],
                  [
                    t('print.declinedOrCancelled'),
                    [v('declineReason', r.declineReason), r.declineNote, v('cancelReason', r.cancelReason), r.cancelNote].filter(Boolean).join(' · '),
                  ],
                  [t('print.outcome'), [v('outcome', r.outcome), r.outcomeNote].filter(Boolean).join(' · ')],
                ] as [string, Maybe<string>][]
              )
                .filter(([, value]) => !!value)
                .map(([label, value], i) => (
                  <div key={i}>
                    <dt>{label}</dt>
                    <dd className="pre-line">{value}</dd>
                  </div>
                ))}
            </dl>
            {r.events.length ? (
              <>
                <h4>{t('print.history')}</h4>
                <ul>
                  {r.events.map((e, i) => (
                    <li key={i}>
                      {format.dateTime(e.at)}: {e.fromStatus ? `${v('referralStatus', e.fromStatus)} → ` : ''}
                      {v('referralStatus', e.toStatus)} ({by(e.actorName, e.organisationName)}){e.reason ? ` — ${e.reason}` : ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {r.messages.length ? (
              <>
                <h4>{t('print.messages')}</h4>
                <ul>
                  {r.messages.map((m) => (
                    <li key={m.id}>
                      {format.dateTime(m.at)}, {by(m.authorName, m.organisationName)}: <span className="pre-line">{m.body}</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        ))}
      </Part>

      <Part id="timeline" title={t('print.timeline')} empty={!doc.timeline.length}>
        <table className="table export-table">
          <thead>
            <tr>
              <th scope="col">{t('print.when')}</th>
              <th scope="col">{t('print.who')}</th>
              <th scope="col">{t('print.what')}</th>
            </tr>
          </thead>
          <tbody>
            {doc.timeline.map((e) => (
              <tr key={e.id}>
                <td data-label={t('print.when')}>{format.dateTime(e.occurredAt)}</td>
                <td data-label={t('print.who')}>{by(e.actorName, e.organisationName)}</td>
                <td data-label={t('print.what')}>
                  {e.kind}
                  {e.scope ? ` (${labels.scope(e.scope)})` : ''}
                  {summaryText(e.summary) ? `: ${summaryText(e.summary)}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Part>

      <Part id="audit" title={t('print.auditTrail')} empty={!doc.auditTrail.length}>
        <table className="table export-table">
          <thead>
            <tr>
              <th scope="col">{t('print.when')}</th>
              <th scope="col">{t('print.who')}</th>
              <th scope="col">{t('print.what')}</th>
            </tr>
          </thead>
          <tbody>
            {doc.auditTrail.map((e) => (
              <tr key={e.id}>
                <td data-label={t('print.when')}>{format.dateTime(e.at)}</td>
                <td data-label={t('print.who')}>{by(e.actorName, e.actorOrganisationName)}</td>
                <td data-label={t('print.what')}>
                  {tc(`audit.operationLabel.${e.operation}`, { defaultValue: e.operation })}
                  {e.scopes.length ? ` (${labels.scopes(e.scopes)})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Part>
    </main>
  );
}
