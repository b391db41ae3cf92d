import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A worker opened a referral (the inbox's unread marker is per worker). */
@Entity('referral_reads')
export class ReferralRead {
  @PrimaryColumn({ type: 'uuid' })
  referralId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @Column({ type: 'timestamptz' })
  readAt: Date;
}
