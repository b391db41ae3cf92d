import { useTranslation } from 'react-i18next';
import { REGIONS, type Region } from '../../../shared/places';
import { useFormat } from './format';

/** The regions and languages of the API's lists (shared/places.ts): services are offered in these languages, clients speak them. */
export { REGIONS, LANGUAGES as SERVICE_LANGUAGES, type Region } from '../../../shared/places';

const isRegion = (r: string): r is Region => (REGIONS as readonly string[]).includes(r);

/** Names of regions and languages in the interface language, shared by every module. */
export function usePlaceLabels() {
  const { t } = useTranslation('ui');
  const format = useFormat();
  return {
    region: (r: string) => (isRegion(r) ? t(`region.${r}`) : r),
    language: format.language,
  };
}
