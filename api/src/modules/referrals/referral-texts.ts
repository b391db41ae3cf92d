import { NotificationKind } from '../notifications';

const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : '');

/**
 * The words of a notice: the referral is named by its service and date, never by the client
 * (the recipient may lose consent before reading it). The web app can localise by `kind`.
 */
export function noticeText(kind: NotificationKind, serviceName: string, date: Date | null | undefined, detail?: string | null): string {
  const when = day(date);
  switch (kind) {
    case NotificationKind.REFERRAL_RECEIVED:
      return `New referral to ${serviceName} (sent ${when})`;
    case NotificationKind.REFERRAL_ANSWERED:
      return `Your referral to ${serviceName} of ${when} was ${detail === 'ACCEPTED' ? 'accepted' : 'declined'}`;
    case NotificationKind.REFERRAL_MESSAGE:
      return `New message on the referral to ${serviceName} of ${when}`;
    case NotificationKind.REFERRAL_OVERDUE:
      return `The referral to ${serviceName} of ${when} is overdue: no answer yet`;
    case NotificationKind.REFERRAL_CANCELLED:
      return `The referral to ${serviceName} of ${when} was cancelled`;
    case NotificationKind.REFERRAL_EXPIRED:
      return `The referral to ${serviceName} of ${when} expired without an answer; you can refer again`;
    case NotificationKind.REFERRAL_COMPLETED:
      return `The referral to ${serviceName} of ${when} was completed`;
    default:
      // Consent notices are worded by the consent module.
      return `About the referral to ${serviceName} of ${when}`;
  }
}
