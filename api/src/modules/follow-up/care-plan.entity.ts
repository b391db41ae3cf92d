import { Scope, NoClientData, ClientData } from '../../access';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Client } from '../clients';
import { Organisation } from '../service-map';

/**
 * The one shared plan of a client (created on first use), with its lead organisation (care
 * coordinator). Goals and actions hang off the client; the plan row holds the lead.
 */
@ObjectType({ description: "A client's one shared care plan: lead organisation, goals per life domain, actions. The LIFE_DOMAINS section." })
@Entity('care_plans')
export class CarePlan {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @NoClientData('the id the plan was asked for by')
  @Field(() => ID, { description: 'The client this plan is for (one plan per client)' })
  @Index({ unique: true })
  @Column({ type: 'uuid' })
  clientId: string;

  @Column({ type: 'uuid' })
  ownerOrganisationId: string;

  @Column({ type: 'uuid', nullable: true })
  leadOrganisationId: string | null;

  @ClientData<CarePlan>({ section: Scope.LIFE_DOMAINS, client: (p) => p.clientId })
  @Field(() => Date, { nullable: true, description: 'When the lead was last named' })
  @Column({ type: 'timestamptz', nullable: true })
  leadSince: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @NoClientData('when the plan last changed')
  @Field(() => Date, { nullable: true, description: 'Last change of the plan, its goals or actions; null while nothing was written' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_organisation_id' })
  leadOrganisation?: Organisation;
}
