import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientIntakeFieldsFragment, Scope, SectionStatusFieldsFragment, UpdateClientInput } from '../../generated/graphql';
import { Button, ErrorMessage, Loading, useFormat } from '../../ui';
import { ConfirmClientSectionMutation, ClientIntakeQuery, UpdateClientMutation } from './clients.graphql';
import { useClientLabels } from './labels';
import { SectionContent } from './SectionContent';
import { SectionFields } from './SectionFields';
import { SCOPES, SECTION_FIELD, draftFrom, inputFrom, missingRequired, sectionData, type Draft } from './section-model';

/** The shared intake: every section the viewer may see, with who changed and confirmed it. */
export function OverviewTab({ clientId }: { clientId: string }) {
  const { data, loading, error } = useQuery(ClientIntakeQuery, { variables: { id: clientId } });
  if (!data && loading) return <Loading />;
  if (!data) return <ErrorMessage error={error} />;
  const client = data.client;
  const byScope = new Map(client.sections.map((s) => [s.scope, s]));
  return (
    <div className="sections">
      {SCOPES.map((scope) => {
        const status = byScope.get(scope);
        return status ? <SectionCard key={scope} client={client} status={status} /> : null;
      })}
    </div>
  );
}

function SectionMeta({ status }: { status: SectionStatusFieldsFragment }) {
  const { t } = useTranslation('clients');
  const format = useFormat();
  return (
    <p className="section-meta">
      {status.updatedAt ? (
        <span>
          {t('section.updatedBy', { name: status.updatedByName, organisation: status.updatedByOrganisationName, date: format.dateTime(status.updatedAt) })}
        </span>
      ) : null}
      {status.confirmedAt && status.confirmedAt !== status.updatedAt ? (
        <span>
          {t('section.confirmedBy', {
            name: status.confirmedByName,
            organisation: status.confirmedByOrganisationName,
            date: format.dateTime(status.confirmedAt),
          })}
        </span>
      ) : null}
    </p>
  );
}

function SectionCard({ client, status }: { client: ClientIntakeFieldsFragment; status: SectionStatusFieldsFragment }) {
  const { t } = useTranslation('clients');
  const labels = useClientLabels();
  const scope = status.scope;
  const name = labels.scope(scope);
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [announce, setAnnounce] = useState('');
  const [confirm, confirmState] = useMutation(ConfirmClientSectionMutation);
  const editButton = useRef<HTMLButtonElement>(null);
  const data = sectionData(client, scope);

  const shared = status.shared;
  const filled = shared && !!status.filled && !!data;

  return (
    <section className={`panel section-card${shared ? '' : ' section-card--hidden'}`} aria-labelledby={headingId}>
      <div className="section-card__header">
        <h2 id={headingId}>{name}</h2>
      </div>
      {!shared ? (
        <p className="muted">{t('section.notShared')}</p>
      ) : editing ? (
        <SectionEditor
          clientId={client.id}
          scope={scope}
          data={data}
          onDone={(saved) => {
            setEditing(false);
            if (saved) setAnnounce(t('section.saved', { section: name }));
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : (
        <>
          {filled ? <SectionContent scope={scope} data={data} /> : <p className="muted">{t('section.notFilled')}</p>}
          {filled ? <SectionMeta status={status} /> : null}
          <ErrorMessage error={confirmState.error} />
          {status.canEdit ? (
            <div className="form-actions">
              <Button
                ref={editButton}
                variant="secondary"
                small
                onClick={() => {
                  setAnnounce('');
                  setEditing(true);
                }}
              >
                {filled ? t('section.edit', { section: name }) : t('section.add', { section: name })}
              </Button>
              {filled ? (
                <Button
                  variant="secondary"
                  small
                  disabled={confirmState.loading}
                  onClick={async () => {
                    setAnnounce('');
                    const result = await confirm({ variables: { clientId: client.id, scope } }).catch(() => null);
                    if (result?.data) setAnnounce(t('section.confirmed', { section: name }));
                  }}
                >
                  {t('section.confirm', { section: name })}
                </Button>
              ) : null}
            </div>
          ) : null}
        </>
      )}
      <p className="section-card__status" role="status" aria-live="polite">
        {announce}
      </p>
    </section>
  );
}

function SectionEditor({
  clientId,
  scope,
  data,
  onDone,
}: {
  clientId: string;
  scope: Scope;
  data: Record<string, unknown> | null | undefined;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation('clients');
  const [draft, setDraft] = useState<Draft>(() => draftFrom(scope, data));
  const [missing, setMissing] = useState<string>();
  const [update, { loading, error }] = useMutation(UpdateClientMutation);
  const form = useRef<HTMLFormElement>(null);
  const prefix = useId();

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);

  async function submit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const gap = missingRequired(scope, draft);
    setMissing(gap);
    if (gap) return;
    const input = { [SECTION_FIELD[scope]]: inputFrom(scope, draft) } as UpdateClientInput;
    const result = await update({ variables: { id: clientId, input } }).catch(() => null);
    if (result?.data) onDone(true);
  }

  return (
    <form ref={form} onSubmit={submit} noValidate>
      <SectionFields scope={scope} draft={draft} onChange={setDraft} idPrefix={prefix} errorField={missing} />
      <ErrorMessage error={error} />
      <div className="form-actions">
        <Button type="submit" disabled={loading}>
          {t('section.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)}>
          {t('section.cancel')}
        </Button>
      </div>
    </form>
  );
}
