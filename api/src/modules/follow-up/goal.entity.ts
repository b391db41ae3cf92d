import { Scope, NoClientData, ClientData } from '../../access';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Client } from '../clients';
import { GoalStatus, LifeDomain } from './taxonomy';

/** A goal of the care plan in one life domain, in the client's own words. */
@ObjectType({ description: "A goal of the care plan in one life domain, in the client's own words." })
@Entity('care_goals')
@Index(['clientId', 'createdAt'])
export class Goal {
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

  @NoClientData('which life domain, from a fixed list; the goal is loaded only through the access rule')
  @Field(() => LifeDomain)
  @Column({ type: 'text' })
  lifeDomain: LifeDomain;

  @ClientData<Goal>({ section: Scope.LIFE_DOMAINS, client: (g) => g.clientId })
  @Field(() => String, { description: "The goal in the client's own words" })
  @Column({ type: 'text' })
  text: string;

  @NoClientData('the state of a goal loaded only through the access rule')
  @Field(() => GoalStatus)
  @Column({ type: 'text', default: GoalStatus.OPEN })
  status: GoalStatus;

  @Column({ type: 'uuid', nullable: true })
  createdByOrganisationId: string | null;

  @NoClientData('an organisation')
  @Field(() => String, { description: 'The organisation that wrote the goal down' })
  @Column({ type: 'text', default: '' })
  createdByOrganisationName: string;

  @NoClientData('a worker')
  @Field(() => String)
  @Column({ type: 'text', default: '' })
  createdByName: string;

  @NoClientData('when it was added')
  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @NoClientData('when it changed')
  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;
}
