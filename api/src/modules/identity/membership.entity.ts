import { NoClientData, MemberRole } from '../../access';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organisation } from '../service-map';
import { User } from './user.entity';

export { MemberRole };

@NoClientData('a worker and an organisation, not a client')
@ObjectType({ description: 'A user belongs to an organisation with a role.' })
@Entity('memberships')
@Index(['userId', 'organisationId'], { unique: true })
export class Membership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Index()
  @Column({ type: 'uuid' })
  organisationId: string;

  @Field(() => MemberRole)
  @Column({ type: 'text' })
  role: MemberRole;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => User, (u) => u.memberships, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;
}
