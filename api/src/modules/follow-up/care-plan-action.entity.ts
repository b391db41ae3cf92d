import { Scope, NoClientData, ClientData } from '../../access';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Client } from '../clients';
import { Organisation } from '../service-map';
import { Goal } from './goal.entity';
import { CarePlanActionStatus } from './taxonomy';

/** A step towards a goal, owned by one organisation that follows the client, with a due date. */
@ObjectType({ description: 'A step towards a goal, owned by one organisation, with a due date.' })
@Entity('care_plan_actions')
@Index(['organisationId', 'status', 'dueOn'])
export class CarePlanAction {
  @NoClientData('an id')
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @NoClientData('an id')
  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  goalId: string;

  @NoClientData('an id')
  @Field(() => ID)
  @Column({ type: 'uuid' })
  clientId: string;

  /** The case conference that decided it, if any. */
  @NoClientData('an id')
  @Field(() => ID, { nullable: true, description: 'The case conference that decided this action' })
  @Column({ type: 'uuid', nullable: true })
  conferenceId: string | null;

  @Column({ type: 'uuid' })
  ownerOrganisationId: string;

  /** The organisation that does it. */
  @Column({ type: 'uuid' })
  organisationId: string;

  @ClientData<CarePlanAction>({ section: Scope.LIFE_DOMAINS, client: (a) => a.clientId })
  @Field(() => String)
  @Column({ type: 'text' })
  description: string;

  @NoClientData('the schedule of an action loaded only through the access rule; its text is declared')
  @Field(() => String, { description: 'Due date, YYYY-MM-DD' })
  @Column({ type: 'date' })
  dueOn: string;

  @NoClientData('the state of an action loaded only through the access rule')
  @Field(() => CarePlanActionStatus)
  @Column({ type: 'text', default: CarePlanActionStatus.OPEN })
  status: CarePlanActionStatus;

  @ClientData<CarePlanAction>({ section: Scope.LIFE_DOMAINS, client: (a) => a.clientId })
  @Field(() => String, { nullable: true, description: 'Said when it was completed (what happened, or why it did not)' })
  @Column({ type: 'text', nullable: true })
  completionNote: string | null;

  @NoClientData('the state of an action loaded only through the access rule')
  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @NoClientData('a worker')
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  completedByName: string | null;

  @NoClientData('an organisation')
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  completedByOrganisationName: string | null;

  @NoClientData('a worker')
  @Field(() => String)
  @Column({ type: 'text', default: '' })
  createdByName: string;

  @NoClientData('when it was added')
  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: Goal;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;
}
