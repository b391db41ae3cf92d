import { useTranslation } from 'react-i18next';
import type { CapacityStatus, ServiceCategory, TargetGroup } from '../../generated/graphql';
import type { Option, Tone } from '../../ui';
import { useFormat } from '../../ui';
import { REGIONS, SERVICE_LANGUAGES, usePlaceLabels } from '../../ui/places';

// The values the API knows (schema.graphql); `satisfies` breaks the build when one is added there.
export const CATEGORIES = [
  'OUTREACH',
  'HARM_REDUCTION',
  'STI_HIV_TESTING',
  'PREP_PEP',
  'MEDICAL_CARE',
  'MENTAL_HEALTH',
  'ADDICTION_CARE',
  'HOUSING_SHELTER',
  'INCOME_DEBTS',
  'LEGAL_AID',
  'RESIDENCE_MIGRATION',
  'EXIT_PROGRAMME',
  'TRAFFICKING_CARE',
  'VIOLENCE_SUPPORT',
  'WORK_EDUCATION',
  'IDENTITY_PAPERS',
  'LGBTQIA_SUPPORT',
  'PEER_SUPPORT',
  'SOCIAL_SERVICES',
  'INTERPRETING',
] as const satisfies readonly ServiceCategory[];

export const TARGET_GROUPS = [
  'MALE_SEX_WORKERS',
  'TRANS_SEX_WORKERS',
  'FEMALE_SEX_WORKERS',
  'YOUNG_PEOPLE',
  'TRAFFICKING_VICTIMS',
  'PEOPLE_LEAVING_SEX_WORK',
  'MIGRANTS_UNDOCUMENTED',
  'PEOPLE_WHO_USE_DRUGS',
  'LGBTQIA',
  'HOMELESS',
  'EVERYONE',
] as const satisfies readonly TargetGroup[];

export const CAPACITY_STATUSES = ['AVAILABLE', 'WAITLIST', 'FULL', 'NOT_ACCEPTING'] as const satisfies readonly CapacityStatus[];

export { REGIONS, SERVICE_LANGUAGES } from '../../ui/places';

export const CAPACITY_TONE: Record<CapacityStatus, Tone> = { AVAILABLE: 'ok', WAITLIST: 'warn', FULL: 'danger', NOT_ACCEPTING: 'muted' };

/** Labels for the service map's codes in the interface language. */
export function useLabels() {
  const { t } = useTranslation('serviceMap');
  const format = useFormat();
  const places = usePlaceLabels();
  const sortByLabel = (options: Option[]) => [...options].sort((a, b) => a.label.localeCompare(b.label, format.locale));
  return {
    category: (c: string) => t(`category.${c}`, { defaultValue: c }),
    targetGroup: (g: string) => t(`targetGroup.${g}`, { defaultValue: g }),
    capacity: (s: string) => t(`capacity.${s}`, { defaultValue: s }),
    region: places.region,
    language: format.language,
    categoryOptions: () => sortByLabel(CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))),
    targetGroupOptions: () => TARGET_GROUPS.map((g) => ({ value: g, label: t(`targetGroup.${g}`) })),
    capacityOptions: () => CAPACITY_STATUSES.map((s) => ({ value: s, label: t(`capacity.${s}`) })),
    regionOptions: () => REGIONS.map((r) => ({ value: r, label: places.region(r) })),
    languageOptions: () => sortByLabel(SERVICE_LANGUAGES.map((l) => ({ value: l, label: format.language(l) }))),
  };
}
