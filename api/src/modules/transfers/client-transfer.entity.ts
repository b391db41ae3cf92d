import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ClientData, NoClientData, Scope } from '../../access';
import { Client } from '../clients';
import { ConsentMethod } from '../consent';

export enum TransferStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(TransferStatus, {
  name: 'TransferStatus',
  description: 'PROPOSED until the receiving organisation accepts or declines, or the owner cancels',
});

/**
 * The owning organisation hands a client's record over to another organisation for good, with
 * the client's agreement (recorded like a consent). On acceptance the receiver owns the record.
 */
@ObjectType({ description: "A case transfer: the owning organisation hands the client's record over to another organisation, with the client's agreement." })
@Entity('client_transfers')
@Index(['clientId'], { unique: true, where: `status = 'PROPOSED'` })
@Index(['toOrganisationId', 'status'])
@Index(['fromOrganisationId', 'status'])
export class ClientTransfer {
  @NoClientData('an id')
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @NoClientData('an id; the client itself is shown only to whoever may see it')
  @Field(() => ID)
  @Column({ type: 'uuid' })
  clientId: string;

  @NoClientData('an organisation id')
  @Field(() => ID)
  @Column({ type: 'uuid' })
  fromOrganisationId: string;

  @NoClientData('an organisation id')
  @Field(() => ID)
  @Column({ type: 'uuid' })
  toOrganisationId: string;

  @NoClientData('the lifecycle')
  @Field(() => TransferStatus)
  @Column({ type: 'text', default: TransferStatus.PROPOSED })
  status: TransferStatus;

  @NoClientData('how the agreement was given, as for a consent')
  @Field(() => ConsentMethod, { description: 'How the client agreed to the transfer' })
  @Column({ type: 'text' })
  agreementMethod: ConsentMethod;

  @NoClientData('when the agreement was recorded')
  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  agreedAt: Date;

  @ClientData<ClientTransfer>({ section: null, client: (t) => t.clientId })
  @Field(() => [Scope], { description: 'What the former owner keeps seeing after the transfer (a consent the client gives it); empty: nothing' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  formerOwnerScopes: Scope[];

  @ClientData<ClientTransfer>({ section: null, client: (t) => t.clientId })
  @Field(() => String, { nullable: true, description: 'Why, for the receiving organisation' })
  @Column({ type: 'text', default: '' })
  note: string;

  @NoClientData('a worker')
  @Field(() => String)
  @Column({ type: 'text' })
  proposedByName: string;

  @Column({ type: 'uuid', nullable: true })
  proposedByUserId: string | null;

  @NoClientData('a worker')
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  answeredByName: string | null;

  @NoClientData('when it was answered')
  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @ClientData<ClientTransfer>({ section: null, client: (t) => t.clientId })
  @Field(() => String, { nullable: true, description: 'Why it was declined' })
  @Column({ type: 'text', nullable: true })
  declineNote: string | null;

  @NoClientData('when it was proposed')
  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;
}
