import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ClientTimelineQuery } from '../../generated/graphql';
import { useFormat } from '../../ui';
import { dayAsMoment } from './labels';

type Entry = ClientTimelineQuery['clientTimeline']['nodes'][number];
type Format = ReturnType<typeof useFormat>;

const str = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** One sentence per kind, from the entry's structured summary, in the reader's language. */
function sentence(entry: Entry, t: TFunction<'followUp'>, format: Format): string {
  const s = (entry.summary ?? {}) as Record<string, unknown>;
  const actor = entry.actorName || t('timeline.someone');
  const label = (group: string, value: unknown) => (str(value) ? t(`${group}.${value as string}`, { defaultValue: value as string }) : '');
  switch (entry.kind) {
    case 'NOTE_ADDED':
      return t('timeline.kinds.NOTE_ADDED', { actor, contactType: label('contactType', s.contactType) });
    case 'GOAL_ADDED':
      return t('timeline.kinds.GOAL_ADDED', { actor, domain: label('lifeDomain', s.lifeDomain) });
    case 'GOAL_UPDATED':
      return t('timeline.kinds.GOAL_UPDATED', { actor, domain: label('lifeDomain', s.lifeDomain), status: label('goalStatus', s.status) });
    case 'ACTION_ADDED':
      return t('timeline.kinds.ACTION_ADDED', {
        actor,
        owner: str(s.actionOrganisationName) ?? t('timeline.unknownOrganisation'),
        due: str(s.dueOn) ? format.date(dayAsMoment(s.dueOn as string)) : '',
      });
    case 'ACTION_COMPLETED':
      return t(s.outcome === 'NOT_DONE' ? 'timeline.kinds.ACTION_COMPLETED_NOT_DONE' : 'timeline.kinds.ACTION_COMPLETED_DONE', { actor });
    case 'LEAD_CHANGED':
      return t('timeline.kinds.LEAD_CHANGED', { actor, lead: str(s.leadOrganisationName) ?? t('timeline.unknownOrganisation') });
    case 'CONSENT_GIVEN':
    case 'CONSENT_WITHDRAWN': {
      const scopes = Array.isArray(s.scopes) ? s.scopes.map((scope) => label('scope', scope)).join(', ') : '';
      return t(`timeline.kinds.${entry.kind}`, { actor, grantee: str(s.granteeOrganisationName) ?? t('timeline.unknownOrganisation'), scopes });
    }
    case 'CONFERENCE_PLANNED':
    case 'CONFERENCE_HELD':
      return t(`timeline.kinds.${entry.kind}`, { actor });
    case 'ASSESSMENT_RECORDED':
      return t('timeline.kinds.ASSESSMENT_RECORDED', { actor });
    case 'EXTERNAL_REFERRAL_SENT':
    case 'EXTERNAL_REFERRAL_OUTCOME':
      return t(`timeline.kinds.${entry.kind}`, { actor, service: str(s.serviceName) ?? '', city: str(s.city) ?? '' });
    case 'TRANSFER_PROPOSED':
    case 'TRANSFER_DECLINED':
    case 'TRANSFER_CANCELLED':
    case 'CLIENT_TRANSFERRED':
      return t(`timeline.kinds.${entry.kind}`, { actor, organisation: str(s.toOrganisationName) ?? t('timeline.unknownOrganisation') });
    case 'SECTION_UPDATED':
      return t('timeline.kinds.SECTION_UPDATED', { actor, section: label('scope', s.scope ?? entry.scope) });
    default:
      if (entry.kind.startsWith('REFERRAL_')) {
        return t(`timeline.kinds.${entry.kind}`, {
          actor,
          service: str(s.serviceName) ?? '',
          receiver: str(s.receivingOrganisationName) ?? t('timeline.unknownOrganisation'),
          defaultValue: t('timeline.kinds.other', { actor, kind: entry.kind }),
        });
      }
      return t('timeline.kinds.other', { actor, kind: entry.kind });
  }
}

/** Extra facts some kinds carry: a referral's urgency, reason and outcome; a completion note. */
function details(entry: Entry, t: TFunction<'followUp'>): string[] {
  const s = (entry.summary ?? {}) as Record<string, unknown>;
  const out: string[] = [];
  if (entry.kind.startsWith('REFERRAL_')) {
    if (str(s.urgency)) out.push(t('timeline.urgencyLabel', { urgency: t(`timeline.urgency.${s.urgency as string}`, { defaultValue: s.urgency as string }) }));
    if (str(s.reasonCode))
      out.push(t('timeline.reasonLabel', { reason: t(`timeline.reason.${s.reasonCode as string}`, { defaultValue: s.reasonCode as string }) }));
    if (str(s.outcome)) out.push(t('timeline.outcomeLabel', { outcome: t(`timeline.outcome.${s.outcome as string}`, { defaultValue: s.outcome as string }) }));
  }
  if (entry.kind === 'ACTION_COMPLETED' && str(s.note)) out.push(t('timeline.note', { note: s.note as string }));
  return out;
}

export function TimelineEntryItem({ entry }: { entry: Entry }) {
  const { t } = useTranslation('followUp');
  const format = useFormat();
  const s = (entry.summary ?? {}) as Record<string, unknown>;
  // A note is dated by when the contact took place; everything else by when it was written.
  const when = entry.kind === 'NOTE_ADDED' && str(s.contactAt) ? (s.contactAt as string) : entry.occurredAt;
  const extra = details(entry, t);
  return (
    <li className="timeline-entry">
      <div className="timeline-entry__head">
        <time dateTime={when}>{format.dateTime(when)}</time>
        {entry.fromOtherOrganisation && entry.organisationName ? <span className="org-tag">{entry.organisationName}</span> : null}
      </div>
      <p className="timeline-entry__sentence">{sentence(entry, t, format)}</p>
      {entry.text ? <p className="timeline-entry__text">{entry.text}</p> : null}
      {extra.length ? <p className="timeline-entry__details">{extra.join(' · ')}</p> : null}
    </li>
  );
}
