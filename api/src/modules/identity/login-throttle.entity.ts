import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per account (a hash of the e-mail address, known or not) and per client
 * address. Kept in the database so every API process behind a load balancer counts together.
 */
@Entity('login_throttles')
export class LoginThrottle {
  /** `account:<sha256 of the e-mail>` or `address:<ip>`: no e-mail address is stored. */
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'integer', default: 0 })
  failures: number;

  @Column({ type: 'timestamptz' })
  windowStartedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  /** How often this key was locked; each lock lasts twice as long as the one before. */
  @Column({ type: 'integer', default: 0 })
  lockouts: number;
}
