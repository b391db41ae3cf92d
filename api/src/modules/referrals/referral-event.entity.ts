import { NoClientData } from '../../access';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ReferralStatus } from './referral-enums';
import { Referral } from './referral.entity';

/** One transition of a referral: who, for which organisation, when, from, to, why. Append-only. */
@NoClientData('a lifecycle step: status, worker, time and a reason code, never free text')
@ObjectType('ReferralEvent', { description: 'One step in the life of a referral.' })
@Entity('referral_events')
@Index(['referralId', 'at'])
export class ReferralEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  referralId: string;

  @Column({ type: 'uuid' })
  senderOrganisationId: string;

  @Column({ type: 'uuid' })
  receivingOrganisationId: string;

  @Field(() => ReferralStatus, { nullable: true, description: 'Empty for the creation of the draft' })
  @Column({ type: 'text', nullable: true })
  fromStatus: ReferralStatus | null;

  @Field(() => ReferralStatus)
  @Column({ type: 'text' })
  toStatus: ReferralStatus;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Field(() => String, { description: "The worker's name, or Brug for what the system did" })
  @Column({ type: 'text' })
  actorName: string;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  organisationName: string | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  at: Date;

  @Field(() => String, { nullable: true, description: 'The reason code (decline reason, cancel reason, outcome), never free text about the client' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @ManyToOne(() => Referral, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referral_id' })
  referral?: Referral;
}
