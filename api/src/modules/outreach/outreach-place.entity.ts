import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NoClientData } from '../../access';
import { Organisation } from '../service-map';
import { OutreachPlaceKind } from './taxonomy';

/** A place on an organisation's own outreach round, kept by its admin. */
@NoClientData('a zone, venue or platform the organisation goes to; names no person')
@ObjectType({ description: "A place of the organisation's outreach: a zone, venue, private house or online platform." })
@Entity('outreach_places')
@Index(['organisationId', 'name'], { unique: true })
export class OutreachPlace {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => OutreachPlaceKind)
  @Column({ type: 'text' })
  kind: OutreachPlaceKind;

  @Field(() => String, { description: 'ISO 3166-2 region, e.g. BE-BRU' })
  @Column({ type: 'text' })
  region: string;

  @Field(() => Boolean, { description: 'No longer offered for new sessions; past sessions keep it' })
  @Column({ type: 'boolean', default: false })
  archived: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;
}
