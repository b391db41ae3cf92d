import type { ContactType } from '../../generated/graphql';
import { skipToken, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorMessage, LoadMore, Loading, Panel, Select, SuccessMessage, useFormat, useLoadMore } from '../../ui';
import { ContactNoteButton } from './ContactNoteForm';
import { ClientTimelineQuery, FollowUpClientQuery, NotesQuery } from './follow-up.graphql';
import { KIND_GROUPS, type KindGroup } from './labels';
import { TimelineEntryItem } from './TimelineEntry';
import './follow-up.css';

const PAGE_SIZE = 20;

/** The client page's "Timeline" tab: every organisation's entries you may see, newest first, and contact notes. */
export function TimelineTab({ clientId }: { clientId: string }) {
  const { t } = useTranslation('followUp');
  const [organisationId, setOrganisationId] = useState('');
  const [group, setGroup] = useState<KindGroup | ''>('');
  const [noteSaved, setNoteSaved] = useState(false);
  // Organisations seen on the timeline so far: the filter keeps offering them while filtered.
  const [seen, setSeen] = useState<Map<string, string>>(new Map());

  const client = useQuery(FollowUpClientQuery, { variables: { id: clientId } });
  const canWriteNotes = !!client.data?.client.sharedScopes.includes('NOTES');
  const variables = { clientId, organisationId: organisationId || null, kinds: group ? [...KIND_GROUPS[group]] : null, first: PAGE_SIZE };
  const { data, loading, error, fetchMore, refetch } = useQuery(ClientTimelineQuery, { variables, notifyOnNetworkStatusChange: true });
  const page = data?.clientTimeline;
  // Older entries are appended to the page shown (the filters make each list a query of its own).
  const more = useLoadMore(page, (options) =>
    fetchMore({
      ...options,
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        clientTimeline: { ...fetchMoreResult.clientTimeline, nodes: [...previous.clientTimeline.nodes, ...fetchMoreResult.clientTimeline.nodes] },
      }),
    }),
  );

  // Organisations met in the pages loaded so far (adjusted while rendering, not in an effect).
  const fresh = (page?.nodes ?? []).filter((e) => e.organisationId && !seen.has(e.organisationId));
  if (fresh.length) setSeen(new Map([...seen, ...fresh.map((e) => [e.organisationId!, e.organisationName] as const)]));
  const known = seen;

  const notes = useQuery(NotesQuery, canWriteNotes ? { variables: { clientId, first: 50 } } : skipToken);

  return (
    <div className="follow-up-stack">
      {canWriteNotes ? (
        <div className="form-actions">
          <ContactNoteButton
            clientId={clientId}
            onSaved={() => {
              setNoteSaved(true);
              void refetch();
              void notes.refetch();
            }}
          />
        </div>
      ) : null}
      {noteSaved ? <SuccessMessage>{t('notes.saved')}</SuccessMessage> : null}
      <Panel title={t('timeline.title')}>
        <form className="timeline-filters" aria-label={t('timeline.filters')} onSubmit={(e) => e.preventDefault()}>
          <Select
            label={t('timeline.organisation')}
            value={organisationId}
            onChange={(e) => setOrganisationId(e.target.value)}
            options={[
              { value: '', label: t('timeline.allOrganisations') },
              ...[...known].sort((a, b) => a[1].localeCompare(b[1])).map(([id, name]) => ({ value: id, label: name })),
            ]}
          />
          <Select
            label={t('timeline.kind')}
            value={group}
            onChange={(e) => setGroup(e.target.value as KindGroup | '')}
            options={[
              { value: '', label: t('timeline.allKinds') },
              ...(Object.keys(KIND_GROUPS) as KindGroup[]).map((g) => ({ value: g, label: t(`timeline.groups.${g}`) })),
            ]}
          />
        </form>
        <ErrorMessage error={error} />
        {!page && loading ? <Loading /> : null}
        {page && page.nodes.length === 0 ? <EmptyState>{organisationId || group ? t('timeline.emptyFiltered') : t('timeline.empty')}</EmptyState> : null}
        {page && page.nodes.length > 0 ? (
          <ol className="timeline" aria-label={t('timeline.title')}>
            {page.nodes.map((entry) => (
              <TimelineEntryItem key={entry.id} entry={entry} />
            ))}
          </ol>
        ) : null}
        {more ? <LoadMore {...more} shownText={t('timeline.shown', { count: more.shown })} buttonText={t('timeline.loadMore')} /> : null}
      </Panel>
      {canWriteNotes ? <NotesPanel notes={notes.data?.notes.nodes} error={notes.error} /> : null}
    </div>
  );
}

function NotesPanel({
  notes,
  error,
}: {
  notes?: { id: string; contactAt: string; contactType: ContactType; text: string; authorName: string; organisationName: string }[];
  error: unknown;
}) {
  const { t } = useTranslation('followUp');
  const format = useFormat();
  return (
    <Panel title={t('notes.title')}>
      <ErrorMessage error={error} />
      {notes && notes.length === 0 ? <p>{t('notes.none')}</p> : null}
      {notes?.length ? (
        <ul className="note-list">
          {notes.map((n) => (
            <li key={n.id}>
              <div className="timeline-entry__head">
                <time dateTime={n.contactAt}>{format.dateTime(n.contactAt)}</time>
                <span>{t(`contactType.${n.contactType}`)}</span>
                <span>{t('notes.by', { name: n.authorName, organisation: n.organisationName })}</span>
              </div>
              <p className="pre-line">{n.text}</p>
            </li>
          ))}
        </ul>
      ) : null}
    </Panel>
  );
}
