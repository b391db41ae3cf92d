import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Client } from '../clients';

/** When a user last opened a client (for "changes since my last visit"). */
@Entity('client_visits')
export class ClientVisit {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'uuid' })
  clientId: string;

  @Column({ type: 'timestamptz' })
  visitedAt: Date;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;
}
