import { NoClientData } from '../../access';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum NotificationKind {
  REFERRAL_RECEIVED = 'REFERRAL_RECEIVED',
  REFERRAL_ANSWERED = 'REFERRAL_ANSWERED',
  REFERRAL_MESSAGE = 'REFERRAL_MESSAGE',
  REFERRAL_OVERDUE = 'REFERRAL_OVERDUE',
  REFERRAL_CANCELLED = 'REFERRAL_CANCELLED',
  REFERRAL_EXPIRED = 'REFERRAL_EXPIRED',
  REFERRAL_COMPLETED = 'REFERRAL_COMPLETED',
  /** To the owning organisation: a consent ends within 30 days (renew it with the client). */
  CONSENT_ENDING = 'CONSENT_ENDING',
  /** To the receiving organisation: its access to a client record ends within 30 days. */
  ACCESS_ENDING = 'ACCESS_ENDING',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

/**
 * An in-app notice for one user. Its text names the referral by service and date only: no
 * client data, since consent may end before the notice is read.
 */
@NoClientData('a notice names the service or organisation and the date only, never the client')
@ObjectType({ description: 'An in-app notice for the signed-in user about a referral or a consent.' })
@Entity('notifications')
@Index(['userId', 'createdAt'])
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Field(() => NotificationKind)
  @Column({ type: 'text' })
  kind: NotificationKind;

  @Field(() => ID, { nullable: true, description: 'The referral it is about (open it with referral(id))' })
  @Column({ type: 'uuid', nullable: true })
  referralId: string | null;

  @Field(() => ID, { nullable: true, description: 'The consent it is about (CONSENT_ENDING, ACCESS_ENDING)' })
  @Column({ type: 'uuid', nullable: true })
  consentId: string | null;

  @Field(() => String, { description: 'What happened, in the words of the notice (service and date, no client data)' })
  @Column({ type: 'text' })
  text: string;

  @Field(() => String, { nullable: true, description: 'Extra detail, e.g. accepted or declined' })
  @Column({ type: 'text', nullable: true })
  detail: string | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
