import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Client } from '../clients/client.entity';
import { Organisation } from '../service-map/organisation.entity';
import { Goal } from './goal.entity';
import { CarePlanActionStatus } from './taxonomy';

/** A step towards a goal, owned by one organisation that follows the client, with a due date. */
@ObjectType({ description: 'A step towards a goal, owned by one organisation, with a due date.' })
@Entity('care_plan_actions')
@Index(['organisationId', 'status', 'dueOn'])
export class CarePlanAction {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  goalId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  clientId: string;

  @Column({ type: 'uuid' })
  ownerOrganisationId: string;

  /** The organisation that does it. */
  @Column({ type: 'uuid' })
  organisationId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  description: string;

  @Field(() => String, { description: 'Due date, YYYY-MM-DD' })
  @Column({ type: 'date' })
  dueOn: string;

  @Field(() => CarePlanActionStatus)
  @Column({ type: 'text', default: CarePlanActionStatus.OPEN })
  status: CarePlanActionStatus;

  @Field(() => String, { nullable: true, description: 'Said when it was completed (what happened, or why it did not)' })
  @Column({ type: 'text', nullable: true })
  completionNote: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  completedByName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  completedByOrganisationName: string | null;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  createdByName: string;

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
