import { JoinColumn, ManyToOne, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Client } from './client.entity';

/**
 * One entry of a client's timeline, written by whichever module did something (consent given
 * or withdrawn, referral sent or answered, goal or action changed, contact note). The timeline
 * is one keyset-paginated query over this table, filtered by the ability in SQL.
 *
 * `scope` names the record section the entry's content belongs to: a viewer sees the entry
 * only with a live consent for that section (or as the owning organisation, or as the
 * organisation that wrote it). A null scope means "visible to whoever may see the client".
 */
@Entity('client_events')
@Index(['clientId', 'occurredAt', 'id'])
export class ClientEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @Column({ type: 'uuid' })
  ownerOrganisationId: string;

  /** The organisation whose worker did this. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ type: 'text', default: '' })
  organisationName: string;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'text', default: '' })
  actorName: string;

  /** e.g. CONSENT_GIVEN, CONSENT_WITHDRAWN, REFERRAL_SENT, GOAL_ADDED, NOTE_ADDED. */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text', nullable: true })
  scope: string | null;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  /** What happened, in structured form (no free text that the scope does not cover). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  summary: Record<string, unknown>;

  /** The thing this is about (referral, goal, action, note, consent) for links. */
  @Column({ type: 'text', nullable: true })
  subjectType: string | null;

  @Column({ type: 'uuid', nullable: true })
  subjectId: string | null;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;
}
