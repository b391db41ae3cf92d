import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, Page, Panel, StatusBadge, SuccessMessage, useErrorWording, type Tone } from '../../ui';
import { ImportError, importHsds, type ImportOutcome, type ImportReport } from './hsds-import';
import './exchange.css';

const TONE: Record<ImportOutcome, Tone> = { new: 'ok', changed: 'warn', unchanged: 'muted', invalid: 'danger' };
const OUTCOMES: ImportOutcome[] = ['new', 'changed', 'unchanged', 'invalid'];

/** /exchange/import (coordinators): upload an HSDS file, read the dry-run report, then apply it. */
export function HsdsImportPage() {
  const { t } = useTranslation('exchange');
  const uiT = useTranslation('ui').t;
  const [from, setFrom] = useState<'file' | 'address'>('file');
  const [fileText, setFileText] = useState<string | null>(null);
  const [address, setAddress] = useState('');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState<'check' | 'apply' | null>(null);
  const [error, setError] = useState<ImportError | null>(null);
  const word = useErrorWording();
  const detail = error ? word(error.extensions, error.message) : null;

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    setReport(null);
    setError(null);
    const file = event.target.files?.[0];
    setFileText(file ? await file.text() : null);
  }

  const ready = from === 'file' ? fileText !== null : address.trim() !== '';

  async function run(apply: boolean) {
    if (!ready) return;
    setError(null);
    if (from === 'file') {
      try {
        JSON.parse(fileText!);
      } catch {
        setError(new ImportError('NOT_JSON', ''));
        return;
      }
    }
    setBusy(apply ? 'apply' : 'check');
    try {
      setReport(await importHsds(from === 'file' ? { fileText: fileText! } : { address: address.trim() }, apply));
    } catch (e) {
      setError(e instanceof ImportError ? e : new ImportError('INTERNAL_SERVER_ERROR', ''));
    } finally {
      setBusy(null);
    }
  }

  const shown = report?.records.filter((r) => r.outcome !== 'unchanged') ?? [];
  const canApply = !!report && !report.applied && report.counts.invalid === 0 && report.counts.new + report.counts.changed > 0;

  return (
    <Page title={t('import.title')}>
      <p>{t('import.intro')}</p>
      <p>
        <a href="/hsds/export" download="brug-hsds.json">
          {t('import.download')}
        </a>
      </p>
      <Panel>
        <fieldset className="fieldset">
          <legend>{t('import.source')}</legend>
          <div className="checkbox-list">
            {(['file', 'address'] as const).map((kind) => (
              <label key={kind} className="checkbox">
                <input
                  type="radio"
                  name="hsds-source"
                  value={kind}
                  checked={from === kind}
                  onChange={() => {
                    setFrom(kind);
                    setReport(null);
                    setError(null);
                  }}
                />
                <span>{t(`import.from.${kind}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {from === 'file' ? (
          <div className="field">
            <label htmlFor="hsds-file">{t('import.file')}</label>
            <span id="hsds-file-hint" className="field__hint">
              {t('import.fileHint')}
            </span>
            <input id="hsds-file" type="file" accept=".json,application/json" aria-describedby="hsds-file-hint" onChange={(e) => void choose(e)} />
          </div>
        ) : (
          <div className="field">
            <label htmlFor="hsds-address">{t('import.address')}</label>
            <span id="hsds-address-hint" className="field__hint">
              {t('import.addressHint')}
            </span>
            <input
              id="hsds-address"
              type="url"
              inputMode="url"
              placeholder="https://"
              aria-describedby="hsds-address-hint"
              value={address}
              onChange={(e) => {
                setAddress(e.target.value);
                setReport(null);
              }}
            />
          </div>
        )}
        <div className="form-actions">
          <Button onClick={() => void run(false)} disabled={!ready || busy !== null}>
            {busy === 'check' ? t('import.checking') : t('import.check')}
          </Button>
          {canApply ? (
            <Button onClick={() => void run(true)} disabled={busy !== null}>
              {busy === 'apply' ? t('import.applying') : t('import.apply')}
            </Button>
          ) : null}
        </div>
      </Panel>

      {error ? (
        <div role="alert" className="message message--error">
          <p>{error.code === 'NOT_JSON' ? t('import.notJson') : uiT(`errors.${error.code}`, { defaultValue: uiT('errors.INTERNAL_SERVER_ERROR') })}</p>
          {detail ? <p lang={detail.lang}>{detail.text}</p> : null}
        </div>
      ) : null}

      {report ? (
        <Panel title={report.applied ? t('import.appliedTitle') : t('import.reportTitle')}>
          {report.applied ? <SuccessMessage>{t('import.applied', { new: report.counts.new, changed: report.counts.changed })}</SuccessMessage> : null}
          <dl className="import-counts" aria-live="polite">
            {OUTCOMES.map((outcome) => (
              <div key={outcome}>
                <dt>{t(`import.counts.${outcome}`)}</dt>
                <dd>{report.counts[outcome]}</dd>
              </div>
            ))}
          </dl>
          {!report.applied && report.counts.invalid > 0 ? <p className="message message--warning">{t('import.fixFirst')}</p> : null}
          {!report.applied && report.counts.invalid === 0 && !canApply ? <EmptyState>{t('import.nothingToDo')}</EmptyState> : null}
          {shown.length ? (
            <table className="table import-records">
              <thead>
                <tr>
                  <th scope="col">{t('import.record')}</th>
                  <th scope="col">{t('import.what')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((record, i) => (
                  <tr key={`${record.type}-${record.id ?? i}`}>
                    <th scope="row">
                      <StatusBadge tone={TONE[record.outcome]}>{t(`import.outcome.${record.outcome}`)}</StatusBadge> {t(`import.type.${record.type}`)}:{' '}
                      {record.name ?? t('import.noName')}
                      <div className="import-id">{record.id}</div>
                    </th>
                    <td data-label={t('import.what')}>
                      {record.changes?.length ? <p>{t('import.changes', { fields: record.changes.join(', ') })}</p> : null}
                      {record.errors?.length ? (
                        <ul className="import-errors" lang="en">
                          {record.errors.map((e, j) => (
                            <li key={j}>
                              <code>{e.path}</code> {e.message}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {report.counts.unchanged > 0 ? <p className="field__hint">{t('import.unchangedHidden', { count: report.counts.unchanged })}</p> : null}
        </Panel>
      ) : null}
    </Page>
  );
}
