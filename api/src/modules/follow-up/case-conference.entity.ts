import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ClientData, NoClientData, Scope } from '../../access';
import { Client } from '../clients';

export enum CaseConferenceStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
}
registerEnumType(CaseConferenceStatus, { name: 'CaseConferenceStatus' });

const OfPlan = ClientData<CaseConference>({ section: Scope.LIFE_DOMAINS, client: (c) => c.clientId });

/**
 * A case conference: the lead organisation meets the organisations that follow the client
 * (owner and live consents) about the client. Part of the plan (the LIFE_DOMAINS section):
 * its decisions become actions on the plan, with an owner and a due date.
 */
@ObjectType({
  description: 'A case conference about a client, planned by the lead organisation with the organisations that follow the client (part of the plan).',
})
@Entity('case_conferences')
@Index(['clientId', 'plannedAt'])
export class CaseConference {
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

  @Column({ type: 'uuid' })
  organiserOrganisationId: string;

  @NoClientData('an organisation')
  @Field(() => String, { description: 'The lead organisation that planned it' })
  @Column({ type: 'text' })
  organiserOrganisationName: string;

  @OfPlan
  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz' })
  plannedAt: Date;

  @OfPlan
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', default: '' })
  place: string;

  @OfPlan
  @Field(() => String, { nullable: true })
  @Column({ type: 'text' })
  agenda: string;

  @Column({ type: 'uuid', array: true })
  invitedOrganisationIds: string[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  attendedOrganisationIds: string[];

  @NoClientData('the lifecycle')
  @Field(() => CaseConferenceStatus)
  @Column({ type: 'text', default: CaseConferenceStatus.PLANNED })
  status: CaseConferenceStatus;

  @OfPlan
  @Field(() => String, { nullable: true, description: 'What was discussed, in short (written when it was held)' })
  @Column({ type: 'text', nullable: true })
  minutes: string | null;

  @NoClientData('a worker')
  @Field(() => String)
  @Column({ type: 'text' })
  createdByName: string;

  @NoClientData('when it was planned')
  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;
}
