import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NoClientData } from '../../access';
import { Organisation } from '../service-map';

/** A kind of material the organisation hands out (condoms, lube, syringes, leaflets...), kept by its admin. */
@NoClientData('a kind of material, such as condoms or leaflets')
@ObjectType({ description: 'A kind of material the organisation hands out on outreach.' })
@Entity('outreach_material_kinds')
@Index(['organisationId', 'name'], { unique: true })
export class OutreachMaterialKind {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => Boolean, { description: 'No longer offered for new sessions; past sessions keep it' })
  @Column({ type: 'boolean', default: false })
  archived: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;
}
