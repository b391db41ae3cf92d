import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Client } from '../clients/client.entity';
import { ContactType } from './taxonomy';

/** A short note of one contact with the client. The NOTES section. */
@ObjectType({ description: 'A short note of one contact with the client (the NOTES section).' })
@Entity('contact_notes')
@Index(['clientId', 'contactAt', 'id'])
export class ContactNote {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  clientId: string;

  @Column({ type: 'uuid' })
  ownerOrganisationId: string;

  /** The organisation whose worker wrote it. */
  @Column({ type: 'uuid' })
  organisationId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  organisationName: string;

  @Column({ type: 'uuid', nullable: true })
  authorUserId: string | null;

  @Field(() => String)
  @Column({ type: 'text' })
  authorName: string;

  @Field(() => Date, { description: 'When the contact took place' })
  @Column({ type: 'timestamptz' })
  contactAt: Date;

  @Field(() => ContactType)
  @Column({ type: 'text' })
  contactType: ContactType;

  @Field(() => String)
  @Column({ type: 'text' })
  text: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;
}
