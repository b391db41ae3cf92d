import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { OutreachSessionFieldsFragment } from '../../generated/graphql';
import { Button, EmptyState, ErrorMessage, Loading, Page, SuccessMessage, useFormat } from '../../ui';
import { useFormLists, useOnline } from './hooks';
import { useTopicLabels } from './labels';
import { usePlaceLabels } from '../../ui/places';
import { formFromSession } from './model';
import { OutreachSessionQuery, UpdateOutreachSessionMutation } from './outreach.graphql';
import { OutreachForm } from './OutreachForm';
import './outreach.css';

/** One session of the organisation: what was logged, and "Change" (an edit names the version it started from; audited). */
export function OutreachSessionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('outreach');
  const { data, loading, error } = useQuery(OutreachSessionQuery, { variables: { id } });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const session = data?.outreachSession;

  if (loading && !data) return <Loading />;
  return (
    <Page title={editing ? t('form.editTitle') : t('session.title')} narrow actions={<Link to="/outreach">{t('session.back')}</Link>}>
      <ErrorMessage error={error} />
      {!session && !error ? <EmptyState>{t('session.notFound')}</EmptyState> : null}
      {saved && !editing ? <SuccessMessage>{t('form.saved')}</SuccessMessage> : null}
      {session && editing ? (
        <EditSession
          session={session}
          onDone={(changed) => {
            setEditing(false);
            setSaved(changed);
          }}
        />
      ) : null}
      {session && !editing ? (
        <>
          <SessionFacts session={session} />
          {session.canEdit ? (
            <div className="form-actions">
              <Button
                onClick={() => {
                  setSaved(false);
                  setEditing(true);
                }}
              >
                {t('session.edit')}
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}

function EditSession({ session, onDone }: { session: OutreachSessionFieldsFragment; onDone: (changed: boolean) => void }) {
  const { t } = useTranslation('outreach');
  const { lists, loading, error } = useFormLists();
  const online = useOnline();
  const [update, { loading: saving, error: saveError }] = useMutation(UpdateOutreachSessionMutation);
  if (loading) return <Loading />;
  if (!lists) return <ErrorMessage error={error} />;
  // The session's own place and kinds stay offered even when archived since.
  const withOwn = {
    ...lists,
    outreachPlaces: lists.outreachPlaces.some((p) => p.id === session.place.id) ? lists.outreachPlaces : [session.place, ...lists.outreachPlaces],
    outreachMaterialKinds: [
      ...lists.outreachMaterialKinds,
      ...session.materials.map((m) => m.materialKind).filter((k) => !lists.outreachMaterialKinds.some((l) => l.id === k.id)),
    ],
  };
  return (
    <OutreachForm
      lists={withOwn}
      initial={formFromSession(session)}
      submitLabel={t('form.saveEdit')}
      busy={saving || !online}
      onSubmit={async (input) => {
        const result = await update({ variables: { id: session.id, version: session.version, input } }).catch(() => null);
        if (result?.data) onDone(true);
        return false;
      }}
    >
      {!online ? <p className="message message--warning">{t('form.editOnline')}</p> : null}
      <ErrorMessage error={saveError} />
      <Button variant="secondary" onClick={() => onDone(false)}>
        {t('form.cancel')}
      </Button>
    </OutreachForm>
  );
}

function SessionFacts({ session: s }: { session: OutreachSessionFieldsFragment }) {
  const { t } = useTranslation('outreach');
  const mapT = useTranslation('serviceMap').t;
  const places = usePlaceLabels();
  const topics = useTopicLabels();
  const format = useFormat();
  const none = t('session.none');
  const team = [
    ...s.colleagues.map((c) => c.displayName),
    s.peerWorkers ? t('session.peers', { count: s.peerWorkers }) : null,
    s.experienceExperts ? t('session.experts', { count: s.experienceExperts }) : null,
  ].filter(Boolean);
  return (
    <>
      <dl className="outreach-facts">
        <dt>{t('session.when')}</dt>
        <dd>
          {format.dateTime(s.startsAt)} – {format.dateTime(s.endsAt)}
        </dd>
        <dt>{t('session.place')}</dt>
        <dd>
          {s.place.name} ({t(`kind.${s.place.kind}`)}, {places.region(s.place.region)})
        </dd>
        <dt>{t('session.contacts')}</dt>
        <dd>{t('list.contacts', { total: format.number(s.contactsTotal), fresh: format.number(s.contactsNew) })}</dd>
        <dt>{t('session.team')}</dt>
        <dd>{team.join(', ') || none}</dd>
        <dt>{t('session.materials')}</dt>
        <dd>{s.materials.map((m) => `${m.materialKind.name}: ${format.number(m.count)}`).join(', ') || none}</dd>
        <dt>{t('session.topics')}</dt>
        <dd>{s.topics.map(topics.topic).join(', ') || none}</dd>
        <dt>{t('session.languages')}</dt>
        <dd>{s.languages.map(format.language).join(', ') || none}</dd>
        <dt>{t('session.referrals')}</dt>
        <dd>{s.referrals.map((r) => `${mapT(`category.${r.category}`)}: ${r.count}`).join(', ') || none}</dd>
        <dt>{t('session.signals')}</dt>
        <dd>{s.signals || none}</dd>
      </dl>
      {s.updatedBy ? (
        <p>
          <small>{t('session.changed', { at: format.dateTime(s.updatedAt), name: s.updatedBy.displayName })}</small>
        </p>
      ) : null}
    </>
  );
}
