import { JoinColumn, ManyToOne, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Scope } from '../../access';
import { Client } from './client.entity';

/**
 * One section of a client record (a consent scope), its content as JSON validated by the
 * section's input type. The owner organisation is copied here so that access conditions and
 * row-level security can decide on the row alone.
 */
@Entity('client_sections')
@Index(['clientId', 'scope'], { unique: true })
export class ClientSection {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @Column({ type: 'uuid' })
  ownerOrganisationId: string;

  @Column({ type: 'text' })
  scope: Scope;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  data: Record<string, unknown>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  updatedByUserId: string | null;

  @Column({ type: 'text', default: '' })
  updatedByName: string;

  @Column({ type: 'uuid', nullable: true })
  updatedByOrganisationId: string | null;

  @Column({ type: 'text', default: '' })
  updatedByOrganisationName: string;

  /** Who last said the section is still true (the "shared intake": no new intake at every door). */
  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  confirmedByUserId: string | null;

  @Column({ type: 'text', nullable: true })
  confirmedByName: string | null;

  @Column({ type: 'uuid', nullable: true })
  confirmedByOrganisationId: string | null;

  @Column({ type: 'text', nullable: true })
  confirmedByOrganisationName: string | null;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;
}
