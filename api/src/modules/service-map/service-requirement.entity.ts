import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NoClientData } from '../../access/client-data';
import { Service } from './service.entity';

/** What kind of thing a service asks of a referral. */
export enum RequirementKind {
  /** A yes/no question about the person ("Is the person 18 or older?"). */
  QUESTION = 'QUESTION',
  /** A document or piece of information that must accompany the referral ("Proof of residence"). */
  DOCUMENT = 'DOCUMENT',
}
registerEnumType(RequirementKind, { name: 'RequirementKind', description: 'A yes/no eligibility question, or a document that must accompany the referral' });

/**
 * One thing a service says a referral must contain, in the order the service lists them. The
 * wizard asks each; the answers are kept on the referral with the text as it was asked, so a
 * later edit here never changes what was answered.
 */
@NoClientData('the service map')
@ObjectType({ description: 'What a service asks of every referral: a yes/no question or a document (HSDS eligibility / required_document).' })
@Entity('service_requirements')
@Index(['serviceId', 'position'])
export class ServiceRequirement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  serviceId: string;

  @Field(() => Int, { description: 'Its place in the list, from 0' })
  @Column({ type: 'int' })
  position: number;

  @Field(() => RequirementKind)
  @Column({ type: 'text' })
  kind: RequirementKind;

  @Field(() => String, { description: 'The question, or the document or information asked for' })
  @Column({ type: 'text' })
  text: string;

  @Field(() => Boolean, { description: "A question: 'no' means the person is not eligible (the sender is warned and must say why they refer anyway)" })
  @Column({ type: 'boolean', default: false })
  notEligibleWhenNo: boolean;

  @ManyToOne(() => Service, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id' })
  service?: Service;
}
