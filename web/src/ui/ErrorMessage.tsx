import { useTranslation } from 'react-i18next';
import { errorCode, graphQLErrors } from './errors';

/** Codes whose API message names the field or what happened, worth showing as written. */
const SPECIFIC = new Set(['BAD_USER_INPUT', 'CONFLICT']);

/** Says what went wrong in the reader's language, announced to screen readers. */
export function ErrorMessage({ error, className }: { error: unknown; className?: string }) {
  const { t } = useTranslation('ui');
  if (!error) return null;
  const code = errorCode(error) ?? 'INTERNAL_SERVER_ERROR';
  const detail = SPECIFIC.has(code) ? graphQLErrors(error)[0]?.message : undefined;
  return (
    <div role="alert" className={`message message--error ${className ?? ''}`}>
      <p>{t(`errors.${code}`, { defaultValue: t('errors.INTERNAL_SERVER_ERROR') })}</p>
      {detail ? <p lang="en">{detail}</p> : null}
    </div>
  );
}
