import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ClientData, ClientDataType, NoClientData, Scope } from '../../access';
import { Client } from '../clients';
import { LifeDomain } from './taxonomy';

/** One domain's rating in an assessment, on the self-sufficiency matrix's five steps. */
@ClientDataType(Scope.LIFE_DOMAINS)
@ObjectType({ description: "One life domain's rating in an assessment." })
export class LifeDomainRating {
  @Field(() => LifeDomain)
  domain: LifeDomain;

  @Field(() => Int, { description: '1 (acute problem) to 5 (fully self-reliant), the steps of the Dutch self-sufficiency matrix (ZRM)' })
  rating: number;
}

/**
 * An assessment of the life domains on one day: kept next to the earlier ones (never replaced),
 * so a plan shows how the situation changed. Part of the LIFE_DOMAINS section.
 */
@ObjectType({ description: 'An assessment of the life domains on one day, kept next to the earlier ones (the LIFE_DOMAINS section).' })
@Entity('life_domain_assessments')
@Index(['clientId', 'assessedOn'])
export class LifeDomainAssessment {
  @NoClientData('an id')
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @NoClientData('an id')
  @Field(() => ID)
  @Column({ type: 'uuid' })
  clientId: string;

  @Column({ type: 'uuid' })
  ownerOrganisationId: string;

  /** The organisation whose worker made the assessment. */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @NoClientData('an organisation')
  @Field(() => String, { description: 'The organisation whose worker made the assessment' })
  @Column({ type: 'text', default: '' })
  organisationName: string;

  @Column({ type: 'uuid', nullable: true })
  assessedByUserId: string | null;

  @NoClientData('a worker')
  @Field(() => String, { description: 'The worker who made it' })
  @Column({ type: 'text', default: '' })
  assessedByName: string;

  @NoClientData('the day of an assessment loaded only through the access rule')
  @Field(() => String, { description: 'The day of the assessment, YYYY-MM-DD' })
  @Column({ type: 'date' })
  assessedOn: string;

  @ClientData<LifeDomainAssessment>({ section: Scope.LIFE_DOMAINS, client: (a) => a.clientId })
  @Field(() => [LifeDomainRating], { description: 'The domains rated this time (others were not assessed)' })
  @Column({ type: 'jsonb' })
  ratings: LifeDomainRating[];

  @NoClientData('when it was written down')
  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;
}
