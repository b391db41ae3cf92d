import { NoClientData } from '../../access';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organisation } from '../service-map';
import { MemberRole } from './membership.entity';

/**
 * A one-time invitation to join an organisation (there is no e-mail server: the admin hands the
 * code over). Only a hash of the code is stored; the code itself is shown once, to its maker.
 */
@NoClientData('an invitation of a worker, not a client')
@ObjectType({ description: 'An invitation to join an organisation with a role, accepted once with its code.' })
@Entity('invitations')
export class Invitation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  organisationId: string;

  @Field(() => MemberRole)
  @Column({ type: 'text' })
  role: MemberRole;

  @Field(() => String, { nullable: true, description: 'When set, only this e-mail address can accept it' })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Who the invitation is meant for, as the inviter wrote it' })
  @Column({ type: 'text', nullable: true })
  displayName: string | null;

  @Index({ unique: true })
  @Column({ type: 'text' })
  codeHash: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** The code itself: only on the answer that created the invitation, never stored. */
  @Field(() => String, { nullable: true, description: 'The one-time code; only in the answer that creates the invitation' })
  code?: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;
}
