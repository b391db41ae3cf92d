import { ClientData, NoClientData } from '../../access/client-data';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Scope } from '../../access/scopes';
import { Client } from '../clients/client.entity';
import { Organisation } from '../service-map/organisation.entity';
import { Service } from '../service-map/service.entity';
import type { StoredAnswer } from './requirement-answers';
import { CancelReason, DeclineReason, ReferralOutcome, ReferralStatus, ReferralUrgency } from './referral-enums';

/**
 * A warm handoff of a client from a worker of one organisation to a service of another.
 * The row names the client only by id: who may see the client (and the free text about them:
 * reason, wishes) is decided by consent through the clients module, never by the referral.
 * Both organisations are copied on the row so access conditions and row-level security can
 * decide on the row alone.
 */
/** Free text about the referred client: shown while the viewer may see the client now, and audited. */
export const OfReferralClient = ClientData<Referral>({ section: null, client: (r) => r.clientId });

@ObjectType({ description: 'A warm referral of a client to a service of another (or the same) organisation.' })
@Entity('referrals')
@Index(['receivingOrganisationId', 'status', 'sentAt'])
@Index(['senderOrganisationId', 'createdAt'])
export class Referral {
  @NoClientData('an id')
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  clientId: string;

  /** The client's owning organisation (timeline entries and consent are theirs). */
  @Column({ type: 'uuid' })
  ownerOrganisationId: string;

  @Column({ type: 'uuid' })
  senderOrganisationId: string;

  @Column({ type: 'uuid' })
  receivingOrganisationId: string;

  @Index()
  @Column({ type: 'uuid' })
  serviceId: string;

  @NoClientData('the lifecycle')
  @Field(() => ReferralStatus)
  @Column({ type: 'text', default: ReferralStatus.DRAFT })
  status: ReferralStatus;

  @NoClientData('the lifecycle')
  @Field(() => ReferralUrgency)
  @Column({ type: 'text', default: ReferralUrgency.ROUTINE })
  urgency: ReferralUrgency;

  /** Free text about the client: shown only to those who may see the client. */
  @Column({ type: 'text', default: '' })
  reason: string;

  @Column({ type: 'text', default: '' })
  clientWishes: string;

  /** The answers to the service's requirements, with the texts as asked (requirement-answers.ts); read through the resolver. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  requirementAnswers: StoredAnswer[];

  @NoClientData('which sections were offered, not their content')
  @Field(() => [Scope], { description: 'The sections the sender chose to share (what the receiver sees still depends on its consent)' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sharedScopes: Scope[];

  @Column({ type: 'timestamptz', nullable: true })
  introPlannedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  introPlace: string | null;

  @Column({ type: 'text', nullable: true })
  introAccompaniedBy: string | null;

  @Column({ type: 'boolean', default: false })
  introClientWillCall: boolean;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  sentByUserId: string | null;

  @NoClientData('a worker')
  @Field(() => String, { nullable: true, description: 'The worker who sent it (or drafted it, while a draft)' })
  @Column({ type: 'text', nullable: true })
  sentByName: string | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedByUserId: string | null;

  @NoClientData('a worker')
  @Field(() => String, { nullable: true, description: 'The receiving worker named on acceptance' })
  @Column({ type: 'text', nullable: true })
  acceptedByName: string | null;

  @NoClientData('the lifecycle')
  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @NoClientData('the lifecycle')
  @Field(() => Date, { nullable: true, description: 'When an answer is due (set on sending)' })
  @Column({ type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @NoClientData('the lifecycle')
  @Field(() => Date, { nullable: true, description: 'When a SENT referral without answer expires (due date plus grace period)' })
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @NoClientData('a reason code from a fixed list')
  @Field(() => DeclineReason, { nullable: true })
  @Column({ type: 'text', nullable: true })
  declineReason: DeclineReason | null;

  @OfReferralClient
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  declineNote: string | null;

  @Column({ type: 'uuid', nullable: true })
  suggestedServiceId: string | null;

  @NoClientData('a reason code from a fixed list')
  @Field(() => CancelReason, { nullable: true })
  @Column({ type: 'text', nullable: true })
  cancelReason: CancelReason | null;

  @OfReferralClient
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  cancelNote: string | null;

  @NoClientData('an outcome code from a fixed list')
  @Field(() => ReferralOutcome, { nullable: true })
  @Column({ type: 'text', nullable: true })
  outcome: ReferralOutcome | null;

  @OfReferralClient
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  outcomeNote: string | null;

  @NoClientData('the lifecycle')
  @Field(() => Date, { nullable: true, description: 'When it was accepted, declined, cancelled, completed or expired last' })
  @Column({ type: 'timestamptz', nullable: true })
  statusChangedAt: Date | null;

  /** When the sender was told it is overdue (once). */
  @Column({ type: 'timestamptz', nullable: true })
  overdueNotifiedAt: Date | null;

  @NoClientData('an id')
  @Field(() => ID, { nullable: true, description: 'The declined or expired referral this one was made again from' })
  @Column({ type: 'uuid', nullable: true })
  referredAgainFromId: string | null;

  @NoClientData('the lifecycle')
  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @NoClientData('the lifecycle')
  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @ManyToOne(() => Service, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id' })
  service?: Service;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sender_organisation_id' })
  senderOrganisation?: Organisation;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'receiving_organisation_id' })
  receivingOrganisation?: Organisation;
}
