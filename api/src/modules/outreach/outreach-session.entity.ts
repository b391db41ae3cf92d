import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { NoClientData } from '../../access';
import { Organisation, ServiceCategory } from '../service-map';
import { OutreachMaterialKind } from './outreach-material-kind.entity';
import { OutreachPlace } from './outreach-place.entity';
import { OutreachTopic } from './taxonomy';

/**
 * One outreach round: where, when, who went, how many people were met and what was handed
 * out, talked about and referred. Counts only: no row of the outreach tables names or links
 * to a client (tests/integration/outreach/no-client-identity.test.ts reads the catalogue).
 * The id is made by the phone that logged it, so a repeated send stores it once.
 */
@NoClientData('an outreach round in aggregate: counts, topics and a place, no client identity')
@ObjectType({ description: 'An outreach session on the street, in a venue or online, without any client identity.' })
@Entity('outreach_sessions')
@Index(['organisationId', 'startsAt'])
@Check('outreach_sessions_span', '"ends_at" > "starts_at"')
@Check('outreach_sessions_contacts', '"contacts_new" >= 0 AND "contacts_new" <= "contacts_total"')
export class OutreachSession {
  @Field(() => ID, { description: 'Made by the device that logged the session (a UUID)' })
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid' })
  placeId: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  endsAt: Date;

  /** Members of the organisation who went (users), shown by name through the team loader. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  colleagueUserIds: string[];

  @Field(() => Int, { description: 'Peer workers who went (a count, by role)' })
  @Column({ type: 'int', default: 0 })
  peerWorkers: number;

  @Field(() => Int, { description: 'Experience experts who went (a count, by role)' })
  @Column({ type: 'int', default: 0 })
  experienceExperts: number;

  @Field(() => Int, { description: 'People spoken with' })
  @Column({ type: 'int' })
  contactsTotal: number;

  @Field(() => Int, { description: 'Of whom met for the first time' })
  @Column({ type: 'int' })
  contactsNew: number;

  @Field(() => [String], { description: 'ISO 639-1 codes of the languages spoken' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Field(() => [OutreachTopic])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: OutreachTopic[];

  @Field(() => String, {
    nullable: true,
    description: 'What the workers noticed (violence, exploitation, a new location); must not name anyone',
  })
  @NoClientData(
    'sensitive free text about the scene (violence, exploitation, a new location), not about a client: the form asks not to name anyone, and only the organisation reads it',
  )
  @Column({ type: 'text', nullable: true })
  signals: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  updatedByUserId: string | null;

  @Field(() => Int, { description: 'Goes up with every edit; an edit names the version it started from' })
  @Column({ type: 'int', default: 1 })
  version: number;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @ManyToOne(() => OutreachPlace, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'place_id' })
  place?: OutreachPlace;
}

/** How many of one material kind a session handed out. */
@NoClientData('a count of handed-out material')
@ObjectType({ description: 'How many of one kind of material were handed out.' })
@Entity('outreach_session_materials')
export class OutreachSessionMaterial {
  @PrimaryColumn({ type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ type: 'uuid' })
  materialKindId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  count: number;

  @ManyToOne(() => OutreachSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: OutreachSession;

  @ManyToOne(() => OutreachMaterialKind, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'material_kind_id' })
  materialKind?: OutreachMaterialKind;
}

/** How many referrals of one category were made on the spot. */
@NoClientData('a count of referrals made on the spot, per category; no client')
@ObjectType({ description: 'How many people were referred on the spot to one category of service.' })
@Entity('outreach_session_referrals')
export class OutreachSessionReferral {
  @PrimaryColumn({ type: 'uuid' })
  sessionId: string;

  @Field(() => ServiceCategory)
  @PrimaryColumn({ type: 'text' })
  category: ServiceCategory;

  @Field(() => Int)
  @Column({ type: 'int' })
  count: number;

  @ManyToOne(() => OutreachSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: OutreachSession;
}
