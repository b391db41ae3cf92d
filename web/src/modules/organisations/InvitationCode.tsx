import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';

/** The invitation link goes to /invitation with the code in the fragment (never sent to a server or log). */
export function invitationLink(code: string): string {
  return `${window.location.origin}/invitation#code=${encodeURIComponent(code)}`;
}

/** Shows a one-time invitation link and code with copy buttons. */
export function InvitationCode({ code, message }: { code: string; message: string }) {
  const { t } = useTranslation('organisations');
  const { t: ui } = useTranslation('ui');
  const [copied, setCopied] = useState<string | null>(null);
  const link = invitationLink(code);
  const copy = (what: string, value: string) =>
    (navigator.clipboard as Clipboard | undefined)?.writeText(value).then(
      () => setCopied(what),
      () => setCopied(null),
    );
  return (
    <div className="message message--success" role="status">
      <p>{message}</p>
      <p>
        <strong>{t('invite.link')}</strong>
      </p>
      <p className="code-box" data-testid="invitation-link">
        {link}
      </p>
      <Button small variant="secondary" onClick={() => void copy('link', link)}>
        {ui('copy')} ({t('invite.link')})
      </Button>
      <p>
        <strong>{t('invite.code')}</strong>
      </p>
      <p className="code-box" data-testid="invitation-code">
        {code}
      </p>
      <Button small variant="secondary" onClick={() => void copy('code', code)}>
        {ui('copy')} ({t('invite.code')})
      </Button>
      <p aria-live="polite">{copied ? ui('copied') : ''}</p>
    </div>
  );
}
