import { NoClientData } from './client-data';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CLIENT_ACTOR_NAME } from './ability';

export enum AuditOperation {
  READ = 'READ',
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  CONSENT_GRANTED = 'CONSENT_GRANTED',
  CONSENT_REVOKED = 'CONSENT_REVOKED',
  REFERRAL = 'REFERRAL',
  EXPORT = 'EXPORT',
  ERASE = 'ERASE',
  AUDIT_READ = 'AUDIT_READ',
  /** The record was handed over to another organisation (a case transfer). */
  TRANSFER = 'TRANSFER',
}
registerEnumType(AuditOperation, { name: 'AuditOperation' });

export enum AuditActorKind {
  /** A worker of an organisation. */
  WORKER = 'WORKER',
  /** The client themself, in their own view. */
  CLIENT = 'CLIENT',
  /** Brug's own work (expiry). */
  BRUG = 'BRUG',
}
registerEnumType(AuditActorKind, { name: 'AuditActorKind', description: 'Who acted: a worker, the client themself, or Brug' });

/**
 * One access to a client's data: who, for which organisation, which client, which sections,
 * what, when, under which consent. Append-only: the database refuses UPDATE and DELETE.
 * Names are not joined in: the trail must survive the erasure of a user or a client.
 */
@NoClientData('who looked at a record, when and under which consent, never its content; read by the owning organisation only')
@ObjectType({ description: 'One read or change of client data.' })
@Entity('audit_entries')
@Index(['clientId', 'at'])
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  /** Part of the key: the table is partitioned by month of `at` (migration PartitionAuditByMonth). */
  @Field(() => Date)
  @PrimaryColumn({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at: Date;

  @Field(() => String, { description: 'Entries of one request share it' })
  @Column({ type: 'text' })
  requestId: string;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  /** Who acted (filled from the row by the trail's query). */
  @Field(() => AuditActorKind)
  get actorKind(): AuditActorKind {
    if (this.actorUserId) return AuditActorKind.WORKER;
    return this.actorName === CLIENT_ACTOR_NAME && !this.actorOrganisationName ? AuditActorKind.CLIENT : AuditActorKind.BRUG;
  }

  @Field(() => String, { description: "The actor's name as it was when the entry was written" })
  @Column({ type: 'text' })
  actorName: string;

  @Column({ type: 'uuid', nullable: true })
  actorOrganisationId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  actorOrganisationName: string | null;

  @Column({ type: 'uuid', nullable: true })
  clientId: string | null;

  @Field(() => [String], { description: 'Client record sections concerned' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  scopes: string[];

  @Field(() => AuditOperation)
  @Column({ type: 'text' })
  operation: AuditOperation;

  @Field(() => String, { description: 'The API operation, e.g. client or recordConsent' })
  @Column({ type: 'text' })
  action: string;

  @Field(() => ID, { nullable: true, description: 'The consent the access relied on; empty for the owning organisation' })
  @Column({ type: 'uuid', nullable: true })
  consentId: string | null;

  /** Filled when lines are grouped (auditTrail): not a column. */
  @Field(() => Int, {
    description: 'How many entries this line stands for: repeated reads by the same person within 10 minutes of each other show as one line',
  })
  count: number;

  @Field(() => Date, { description: 'The last entry of the line (the same as `at` for a single entry)' })
  lastAt: Date;
}
