import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The e-mail outbox: one row per notice to send, written in the same transaction as the
 * in-app notice (notify.ts), so a mail goes out only for a step that committed. It holds no
 * client data: the mail says only that there is a new referral. Not exposed in GraphQL.
 */
@Entity('email_notices')
@Index(['nextAttemptAt'], { where: 'sent_at IS NULL AND gave_up_at IS NULL' })
export class EmailNotice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  kind: string;

  /** Only for row-level security's insert check (the writer may see the referral); never mailed. */
  @Column({ type: 'uuid', nullable: true })
  referralId: string | null;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  /** Not before: later on a failure (backoff) or when the user's quiet hours end. */
  @Column({ type: 'timestamptz' })
  nextAttemptAt: Date;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** Opted out since, or failed too often. */
  @Column({ type: 'timestamptz', nullable: true })
  gaveUpAt: Date | null;
}
