import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, ErrorMessage, useFormat } from '../../ui';
import { useOutletContext } from 'react-router-dom';
import type { ClientSummary } from '../clients/client-page-slots';
import { EraseDialog } from './EraseDialog';
import { downloadJson, exportFileName } from './exportFile';
import { ExportClientDataQuery } from './privacy.graphql';
import './privacy.css';

/** The owner's "Privacy" tab: export for an access request, and erase on request. */
export function PrivacyTab({ clientId }: { clientId: string }) {
  const { t } = useTranslation('privacy');
  const format = useFormat();
  // The client page's summary (ClientPage passes it to its tabs as the outlet context).
  const client = useOutletContext<ClientSummary>();
  const apollo = useApolloClient();
  const [state, setState] = useState<{ busy: boolean; file?: string; error?: unknown }>({ busy: false });
  const [erasing, setErasing] = useState(false);

  async function downloadExport() {
    setState({ busy: true });
    try {
      // Not cached: the export is for handing over, not for keeping in the browser.
      const result = await apollo.query({ query: ExportClientDataQuery, variables: { clientId }, fetchPolicy: 'no-cache' });
      const file = exportFileName(client.pseudonym);
      downloadJson(result.data!.exportClientData, file);
      setState({ busy: false, file });
    } catch (error) {
      setState({ busy: false, error });
    }
  }

  return (
    <div className="privacy-tab">
      <section className="panel" aria-labelledby="privacy-export-title">
        <h2 id="privacy-export-title">{t('export.title')}</h2>
        <p>{t('export.intro')}</p>
        <div className="privacy-choices">
          <div>
            <Button onClick={() => void downloadExport()} disabled={state.busy}>
              {state.busy ? t('export.jsonBusy') : t('export.json')}
            </Button>
            <p className="muted">{t('export.jsonHint')}</p>
          </div>
          <div>
            <ButtonLink variant="secondary" to={`/clients/${clientId}/export/print`}>
              {t('export.print')}
            </ButtonLink>
            <p className="muted">{t('export.printHint')}</p>
          </div>
        </div>
        <p role="status" aria-live="polite">
          {state.file ? t('export.jsonDone', { file: state.file }) : ''}
        </p>
        <ErrorMessage error={state.error} />
      </section>

      <section className="panel privacy-erase" aria-labelledby="privacy-erase-title">
        <h2 id="privacy-erase-title">{t('erase.title')}</h2>
        {client.erasedAt ? (
          <p>{t('erase.erasedAlready', { date: format.date(client.erasedAt) })}</p>
        ) : (
          <>
            <p>{t('erase.intro')}</p>
            <Button variant="danger" onClick={() => setErasing(true)}>
              {t('erase.open')}
            </Button>
          </>
        )}
      </section>
      <EraseDialog open={erasing} clientId={clientId} pseudonym={client.pseudonym} onClose={() => setErasing(false)} />
    </div>
  );
}
