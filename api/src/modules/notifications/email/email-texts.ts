import { Locale } from '../../identity/user.entity';

/** The whole mail: that there is a new referral, and where to look. Never client data. */
export function newReferralMail(locale: string, inboxUrl: string): { subject: string; text: string } {
  switch (locale) {
    case Locale.fr:
      return { subject: 'Nouvelle orientation dans Brug', text: `Vous avez une nouvelle orientation dans Brug.\n\n${inboxUrl}\n` };
    case Locale.en:
      return { subject: 'New referral in Brug', text: `You have a new referral in Brug.\n\n${inboxUrl}\n` };
    default:
      return { subject: 'Nieuwe doorverwijzing in Brug', text: `Je hebt een nieuwe doorverwijzing in Brug.\n\n${inboxUrl}\n` };
  }
}
