import { NoClientData, ClientData } from '../../access';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Referral } from './referral.entity';

/** A message between the two organisations' workers on a referral. */
@ObjectType('ReferralMessage', { description: 'A message in the thread of a referral, visible to both organisations.' })
@Entity('referral_messages')
@Index(['referralId', 'at'])
export class ReferralMessage {
  @NoClientData('an id')
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  referralId: string;

  /** The referral's client, copied so the thread is gated by that client's consent (see ClientData below). */
  @Index()
  @Column({ type: 'uuid' })
  clientId: string;

  @Column({ type: 'uuid' })
  senderOrganisationId: string;

  @Column({ type: 'uuid' })
  receivingOrganisationId: string;

  @Column({ type: 'uuid', nullable: true })
  authorUserId: string | null;

  @NoClientData('a worker')
  @Field(() => String)
  @Column({ type: 'text' })
  authorName: string;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @NoClientData('an organisation')
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  organisationName: string | null;

  @ClientData<ReferralMessage>({ section: null, client: (m) => m.clientId })
  @Field(() => String)
  @Column({ type: 'text' })
  body: string;

  @NoClientData('when it was written')
  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  at: Date;

  @ManyToOne(() => Referral, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referral_id' })
  referral?: Referral;
}
