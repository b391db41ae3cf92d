/**
 * The places and languages Brug knows: one list for the API (validation, search, HSDS import and
 * export) and for the web app (choices and their labels). Plain data without imports, so that
 * both builds can include it (see tsconfig.json, tsconfig.build.json and web/tsconfig.json).
 */

/** ISO 3166-2 regions the network works in; a service area is one of these or a whole country. */
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

/** ISO 639-1 codes of the languages services are offered in. */
export const LANGUAGES = [
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
export type Language = (typeof LANGUAGES)[number];
