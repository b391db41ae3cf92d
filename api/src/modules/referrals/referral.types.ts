import { NoClientData, ClientDataType } from '../../access/client-data';
import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PageArgs, Connection } from '../../common/pagination';
import { ReferralStatus } from './referral-enums';
import { Referral } from './referral.entity';

@ObjectType('ReferralConnection')
export class ReferralConnection extends Connection(Referral, 'Referral') {}

@ClientDataType(null)
@ObjectType({ description: 'The planned first meeting of a warm handoff' })
export class Introduction {
  @Field(() => Date, { nullable: true })
  plannedAt: Date | null;

  @Field(() => String, { nullable: true })
  place: string | null;

  @Field(() => String, { nullable: true, description: 'Who accompanies the client' })
  accompaniedBy: string | null;

  @Field(() => Boolean, { description: 'The client will contact the service themselves' })
  clientWillCall: boolean;
}

@NoClientData('a worker on a referral')
@ObjectType({ description: 'A worker named on a referral' })
export class ReferralPerson {
  @Field(() => ID, { nullable: true })
  id: string | null;

  @Field(() => String)
  name: string;
}

@NoClientData('counts of referrals, no client')
@ObjectType({ description: 'What the navigation shows as unread; pushed by the inboxChanged subscription' })
export class InboxCounts {
  @Field(() => Int, { description: 'SENT referrals to your organisation that you have not opened' })
  unreadReferralCount: number;

  @Field(() => Int)
  unreadNotificationCount: number;
}

@ArgsType()
export class InboxArgsType extends PageArgs {
  @Field(() => ReferralStatus, { nullable: true })
  status?: ReferralStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Only SENT referrals past their due date' })
  overdueOnly?: boolean | null;
}

@ArgsType()
export class SentArgsType extends PageArgs {
  @Field(() => ReferralStatus, { nullable: true })
  status?: ReferralStatus | null;
}

@NoClientData('aggregates per service, small counts suppressed')
@ObjectType({
  description:
    'Referral figures of one service, aggregates only. A count between 1 and the threshold is suppressed (null) so that no one can be singled out; waiting times are given only when the waiting count is shown.',
})
export class ServiceReferralStatistics {
  @Field(() => ID)
  serviceId: string;

  @Field(() => String)
  serviceName: string;

  @Field(() => String)
  organisationName: string;

  @Field(() => Int, { nullable: true, description: 'SENT and not yet answered' })
  waiting: number | null;

  @Field(() => Float, { nullable: true })
  medianWaitingHours: number | null;

  @Field(() => Float, { nullable: true })
  maxWaitingHours: number | null;

  @Field(() => Int, { nullable: true, description: 'Accepted in the last 90 days' })
  accepted90d: number | null;

  @Field(() => Int, { nullable: true })
  declined90d: number | null;

  @Field(() => Int, { nullable: true })
  expired90d: number | null;
}
