import { ArgsType, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NoClientData } from '../../access';

export enum FiguresScope {
  /** Everyone's figures together (coordinators and every organisation). */
  NETWORK = 'NETWORK',
  /** The viewer's organisation: its clients and the referrals it sent, received or owns the client of. */
  ORGANISATION = 'ORGANISATION',
}
registerEnumType(FiguresScope, { name: 'FiguresScope', description: 'Whose figures: the whole network, or your own organisation' });

export enum FigureRowKind {
  STATUS = 'STATUS',
  CATEGORY = 'CATEGORY',
  REGION = 'REGION',
  MONTH = 'MONTH',
  SERVICE = 'SERVICE',
  ORGANISATION = 'ORGANISATION',
  DECLINE_REASON = 'DECLINE_REASON',
  OUTCOME = 'OUTCOME',
  LIFE_DOMAIN = 'LIFE_DOMAIN',
  CONSENT = 'CONSENT',
  /** A kind of material handed out on outreach (the label is its name). */
  MATERIAL = 'MATERIAL',
  /** A topic of outreach: a life domain or a harm-reduction theme. */
  TOPIC = 'TOPIC',
}
registerEnumType(FigureRowKind, { name: 'FigureRowKind', description: 'What the rows of a figure table are' });

@ArgsType()
export class FiguresArgs {
  @Field(() => FiguresScope, { defaultValue: FiguresScope.NETWORK })
  scope: FiguresScope;

  @Field(() => String, { nullable: true, description: 'A complete year (2026), quarter (2026-Q3) or month (2026-09); the last complete quarter by default' })
  period?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'An ISO 3166-2 region (BE-VAN; BE-NONE: a Belgian organisation without region); the whole network by default',
  })
  region?: string | null;

  @Field(() => String, { nullable: true, description: "A service category (the referred service's main one; NONE: without category); referral figures only" })
  category?: string | null;
}

@NoClientData('suppressed aggregates: counts of 1 to 4 people and their complements are null')
@ObjectType({ description: 'One row of a figure table.' })
export class FigureRow {
  @Field(() => String, { description: 'What the row counts: a status, category, region, month (2026-09), service or organisation id, reason...' })
  key: string;

  @Field(() => String, { nullable: true, description: 'The name of a service or organisation (the service map); null for coded keys' })
  label: string | null;

  @Field(() => [Int], { nullable: 'items', description: 'One count per column; null = suppressed (fewer than 5 people, or it would give such a count away)' })
  values: (number | null)[];
}

@NoClientData('suppressed aggregates: counts of 1 to 4 people and their complements are null')
@ObjectType({ description: 'A table of counts; every count is an aggregate, suppressed by the one small-count rule.' })
export class FigureTable {
  @Field(() => String, { description: 'Which figure: referralsByCategory, declineReasons, needs...' })
  name: string;

  @Field(() => FigureRowKind)
  rowKind: FigureRowKind;

  @Field(() => [String], { description: 'What each value counts (statuses, NEED/OTHER...)' })
  columns: string[];

  @Field(() => [FigureRow])
  rows: FigureRow[];

  @Field(() => FigureRow, { nullable: true, description: 'The totals of the columns, where they add up' })
  total: FigureRow | null;
}

@NoClientData('suppressed aggregates, never a client')
@ObjectType({
  description: 'Aggregate figures of the network or of your organisation for one period, region and category. No client is named or can be singled out.',
})
export class Figures {
  @Field(() => FiguresScope)
  scope: FiguresScope;

  @Field(() => String, { description: 'The period shown' })
  period: string;

  @Field(() => String, { nullable: true })
  region: string | null;

  @Field(() => String, { nullable: true })
  category: string | null;

  @Field(() => [String], { description: 'The complete periods there are figures for, newest first (years, quarters, months)' })
  periods: string[];

  @Field(() => [String], { description: 'The regions there are figures for' })
  regions: string[];

  @Field(() => Int, { description: 'Counts of fewer people than this are suppressed' })
  minimumCount: number;

  @Field(() => Float, { nullable: true, description: 'Median hours from sending to the first answer (accept or decline); null below 5 people' })
  medianAnswerHours: number | null;

  @Field(() => [FigureTable])
  tables: FigureTable[];
}
