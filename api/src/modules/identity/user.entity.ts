import { NoClientData, NetworkRole } from '../../access';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Membership } from './membership.entity';

export enum Locale {
  nl = 'nl',
  fr = 'fr',
  en = 'en',
}
registerEnumType(Locale, { name: 'Locale', description: 'Interface language' });

export { NetworkRole };

@NoClientData('a worker account, not a client')
@ObjectType({ description: 'A person who signs in to Brug: a worker, an organisation admin or a coordinator.' })
@Entity('users')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text', unique: true })
  email: string;

  @Field(() => String)
  @Column({ type: 'text' })
  displayName: string;

  @Column({ type: 'text', select: false })
  passwordHash: string;

  @Field(() => Locale)
  @Column({ type: 'text', default: Locale.nl })
  locale: Locale;

  @Field(() => NetworkRole, { nullable: true })
  @Column({ type: 'text', nullable: true })
  networkRole: NetworkRole | null;

  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  /** The TOTP secret, encrypted (AES-256-GCM, see two-factor-secret.ts); never sent to anyone after enrolment. */
  @Column({ type: 'text', nullable: true, select: false })
  totpSecret: string | null;

  /** A secret handed out by startTwoFactorEnrolment, waiting for its first code. */
  @Column({ type: 'text', nullable: true, select: false })
  totpPendingSecret: string | null;

  /** The last TOTP time step accepted: a code is never accepted twice. */
  @Column({ type: 'integer', nullable: true, select: false })
  totpLastStep: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  twoFactorEnabledAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Opted in to e-mail notices of new referrals (notifications/email); off until the user turns it on. */
  @Column({ type: 'boolean', default: false })
  emailNotices: boolean;

  /** Quiet hours (whole hours 0-23 in timeZone): a notice due then waits until they end. Null: none. */
  @Column({ type: 'integer', nullable: true })
  quietHoursStart: number | null;

  @Column({ type: 'integer', nullable: true })
  quietHoursEnd: number | null;

  @Column({ type: 'text', default: 'Europe/Brussels' })
  timeZone: string;

  @OneToMany(() => Membership, (m) => m.user)
  memberships?: Membership[];
}
