import { registerEnumType } from 'type-graphql';

export enum ReferralStatus {
  DRAFT = 'DRAFT',
  SENT = 'SENT',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
  COMPLETED = 'COMPLETED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(ReferralStatus, { name: 'ReferralStatus', description: 'Where a referral is in its life (FHIR Task states for closed-loop referrals)' });

export enum ReferralUrgency {
  ROUTINE = 'ROUTINE',
  SOON = 'SOON',
  URGENT = 'URGENT',
}
registerEnumType(ReferralUrgency, { name: 'ReferralUrgency', description: 'Answer due: URGENT 1 day, SOON 3 days, ROUTINE 10 working days after sending' });

export enum ReferralAction {
  SEND = 'SEND',
  UPDATE_DRAFT = 'UPDATE_DRAFT',
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  CANCEL = 'CANCEL',
  COMPLETE = 'COMPLETE',
  POST_MESSAGE = 'POST_MESSAGE',
  REFER_AGAIN = 'REFER_AGAIN',
}
registerEnumType(ReferralAction, { name: 'ReferralAction', description: 'What the viewer may do with a referral now' });

export enum ReferralViewerRole {
  SENDER = 'SENDER',
  RECEIVER = 'RECEIVER',
  OTHER = 'OTHER',
}
registerEnumType(ReferralViewerRole, { name: 'ReferralViewerRole', description: "The viewer's side of a referral" });

export enum DeclineReason {
  NO_CAPACITY = 'NO_CAPACITY',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  OUTSIDE_AREA = 'OUTSIDE_AREA',
  CLIENT_NOT_REACHABLE = 'CLIENT_NOT_REACHABLE',
  BETTER_SERVED_ELSEWHERE = 'BETTER_SERVED_ELSEWHERE',
  OTHER = 'OTHER',
}
registerEnumType(DeclineReason, { name: 'DeclineReason' });

export enum CancelReason {
  CLIENT_WITHDREW = 'CLIENT_WITHDREW',
  NO_LONGER_NEEDED = 'NO_LONGER_NEEDED',
  SENT_BY_MISTAKE = 'SENT_BY_MISTAKE',
  /** Set by the system when the client withdraws consent for the receiving organisation. */
  CONSENT_WITHDRAWN = 'CONSENT_WITHDRAWN',
  OTHER = 'OTHER',
}
registerEnumType(CancelReason, { name: 'CancelReason', description: 'Why the sender cancelled; CONSENT_WITHDRAWN is set by Brug itself' });

export enum ReferralOutcome {
  SERVICE_STARTED = 'SERVICE_STARTED',
  CLIENT_DID_NOT_COME = 'CLIENT_DID_NOT_COME',
  CLIENT_WITHDREW = 'CLIENT_WITHDREW',
  REFERRED_ON = 'REFERRED_ON',
}
registerEnumType(ReferralOutcome, { name: 'ReferralOutcome', description: 'How an accepted referral ended' });
