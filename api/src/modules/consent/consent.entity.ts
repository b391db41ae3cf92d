import { NoClientData, ClientData, Scope } from '../../access';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { JoinColumn, ManyToOne, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Client } from '../clients';
import { Organisation } from '../service-map';

export enum ConsentMethod {
  VERBAL = 'VERBAL',
  WRITTEN = 'WRITTEN',
  APP = 'APP',
}
registerEnumType(ConsentMethod, { name: 'ConsentMethod', description: 'How the client gave consent' });

/**
 * The client allows one organisation to see named sections, for a purpose, from a date until
 * a date. Live = not revoked, started and not expired, judged at request time
 * (`ctx.now`), never by a background job. At most one live consent per client and grantee.
 */
@ObjectType({ description: "A client's permission for one organisation to see named sections of their record." })
@Entity('consents')
@Index(['granteeOrganisationId', 'clientId'])
export class Consent {
  @NoClientData('an id')
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  clientId: string;

  @Column({ type: 'uuid' })
  ownerOrganisationId: string;

  @Column({ type: 'uuid' })
  granteeOrganisationId: string;

  @NoClientData('the terms of the consent')
  @Field(() => [Scope])
  @Column({ type: 'text', array: true })
  scopes: Scope[];

  @ClientData<Consent>({ section: null, client: (k) => k.clientId })
  @Field(() => String)
  @Column({ type: 'text' })
  purpose: string;

  @NoClientData('the terms of the consent')
  @Field(() => ConsentMethod)
  @Column({ type: 'text' })
  method: ConsentMethod;

  @NoClientData('the terms of the consent')
  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  validFrom: Date;

  @NoClientData('the terms of the consent')
  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  validUntil: Date;

  @Column({ type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  @NoClientData('a worker')
  @Field(() => String)
  @Column({ type: 'text' })
  recordedByName: string;

  @NoClientData('the terms of the consent')
  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  recordedAt: Date;

  @NoClientData('the terms of the consent')
  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedByUserId: string | null;

  @NoClientData('a worker')
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  revokedByName: string | null;

  @ClientData<Consent>({ section: null, client: (k) => k.clientId })
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  revocationReason: string | null;

  @NoClientData('the terms of the consent')
  @Field(() => Boolean, { description: 'The client withdrew it themself, in their own view' })
  @Column({ type: 'boolean', default: false })
  revokedByClient: boolean;

  @NoClientData('an id: the document itself is opened under its own section rule')
  @Field(() => ID, { nullable: true, description: 'The signed consent form (a document of the client), for a WRITTEN consent' })
  @Column({ type: 'uuid', nullable: true })
  signedFormDocumentId: string | null;

  /** When the "ends within 30 days" notices went out (once per consent). */
  @Column({ type: 'timestamptz', nullable: true })
  endingNoticeAt: Date | null;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'grantee_organisation_id' })
  granteeOrganisation?: Organisation;
}
