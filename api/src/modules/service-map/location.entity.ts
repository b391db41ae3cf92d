import { NoClientData } from '../../access';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organisation } from './organisation.entity';
import { AddressVisibility } from './taxonomy';

/**
 * A place where services are delivered (HSDS location + address). The address is shown
 * according to `visibility`; the city and region stay visible so the map can still be searched.
 */
@NoClientData('the service map; address visibility is its own rule (readAddress)')
@ObjectType({ description: 'Where a service is delivered (HSDS location).' })
@Entity('locations')
export class Location {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  organisationId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  /** Street and number; resolved through the visibility rule, never exposed directly. */
  @Column({ type: 'text', default: '' })
  addressLine: string;

  @Column({ type: 'text', default: '' })
  postalCode: string;

  @Field(() => String)
  @Column({ type: 'text' })
  city: string;

  @Field(() => String, { description: 'ISO 3166-2 region, e.g. BE-VAN' })
  @Column({ type: 'text' })
  region: string;

  @Field(() => String)
  @Column({ type: 'text' })
  country: string;

  @Field(() => AddressVisibility)
  @Column({ type: 'text', default: AddressVisibility.PUBLIC })
  visibility: AddressVisibility;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  /**
   * True only when the loader that read this row decided in SQL that the viewer may see the
   * address (location.loaders.ts). Rows loaded any other way show no address: fail closed.
   */
  addressShown?: boolean;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;
}
