import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NoClientData } from '../../access';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Location } from './location.entity';
import { Organisation } from './organisation.entity';
import { CapacityStatus, ListingStatus, ServiceCategory, TargetGroup } from './taxonomy';

@NoClientData('the service map')
@ObjectType({ description: 'What an organisation offers, for whom, where and how to refer (HSDS service).' })
@Entity('services')
// The map is listed by name then id (the cursor's order).
@Index(['name', 'id'])
// Trigram index on search_text (gin_trgm_ops), made by hand in migration IndexedTextSearch.
@Index('IDX_services_search_text', { synchronize: false })
export class Service {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  organisationId: string;

  /** Everything the service is found by, folded; kept by triggers (migration IndexedTextSearch), never written by the API. */
  @Column({ type: 'text', default: '', select: false, insert: false, update: false })
  searchText: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  alternateName: string | null;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => [ServiceCategory])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  categories: ServiceCategory[];

  @Field(() => [TargetGroup])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  targetGroups: TargetGroup[];

  @Field(() => [String], { description: 'ISO 639-1 language codes' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Field(() => [String], { description: 'ISO 3166-2 regions or countries served' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  serviceAreas: string[];

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  minimumAge: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  maximumAge: number | null;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  eligibility: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  fees: string;

  @Field(() => String, { description: 'How a client or worker applies or refers' })
  @Column({ type: 'text', default: '' })
  applicationProcess: string;

  @Field(() => Boolean, { description: 'A client can be helped without giving a legal name' })
  @Column({ type: 'boolean', default: false })
  anonymousAccess: boolean;

  @Field(() => String, { description: 'Opening hours and when to come, in words' })
  @Column({ type: 'text', default: '' })
  schedule: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  contactName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  contactPhone: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  contactEmail: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Field(() => CapacityStatus)
  @Column({ type: 'text', default: CapacityStatus.AVAILABLE })
  capacityStatus: CapacityStatus;

  @Field(() => Int, { nullable: true, description: 'Typical days before a first meeting' })
  @Column({ type: 'int', nullable: true })
  waitingDays: number | null;

  @Field(() => ListingStatus)
  @Column({ type: 'text', default: ListingStatus.ACTIVE })
  status: ListingStatus;

  @Field(() => Date, { description: 'When the organisation last confirmed this listing is true' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastConfirmedAt: Date;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @ManyToMany(() => Location)
  @JoinTable({ name: 'service_locations', joinColumn: { name: 'service_id' }, inverseJoinColumn: { name: 'location_id' } })
  locations?: Location[];
}
