import { useTranslation } from 'react-i18next';
import { errorCode, graphQLErrors } from './errors';
import { nl } from './i18n';

type InputReason = keyof typeof nl.errors.input;
type InputField = keyof typeof nl.errors.field;
const isReason = (r: unknown): r is InputReason => typeof r === 'string' && Object.hasOwn(nl.errors.input, r);
const isField = (f: unknown): f is InputField => typeof f === 'string' && Object.hasOwn(nl.errors.field, f);

export interface ErrorDetail {
  text: string;
  /** Set when the text is the API's own English message. */
  lang?: 'en';
}

/**
 * What the API said was wrong, in the reader's language: BAD_USER_INPUT names the field and a
 * reason (`extensions.field`, `extensions.reason`, `extensions.params`), worded here in nl, fr or
 * en. Without a reason the web knows, the API's own (English) message is shown, marked as such.
 * For GraphQL answers and REST ones alike (`{ errors: [{ message, extensions }] }`).
 */
export function useErrorWording() {
  const { t } = useTranslation('ui');
  return (extensions: Record<string, unknown> | undefined, message: string | undefined): ErrorDetail | null => {
    const code = extensions?.code;
    if (code === 'BAD_USER_INPUT') {
      const { reason, field, params } = extensions as { reason?: unknown; field?: unknown; params?: Record<string, string | number> };
      if (isReason(reason)) {
        // "input.purpose" from argument validation: the field is its last part.
        const name = typeof field === 'string' ? field.split('.').pop() : undefined;
        const text = t(`errors.input.${reason}`, params ?? {});
        return { text: isField(name) ? t('errors.fieldReason', { field: t(`errors.field.${name}`), reason: text }) : text };
      }
    }
    if (code === 'BAD_USER_INPUT' || code === 'CONFLICT') return message ? { text: message, lang: 'en' } : null;
    return null;
  };
}

/** The detail of what Apollo threw or returned (see useErrorWording). */
export function useErrorDetail(error: unknown): ErrorDetail | null {
  const word = useErrorWording();
  const first = graphQLErrors(error).at(0);
  return first ? word(first.extensions, first.message) : null;
}

/** Says what went wrong in the reader's language, announced to screen readers. */
export function ErrorMessage({ error, className }: { error: unknown; className?: string }) {
  const { t } = useTranslation('ui');
  const detail = useErrorDetail(error);
  if (!error) return null;
  const code = errorCode(error) ?? 'INTERNAL_SERVER_ERROR';
  return (
    <div role="alert" className={`message message--error ${className ?? ''}`}>
      <p>{t(`errors.${code}`, { defaultValue: t('errors.INTERNAL_SERVER_ERROR') })}</p>
      {detail ? <p lang={detail.lang}>{detail.text}</p> : null}
    </div>
  );
}
