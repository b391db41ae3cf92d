import { Scope, NoClientData, ClientData } from '../../access';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Client } from '../clients';
import { ContactType } from './taxonomy';

/** A short note of one contact with the client. The NOTES section. */
@ObjectType({ description: 'A short note of one contact with the client (the NOTES section).' })
@Entity('contact_notes')
@Index(['clientId', 'contactAt', 'id'])
export class ContactNote {
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

  /** The organisation whose worker wrote it. */
  @Column({ type: 'uuid' })
  organisationId: string;

  @NoClientData('an organisation')
  @Field(() => String)
  @Column({ type: 'text' })
  organisationName: string;

  @Column({ type: 'uuid', nullable: true })
  authorUserId: string | null;

  @NoClientData('a worker')
  @Field(() => String)
  @Column({ type: 'text' })
  authorName: string;

  @NoClientData('when, of a note loaded only through the access rule')
  @Field(() => Date, { description: 'When the contact took place' })
  @Column({ type: 'timestamptz' })
  contactAt: Date;

  @NoClientData('the kind of contact, from a fixed list')
  @Field(() => ContactType)
  @Column({ type: 'text' })
  contactType: ContactType;

  @ClientData<ContactNote>({ section: Scope.NOTES, client: (n) => n.clientId })
  @Field(() => String)
  @Column({ type: 'text' })
  text: string;

  @NoClientData('when it was written')
  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;
}
