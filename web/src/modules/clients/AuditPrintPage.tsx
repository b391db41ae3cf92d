import { skipToken, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button, ErrorMessage, Loading, errorCode, useFormat } from '../../ui';
import { AuditTable, useLoadWholeTrail, type AuditEntryRow } from './AuditTab';
import { ClientConsentsQuery, ClientHeaderQuery } from './clients.graphql';
import { ClientNotFound } from './ClientPage';
import './clients.css';

/** /clients/:id/audit/print: the whole audit trail on clean paper, no navigation. */
export function AuditPrintPage({ clientId: id }: { clientId: string }) {
  const { t } = useTranslation('clients');
  const format = useFormat();
  const header = useQuery(ClientHeaderQuery, { variables: { id } });
  const consents = useQuery(ClientConsentsQuery, header.data?.client.viewerIsOwner ? { variables: { id } } : skipToken);
  const loadAll = useLoadWholeTrail(id);
  const [entries, setEntries] = useState<AuditEntryRow[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const owner = header.data?.client.viewerIsOwner;

  useEffect(() => {
    if (!owner) return;
    let live = true;
    loadAll().then(
      (all) => {
        if (live) setEntries(all);
      },
      (e: unknown) => {
        if (live) setError(e);
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [owner, id]);

  const client = header.data?.client;
  useEffect(() => {
    if (client) document.title = `${t('audit.printTitle', { pseudonym: client.pseudonym })} · Brug`;
  }, [client, t]);

  if (!header.data && header.loading) return <Loading />;
  if (!client || !client.viewerIsOwner)
    return errorCode(header.error) && errorCode(header.error) !== 'NOT_FOUND' ? <ErrorMessage error={header.error} /> : <ClientNotFound />;

  return (
    <main className="print-page" id="main">
      <div className="print-page__tools no-print">
        <Link to={`/clients/${id}/audit`}>{t('audit.back')}</Link>
        <Button onClick={() => window.print()} disabled={!entries}>
          {t('audit.printNow')}
        </Button>
      </div>
      <header className="print-page__header">
        <h1>{t('audit.printTitle', { pseudonym: client.pseudonym })}</h1>
        <p>
          {client.ownerOrganisation.name} · {t('audit.printedOn', { date: format.dateTime(new Date().toISOString()) })}
        </p>
      </header>
      <ErrorMessage error={error} />
      {entries ? entries.length ? <AuditTable entries={entries} consents={consents.data?.client.consents ?? []} /> : <p>{t('audit.empty')}</p> : <Loading />}
    </main>
  );
}
