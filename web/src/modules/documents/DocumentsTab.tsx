import { useQuery } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind, Scope } from '../../generated/graphql';
import { Button, ErrorMessage, Field, Loading, Select, useFormat } from '../../ui';
import { useClientLabels } from '../clients/labels';
import { ClientDocumentsQuery } from './documents.graphql';

const SCOPES: Scope[] = ['IDENTITY', 'CONTACT', 'PROFILE', 'LIFE_DOMAINS', 'HEALTH', 'SEX_WORK', 'SAFETY', 'NOTES'];
const KINDS: DocumentKind[] = ['SIGNED_CONSENT_FORM', 'LETTER', 'ID_COPY', 'OTHER'];

/** Documents tab: the documents the viewer may open (their sections), and for the owner an upload form. */
export function DocumentsTab({ clientId }: { clientId: string }) {
  const { t } = useTranslation('documents');
  const labels = useClientLabels();
  const format = useFormat();
  const { data, error, refetch } = useQuery(ClientDocumentsQuery, { variables: { id: clientId }, fetchPolicy: 'cache-and-network' });
  const [announce, setAnnounce] = useState('');
  if (!data) return error ? <ErrorMessage error={error} /> : <Loading />;
  const { documents, viewerIsOwner, erasedAt } = data.client;
  const size = (bytes: number) =>
    bytes >= 1024 * 1024 ? `${format.number(Math.round(bytes / 104857.6) / 10)} MB` : `${format.number(Math.max(1, Math.round(bytes / 1024)))} kB`;
  return (
    <section aria-labelledby="documents-title" className="documents-tab">
      <h2 id="documents-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <p role="status" aria-live="polite" className={announce ? 'message message--success' : 'visually-hidden'}>
        {announce}
      </p>
      {documents.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ul className="cards">
          {documents.map((d) => (
            <li key={d.id} className="card">
              <a href={`/api/documents/${d.id}`} download aria-label={t('open', { title: d.title ?? d.id })}>
                {d.title ?? t(`kinds.${d.kind}`)}
              </a>
              <p className="muted small">
                {t('meta', {
                  kind: t(`kinds.${d.kind}`),
                  section: labels.scope(d.scope),
                  size: size(d.sizeBytes),
                  date: format.date(d.createdAt),
                  name: d.createdByName,
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {viewerIsOwner && !erasedAt ? (
        <UploadForm
          clientId={clientId}
          onAdded={(title) => {
            setAnnounce(t('added', { title }));
            void refetch();
          }}
        />
      ) : null}
    </section>
  );
}

function UploadForm({ clientId, onAdded }: { clientId: string; onAdded: (title: string) => void }) {
  const { t } = useTranslation('documents');
  const labels = useClientLabels();
  const [file, setFile] = useState<File | null>(null);
  const [scope, setScope] = useState<Scope>('IDENTITY');
  const [kind, setKind] = useState<DocumentKind>('SIGNED_CONSENT_FORM');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setFailure(null);
    try {
      const query = new URLSearchParams({ scope, kind, title: title.trim() });
      const response = await fetch(`/api/clients/${encodeURIComponent(clientId)}/documents?${query}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/octet-stream' },
        body: file,
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
        setFailure(body?.errors?.[0]?.message ?? t('failed'));
        return;
      }
      const added = title.trim();
      setTitle('');
      setFile(null);
      e.target.reset();
      onAdded(added);
    } catch {
      setFailure(t('failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="panel" aria-labelledby="documents-add">
      <h3 id="documents-add">{t('add')}</h3>
      <Field
        label={t('file')}
        hint={t('fileHint')}
        type="file"
        accept="application/pdf,image/png,image/jpeg"
        required
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      <Select
        label={t('section')}
        value={scope}
        onChange={(e) => setScope(e.target.value as Scope)}
        options={SCOPES.map((s) => ({ value: s, label: labels.scope(s) }))}
      />
      <Select
        label={t('kind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as DocumentKind)}
        options={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <Field label={t('docTitle')} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
      {failure ? (
        <div role="alert" className="message message--error">
          <p>{t('failed')}</p>
          <p lang="en">{failure}</p>
        </div>
      ) : null}
      <div className="form-actions">
        <Button type="submit" disabled={busy || !file}>
          {busy ? t('saving') : t('save')}
        </Button>
      </div>
    </form>
  );
}
