import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import * as app from './app.i18n';
import * as ui from '../ui/i18n';
import * as identity from '../modules/identity/i18n';
import * as followUp from '../modules/follow-up/i18n';
import * as organisations from '../modules/organisations/i18n';
import * as serviceMap from '../modules/service-map/i18n';
import * as clients from '../modules/clients/i18n';
import * as referrals from '../modules/referrals/i18n';
import * as privacy from '../modules/privacy/i18n';
import * as exchange from '../modules/exchange/i18n';
import * as figures from '../modules/figures/i18n';
import * as outreach from '../modules/outreach/i18n';
import * as clientView from '../modules/client-view/i18n';
import * as documents from '../modules/documents/i18n';
import * as transfers from '../modules/transfers/i18n';

import { LANGUAGES, type Language } from '../ui/languages';

export { currentLanguage, LANGUAGES, type Language } from '../ui/languages';

/**
 * One namespace per module: a module's `i18n.ts` exports { nl, fr, en } and is registered
 * here under its namespace; its components call useTranslation('<namespace>').
 */
const modules = {
  app,
  ui,
  identity,
  organisations,
  serviceMap,
  clients,
  followUp,
  referrals,
  privacy,
  exchange,
  outreach,
  clientView,
  documents,
  transfers,
  figures,
} satisfies Record<string, Record<Language, object>>;

/** The texts of every namespace, as the Dutch source has them (fr and en are typed `typeof nl`). */
export type Resources = { [ns in keyof typeof modules]: (typeof modules)[ns]['nl'] };

const resources = Object.fromEntries(LANGUAGES.map((lng) => [lng, Object.fromEntries(Object.entries(modules).map(([ns, texts]) => [ns, texts[lng]]))]));

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    fallbackLng: 'nl',
    ns: Object.keys(modules),
    defaultNS: 'app',
    interpolation: { escapeValue: false },
    // Before sign-in the browser's language (or the last choice on this device); after
    // sign-in the user's own `me.locale` takes over (see SessionProvider).
    detection: { order: ['localStorage', 'navigator'], lookupLocalStorage: 'brug.locale', caches: ['localStorage'] },
    returnNull: false,
  });

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18n.resolvedLanguage ?? 'nl';

export default i18n;
