import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ClientData, NoClientData, Scope } from '../../access';
import { Client } from '../clients';

export enum DocumentKind {
  SIGNED_CONSENT_FORM = 'SIGNED_CONSENT_FORM',
  LETTER = 'LETTER',
  ID_COPY = 'ID_COPY',
  OTHER = 'OTHER',
}
registerEnumType(DocumentKind, { name: 'DocumentKind' });

/**
 * A file attached to a client (a signed consent form, a letter, an ID copy), in one section of
 * the record: the same consent rule decides who may open it. Stored encrypted (AES-256-GCM with
 * a key of its own, wrapped by BRUG_SECRET_KEY); its bytes never leave the API without the
 * access check and an audit entry (GET /api/documents/:id).
 */
@ObjectType({ description: 'A document attached to a client, in one section; download it at /api/documents/{id}.' })
@Entity('client_documents')
@Index(['clientId', 'createdAt'])
export class ClientDocument {
  @NoClientData('an id')
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @Column({ type: 'uuid' })
  ownerOrganisationId: string;

  @NoClientData('the section it belongs to')
  @Field(() => Scope)
  @Column({ type: 'text' })
  scope: Scope;

  @NoClientData('what kind of document')
  @Field(() => DocumentKind)
  @Column({ type: 'text' })
  kind: DocumentKind;

  @ClientData<ClientDocument>({ section: (d) => d.scope, client: (d) => d.clientId })
  @Field(() => String, { nullable: true, description: 'What it is, in a few words (client data of its section)' })
  @Column({ type: 'text' })
  title: string;

  @NoClientData('the type recognised from the content')
  @Field(() => String)
  @Column({ type: 'text' })
  mimeType: string;

  @NoClientData('a size')
  @Field(() => Int)
  @Column({ type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'bytea', select: false })
  ciphertext: Buffer;

  @Column({ type: 'bytea' })
  iv: Buffer;

  @Column({ type: 'bytea' })
  authTag: Buffer;

  @Column({ type: 'bytea' })
  wrappedKey: Buffer;

  @NoClientData('when')
  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @NoClientData('a worker')
  @Field(() => String)
  @Column({ type: 'text' })
  createdByName: string;

  @NoClientData('the service map')
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  createdByOrganisationName: string | null;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;
}
