import i18n from 'i18next';

/** The interface languages, in the order the switcher shows them. */
export const LANGUAGES = ['nl', 'fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language the interface shows now ('nl' until i18next has initialised: web/src/app/i18n.ts). */
export function currentLanguage(): Language {
  // `language` is unset (or empty) before i18next has initialised, whatever its type says.
  const lng = (i18n.resolvedLanguage ?? (i18n.language || 'nl')).slice(0, 2);
  return (LANGUAGES as readonly string[]).includes(lng) ? (lng as Language) : 'nl';
}
