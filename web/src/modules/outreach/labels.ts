import { useTranslation } from 'react-i18next';
import type { LifeDomain, OutreachPlaceKind, OutreachTopic } from '../../generated/graphql';

// The values the API knows (schema.graphql); `satisfies` breaks the build when they drift apart.
export const PLACE_KINDS = ['ZONE', 'VENUE', 'PRIVATE_HOUSE', 'ONLINE'] as const satisfies readonly OutreachPlaceKind[];
export const LIFE_DOMAINS = [
  'HOUSING',
  'HEALTH',
  'INCOME_AND_DEBTS',
  'DAILY_RHYTHM',
  'WORK_AND_EDUCATION',
  'RELATIONSHIPS_AND_SEXUALITY',
  'FAMILY_AND_FRIENDS',
  'SAFETY',
  'LEGAL_STATUS',
  'SELF_ESTEEM_AND_SOCIAL_ACCEPTANCE',
] as const satisfies readonly (LifeDomain & OutreachTopic)[];
export const HARM_REDUCTION_THEMES = [
  'SAFER_SEX',
  'STI_HIV_TESTING',
  'PREP_PEP',
  'SAFER_DRUG_USE',
  'CHEMSEX',
  'WORKING_SAFELY',
  'RIGHTS_AND_POLICE',
  'EXIT_OPTIONS',
] as const satisfies readonly OutreachTopic[];
export type HarmReductionThemeValue = (typeof HARM_REDUCTION_THEMES)[number];

const isTheme = (topic: OutreachTopic): topic is HarmReductionThemeValue => (HARM_REDUCTION_THEMES as readonly string[]).includes(topic);

/** Labels of a topic (a life domain, from the followUp texts, or a harm-reduction theme, ours) and of a life domain. */
export function useTopicLabels() {
  const { t } = useTranslation('outreach');
  const followUpT = useTranslation('followUp').t;
  const lifeDomain = (domain: (typeof LIFE_DOMAINS)[number]) => followUpT(`lifeDomain.${domain}`);
  return {
    lifeDomain,
    topic: (topic: OutreachTopic) => (isTheme(topic) ? t(`theme.${topic}`) : lifeDomain(topic)),
  };
}
