import { useTranslation } from 'react-i18next';
import { useFormat } from './format';

/** ISO 3166-2 regions the network works in (api/src/modules/service-map/taxonomy.ts). */
export const REGIONS = [
  'BE',
  'BE-BRU',
  'BE-VAN',
  'BE-VOV',
  'BE-VWV',
  'BE-VBR',
  'BE-VLI',
  'BE-WHT',
  'BE-WLG',
  'BE-WNA',
  'BE-WBR',
  'BE-WLX',
  'NL',
  'NL-GE',
  'NL-NB',
  'NL-NH',
  'NL-ZH',
  'NL-UT',
  'NL-LI',
  'NL-OV',
  'NL-GR',
  'NL-FR',
  'NL-DR',
  'NL-FL',
  'NL-ZE',
] as const;
export type Region = (typeof REGIONS)[number];

/** ISO 639-1 codes services are offered in and clients speak (api/src/modules/service-map/taxonomy.ts). */
export const SERVICE_LANGUAGES = [
  'nl',
  'fr',
  'en',
  'de',
  'es',
  'pt',
  'ro',
  'bg',
  'hu',
  'pl',
  'ar',
  'tr',
  'ru',
  'uk',
  'th',
  'zh',
  'tl',
  'ti',
  'am',
  'so',
  'fa',
] as const;

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
