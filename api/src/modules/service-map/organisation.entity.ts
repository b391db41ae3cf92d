import { NoClientData } from '../../access';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ListingStatus } from './taxonomy';

@NoClientData('the service map')
@ObjectType({ description: 'An organisation of the network (HSDS organization).' })
@Entity('organisations')
export class Organisation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  alternateName: string | null;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2: BE or NL' })
  @Column({ type: 'text' })
  country: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  city: string;

  @Field(() => ListingStatus)
  @Column({ type: 'text', default: ListingStatus.ACTIVE })
  status: ListingStatus;

  @Field(() => Boolean, { description: 'Every member must sign in with a second factor' })
  @Column({ type: 'boolean', default: false })
  requireTwoFactor: boolean;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
