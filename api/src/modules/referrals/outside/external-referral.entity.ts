import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ClientData, NoClientData } from '../../../access';
import { Client } from '../../clients';
import { ServiceCategory } from '../../service-map';
import { ReferralUrgency } from '../referral-enums';

export enum ExternalReferralOutcome {
  SERVICE_STARTED = 'SERVICE_STARTED',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  CLIENT_DID_NOT_COME = 'CLIENT_DID_NOT_COME',
  CLIENT_WITHDREW = 'CLIENT_WITHDREW',
  REFERRED_ON = 'REFERRED_ON',
}
registerEnumType(ExternalReferralOutcome, {
  name: 'ExternalReferralOutcome',
  description: 'How a referral outside the network ended, as the sender learnt it',
});

const OfClient = ClientData<ExternalReferral>({ section: null, client: (r) => r.clientId });

/**
 * A referral to a service that is not on the map: the sending organisation writes down where
 * it sent the client and records the outcome itself (no one on the other side answers in Brug).
 */
@ObjectType({ description: 'A referral to a service outside the network (not on the map); its sender records the outcome.' })
@Entity('external_referrals')
@Index(['clientId', 'createdAt'])
@Index(['senderOrganisationId', 'createdAt'])
export class ExternalReferral {
  @NoClientData('an id')
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @NoClientData('an id')
  @Field(() => ID)
  @Column({ type: 'uuid' })
  clientId: string;

  @Column({ type: 'uuid' })
  ownerOrganisationId: string;

  @NoClientData('an organisation id')
  @Field(() => ID)
  @Column({ type: 'uuid' })
  senderOrganisationId: string;

  @NoClientData('an organisation')
  @Field(() => String)
  @Column({ type: 'text' })
  senderOrganisationName: string;

  @Column({ type: 'uuid', nullable: true })
  sentByUserId: string | null;

  @NoClientData('a worker')
  @Field(() => String)
  @Column({ type: 'text' })
  sentByName: string;

  @OfClient
  @Field(() => String, { nullable: true, description: 'The service the client was sent to' })
  @Column({ type: 'text' })
  serviceName: string;

  @OfClient
  @Field(() => ServiceCategory, { nullable: true, description: 'What kind of service it is (the map’s categories)' })
  @Column({ type: 'text' })
  category: ServiceCategory;

  @OfClient
  @Field(() => String, { nullable: true })
  @Column({ type: 'text' })
  city: string;

  @OfClient
  @Field(() => String, { nullable: true, description: 'How to reach the service, in free text (a person, phone, address)' })
  @Column({ type: 'text', default: '' })
  contact: string;

  @NoClientData('the urgency, as for a referral in the network')
  @Field(() => ReferralUrgency)
  @Column({ type: 'text' })
  urgency: ReferralUrgency;

  @OfClient
  @Field(() => String, { nullable: true })
  @Column({ type: 'text' })
  reason: string;

  @OfClient
  @Field(() => String, { nullable: true, description: 'What the client wants' })
  @Column({ type: 'text', default: '' })
  clientWishes: string;

  @NoClientData('the follow-up date, from the urgency')
  @Field(() => String, { description: 'Ask how it went by this day (YYYY-MM-DD): 1 day, 3 days or 10 working days after sending, by urgency' })
  @Column({ type: 'date' })
  followUpOn: string;

  @OfClient
  @Field(() => ExternalReferralOutcome, { nullable: true, description: 'Null until the sender records how it went' })
  @Column({ type: 'text', nullable: true })
  outcome: ExternalReferralOutcome | null;

  @OfClient
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  outcomeNote: string | null;

  @NoClientData('when the outcome was recorded')
  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  outcomeAt: Date | null;

  @NoClientData('a worker')
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  outcomeByName: string | null;

  @NoClientData('when it was sent')
  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;
}
