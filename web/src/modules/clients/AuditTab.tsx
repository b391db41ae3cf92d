import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditTrailQuery as AuditTrailResult, ConsentFieldsFragment } from '../../generated/graphql';
import { Button, ButtonLink, ErrorMessage, LoadMore, useLoadMore, Loading, useFormat } from '../../ui';
import { downloadCsv } from '../../ui/csv';
import { AuditTrailQuery, ClientConsentsQuery } from './clients.graphql';
import { useClientLabels } from './labels';

export type AuditEntryRow = AuditTrailResult['auditTrail']['nodes'][number];
const PAGE_SIZE = 20;

/** Labels of one audit entry's columns, shared by the table, the printable view and the CSV. */
export function useAuditColumns(consents: ConsentFieldsFragment[]) {
  const { t } = useTranslation('clients');
  const labels = useClientLabels();
  const format = useFormat();
  const byId = new Map(consents.map((c) => [c.id, c]));
  return {
    headers: [t('audit.when'), t('audit.who'), t('audit.organisation'), t('audit.operation'), t('audit.sections'), t('audit.consent')],
    cells: (e: AuditEntryRow): string[] => {
      const consent = e.consentId ? byId.get(e.consentId) : undefined;
      return [
        e.count > 1 ? t('audit.repeated', { from: format.dateTime(e.at), until: format.dateTime(e.lastAt), count: e.count }) : format.dateTime(e.at),
        e.actorName,
        e.actorOrganisationName ?? '',
        t(`audit.operationLabel.${e.operation}`, { defaultValue: e.operation }),
        e.scopes.length ? labels.scopes(e.scopes) : '—',
        e.consentId ? (consent ? t('audit.consentOf', { organisation: consent.granteeOrganisation.name }) : e.consentId) : t('audit.ownOrganisation'),
      ];
    },
  };
}

export function AuditTable({ entries, consents }: { entries: AuditEntryRow[]; consents: ConsentFieldsFragment[] }) {
  const { headers, cells } = useAuditColumns(consents);
  return (
    <table className="table audit-table">
      <thead>
        <tr>
          {headers.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            {cells(e).map((c, i) => (
              <td key={i} data-label={headers[i]}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every entry of a client's audit trail, page after page (for print and CSV). */
export function useLoadWholeTrail(clientId: string) {
  const client = useApolloClient();
  return async (): Promise<AuditEntryRow[]> => {
    const all: AuditEntryRow[] = [];
    let after: string | null = null;
    for (;;) {
      const result = await client.query({ query: AuditTrailQuery, variables: { clientId, first: 100, after }, fetchPolicy: 'network-only' });
      const page: AuditTrailResult['auditTrail'] = result.data!.auditTrail;
      all.push(...page.nodes);
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return all;
      after = page.pageInfo.endCursor;
    }
  };
}

/** "Who saw my data" (owner only): the audit trail with paging, print and CSV. */
export function AuditTab({ clientId }: { clientId: string }) {
  const { t } = useTranslation('clients');
  const { data, loading, error, fetchMore } = useQuery(AuditTrailQuery, {
    variables: { clientId, first: PAGE_SIZE },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const more = useLoadMore(data?.auditTrail, fetchMore);
  const consentsQuery = useQuery(ClientConsentsQuery, { variables: { id: clientId } });
  const consents = consentsQuery.data?.client.consents ?? [];
  const { headers, cells } = useAuditColumns(consents);
  const loadAll = useLoadWholeTrail(clientId);
  const [csvState, setCsvState] = useState<{ busy: boolean; done?: number; error?: unknown }>({ busy: false });

  async function downloadTrailCsv() {
    setCsvState({ busy: true });
    try {
      const entries = await loadAll();
      downloadCsv(`audit-${clientId}.csv`, [headers, ...entries.map(cells)]);
      setCsvState({ busy: false, done: entries.length });
    } catch (e) {
      setCsvState({ busy: false, error: e });
    }
  }

  if (!data && loading) return <Loading />;
  if (!data) return <ErrorMessage error={error} />;
  const trail = data.auditTrail;
  return (
    <section aria-labelledby="audit-title">
      <div className="section-card__header">
        <h2 id="audit-title">{t('audit.title')}</h2>
        <div className="form-actions">
          <ButtonLink variant="secondary" to={`/clients/${clientId}/audit/print`}>
            {t('audit.print')}
          </ButtonLink>
          <Button variant="secondary" onClick={() => void downloadTrailCsv()} disabled={csvState.busy}>
            {csvState.busy ? t('audit.csvBusy') : t('audit.csv')}
          </Button>
        </div>
      </div>
      <p>{t('audit.intro')}</p>
      <p role="status" aria-live="polite" className="visually-hidden-when-empty">
        {csvState.done != null ? t('audit.csvDone', { count: csvState.done }) : ''}
      </p>
      <ErrorMessage error={csvState.error} />
      {trail.nodes.length === 0 ? (
        <p className="muted">{t('audit.empty')}</p>
      ) : (
        <>
          <AuditTable entries={trail.nodes} consents={consents} />
          {more ? <LoadMore {...more} /> : null}
        </>
      )}
    </section>
  );
}
