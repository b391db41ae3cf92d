import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Client } from '../clients/client.entity';
import { GoalStatus, LifeDomain } from './taxonomy';

/** A goal of the care plan in one life domain, in the client's own words. */
@ObjectType({ description: "A goal of the care plan in one life domain, in the client's own words." })
@Entity('care_goals')
@Index(['clientId', 'createdAt'])
export class Goal {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  clientId: string;

  @Column({ type: 'uuid' })
  ownerOrganisationId: string;

  @Field(() => LifeDomain)
  @Column({ type: 'text' })
  lifeDomain: LifeDomain;

  @Field(() => String, { description: "The goal in the client's own words" })
  @Column({ type: 'text' })
  text: string;

  @Field(() => GoalStatus)
  @Column({ type: 'text', default: GoalStatus.OPEN })
  status: GoalStatus;

  @Column({ type: 'uuid', nullable: true })
  createdByOrganisationId: string | null;

  @Field(() => String, { description: 'The organisation that wrote the goal down' })
  @Column({ type: 'text', default: '' })
  createdByOrganisationName: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  createdByName: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;
}
