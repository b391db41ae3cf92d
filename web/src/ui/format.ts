import { useTranslation } from 'react-i18next';

/** Dates and numbers in the interface language, with Intl. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? (i18n.language || 'nl');
  // English for a European readership: day before month.
  const intl = locale === 'en' ? 'en-GB' : locale;
  return {
    locale,
    date: (iso: string | null | undefined) => (iso ? new Intl.DateTimeFormat(intl, { dateStyle: 'medium' }).format(new Date(iso)) : ''),
    dateTime: (iso: string | null | undefined) => (iso ? new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : ''),
    number: (n: number) => new Intl.NumberFormat(intl).format(n),
    /** A language's name from its ISO 639-1 code, in the interface language. */
    language: (code: string) => {
      try {
        const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code);
        return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : code;
      } catch {
        return code;
      }
    },
  };
}
