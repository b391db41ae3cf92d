import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NoClientData } from '../../access';
import { Client } from '../clients';

export enum ClientViewCodeStatus {
  /** Made, not used yet: the client may open their view with it until `redeemBy`. */
  WAITING = 'WAITING',
  /** The client opened their view with it; the session runs until `sessionEndsAt`. */
  IN_USE = 'IN_USE',
  /** Its session ended (or it was never used in time): it opens nothing any more. */
  ENDED = 'ENDED',
  REVOKED = 'REVOKED',
}
registerEnumType(ClientViewCodeStatus, { name: 'ClientViewCodeStatus', description: 'Judged at the moment of the request' });

/**
 * A one-time code a worker of the owning organisation gives a client, so the client can see on
 * their own phone who may see which parts of their record and who looked, and withdraw a
 * consent. Only hashes are stored (of the code and of the short session it opens); the code
 * works once, the session for 30 minutes.
 */
@NoClientData("a code's lifecycle (never the code): who made it and when it was used, for the owning organisation")
@ObjectType({ description: "A one-time code for the client's own view (the code itself is shown only once, when it is made)." })
@Entity('client_view_codes')
export class ClientViewCode {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  clientId: string;

  @Column({ type: 'uuid' })
  ownerOrganisationId: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  codeHash: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Field(() => String)
  @Column({ type: 'text' })
  createdByName: string;

  @Field(() => Date, { description: 'The code opens nothing after this moment if it was not used' })
  @Column({ type: 'timestamptz' })
  redeemBy: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  redeemedAt: Date | null;

  @Index({ unique: true, where: 'session_token_hash IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  sessionTokenHash: string | null;

  @Field(() => Date, { nullable: true, description: 'When the client view opened with this code closes' })
  @Column({ type: 'timestamptz', nullable: true })
  sessionEndsAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  revokedByName: string | null;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;
}

export function codeStatus(code: Pick<ClientViewCode, 'revokedAt' | 'redeemedAt' | 'redeemBy' | 'sessionEndsAt'>, now: Date): ClientViewCodeStatus {
  if (code.revokedAt) return ClientViewCodeStatus.REVOKED;
  if (code.redeemedAt) return code.sessionEndsAt && code.sessionEndsAt > now ? ClientViewCodeStatus.IN_USE : ClientViewCodeStatus.ENDED;
  return code.redeemBy > now ? ClientViewCodeStatus.WAITING : ClientViewCodeStatus.ENDED;
}
