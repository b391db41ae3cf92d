import type { Locale } from '../../identity';

type Mail = (inboxUrl: string) => { subject: string; text: string };

const MAILS: Record<Locale, Mail> = {
  nl: (url) => ({ subject: 'Nieuwe doorverwijzing in Brug', text: `Je hebt een nieuwe doorverwijzing in Brug.\n\n${url}\n` }),
  fr: (url) => ({ subject: 'Nouvelle orientation dans Brug', text: `Vous avez une nouvelle orientation dans Brug.\n\n${url}\n` }),
  en: (url) => ({ subject: 'New referral in Brug', text: `You have a new referral in Brug.\n\n${url}\n` }),
};

/** The whole mail, in the user's language: that there is a new referral, and where to look. Never client data. */
export function newReferralMail(locale: string, inboxUrl: string): { subject: string; text: string } {
  return ((MAILS as Record<string, Mail | undefined>)[locale] ?? MAILS.nl)(inboxUrl);
}
