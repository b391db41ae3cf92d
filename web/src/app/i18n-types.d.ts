import 'i18next';
import type { Resources } from './i18n';

/**
 * Translation keys are typed: `t('page.title')` must name a text of the namespace (or
 * `<namespace>:<key>`), so a typo fails `npm run typecheck` instead of showing a raw key.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: Resources;
  }
}
