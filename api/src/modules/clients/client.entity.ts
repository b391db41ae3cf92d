import { Field, ID, ObjectType } from 'type-graphql';
import { ClientData } from '../../access';
import { JoinColumn, ManyToOne, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organisation } from '../service-map';

/**
 * A person the network supports. Owned by the organisation that registered them; known by a
 * pseudonym (a nickname is enough). Everything else lives in sections, each shared only by
 * consent. Who may load a row is decided by the ability (`Client` subject), in SQL.
 */
/** A field of the client itself: shown while the viewer may see the client, and audited (see access/client-data.ts). */
export const OfThisClient = ClientData<Client>({ section: null, client: (c) => c.id });

@ObjectType({ description: 'A client, known by a pseudonym; the rest of the record is in sections shared by consent.' })
@Entity('clients')
// Trigram index on brug_fold(pseudonym), made by hand in migration IndexedTextSearch.
@Index('IDX_clients_pseudonym_folded', { synchronize: false })
export class Client {
  @Field(() => ID)
  @OfThisClient
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'The name the client goes by with us; often a nickname' })
  @OfThisClient
  @Column({ type: 'text' })
  pseudonym: string;

  @Index()
  @Column({ type: 'uuid' })
  ownerOrganisationId: string;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Field(() => Date)
  @OfThisClient
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @OfThisClient
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** Last change by anyone (retention review and "changes since my last visit"). */
  @Field(() => Date, { description: 'Last change to the record by any organisation' })
  @OfThisClient
  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastActivityAt: Date;

  /** Set when the record was erased on request: data gone, pseudonym replaced. */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_organisation_id' })
  ownerOrganisation?: Organisation;
}
