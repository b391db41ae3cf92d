import type { OutreachFormListsQuery, OutreachSessionFieldsFragment, OutreachSessionInput, OutreachTopic, ServiceCategory } from '../../generated/graphql';

/** The form's state: strings as typed, turned into an input by toInput(). */
export interface FormState {
  placeId: string;
  date: string;
  from: string;
  until: string;
  contactsTotal: string;
  contactsNew: string;
  colleagueIds: string[];
  peerWorkers: string;
  experienceExperts: string;
  languages: string[];
  topics: OutreachTopic[];
  materials: Record<string, string>;
  referrals: Partial<Record<ServiceCategory, string>>;
  signals: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const localDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const localTime = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** A new entry: today, the last two hours (to the quarter), the first place, the worker themself. */
export function emptyForm(lists: OutreachFormListsQuery | undefined, me: string | undefined, now = new Date()): FormState {
  const end = new Date(now);
  end.setMinutes(Math.floor(end.getMinutes() / 15) * 15, 0, 0);
  const start = new Date(end.getTime() - 2 * 3_600_000);
  return {
    placeId: lists?.outreachPlaces[0]?.id ?? '',
    date: localDate(start),
    from: localTime(start),
    until: localTime(end),
    contactsTotal: '',
    contactsNew: '',
    colleagueIds: me ? [me] : [],
    peerWorkers: '0',
    experienceExperts: '0',
    languages: [],
    topics: [],
    materials: {},
    referrals: {},
    signals: '',
  };
}

export function formFromSession(s: OutreachSessionFieldsFragment): FormState {
  const start = new Date(s.startsAt);
  const end = new Date(s.endsAt);
  return {
    placeId: s.place.id,
    date: localDate(start),
    from: localTime(start),
    until: localTime(end),
    contactsTotal: String(s.contactsTotal),
    contactsNew: String(s.contactsNew),
    colleagueIds: s.colleagues.map((c) => c.id),
    peerWorkers: String(s.peerWorkers),
    experienceExperts: String(s.experienceExperts),
    languages: [...s.languages],
    topics: [...s.topics],
    materials: Object.fromEntries(s.materials.map((m) => [m.materialKind.id, String(m.count)])),
    referrals: Object.fromEntries(s.referrals.map((r) => [r.category, String(r.count)])),
    signals: s.signals ?? '',
  };
}

/** Keys of the outreach texts, so a typo fails the type check. */
export type FormErrorKey = 'form.errors.place' | 'form.errors.span' | 'form.errors.number' | 'form.errors.newTooMany';
export type FormErrors = Partial<Record<'placeId' | 'span' | 'contactsTotal' | 'contactsNew' | 'counts', FormErrorKey>>;

const count = (value: string | undefined) => (value && value.trim() !== '' ? Number(value) : 0);
const isCount = (value: string | undefined) => !value || value.trim() === '' || (/^\d+$/.test(value.trim()) && Number(value) <= 100_000);

/** Checks the form and builds the API input; an end earlier than the start is the next day (a night round). */
export function toInput(form: FormState): { input?: OutreachSessionInput; errors: FormErrors } {
  const errors: FormErrors = {};
  if (!form.placeId) errors.placeId = 'form.errors.place';
  const startsAt = new Date(`${form.date}T${form.from}`);
  let endsAt = new Date(`${form.date}T${form.until}`);
  if (Number.isNaN(startsAt.getTime()) || Number.isNaN(endsAt.getTime())) errors.span = 'form.errors.span';
  else if (endsAt <= startsAt) endsAt = new Date(endsAt.getTime() + 86_400_000);
  if (!isCount(form.contactsTotal) || form.contactsTotal.trim() === '') errors.contactsTotal = 'form.errors.number';
  if (!isCount(form.contactsNew)) errors.contactsNew = 'form.errors.number';
  else if (count(form.contactsNew) > count(form.contactsTotal)) errors.contactsNew = 'form.errors.newTooMany';
  const others = [form.peerWorkers, form.experienceExperts, ...Object.values(form.materials), ...Object.values(form.referrals)];
  if (!others.every(isCount)) errors.counts = 'form.errors.number';
  if (Object.keys(errors).length) return { errors };
  return {
    errors,
    input: {
      placeId: form.placeId,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      colleagueIds: form.colleagueIds,
      peerWorkers: count(form.peerWorkers),
      experienceExperts: count(form.experienceExperts),
      contactsTotal: count(form.contactsTotal),
      contactsNew: count(form.contactsNew),
      languages: form.languages,
      topics: form.topics,
      materials: Object.entries(form.materials)
        .filter(([, v]) => count(v) > 0)
        .map(([materialKindId, v]) => ({ materialKindId, count: count(v) })),
      referrals: Object.entries(form.referrals)
        .filter(([, v]) => count(v) > 0)
        .map(([category, v]) => ({ category: category as ServiceCategory, count: count(v) })),
      signals: form.signals.trim() || null,
    },
  };
}
