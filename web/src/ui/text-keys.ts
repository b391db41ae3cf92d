import type { CustomTypeOptions, ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';

/** The namespaces registered in web/src/app/i18n.ts (typed through i18n-types.d.ts there). */
export type Namespace = keyof CustomTypeOptions['resources'];

/**
 * A translation key checked by the type checker: a key of namespace `Ns`, or `<namespace>:<key>`
 * of any other. For keys kept in lists (navigation entries, client page tabs).
 */
export type TextKey<Ns extends Namespace> = ParseKeys<[Ns, ...Exclude<Namespace, Ns>[]]>;

/** `t` for TextKey<Ns>: the namespace's own keys and `<namespace>:<key>` of every other. */
export function useTextKeys<Ns extends Namespace>(ns: Ns) {
  const { i18n } = useTranslation();
  const others = ((i18n.options.ns as readonly string[] | undefined) ?? []).filter((n) => n !== ns) as Exclude<Namespace, Ns>[];
  return useTranslation([ns, ...others] as [Ns, ...Exclude<Namespace, Ns>[]]).t;
}
