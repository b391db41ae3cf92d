import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A client-supplied key that makes a repeated request return the first result. The unique
 * index makes a concurrent duplicate wait for the first one's transaction and then find it.
 */
@Entity('idempotency_keys')
@Index(['userId', 'operation', 'key'], { unique: true })
export class IdempotencyKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  operation: string;

  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'uuid', nullable: true })
  resultId: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
