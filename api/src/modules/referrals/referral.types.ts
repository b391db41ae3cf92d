import { NoClientData, ClientDataType } from '../../access';
import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { PageArgs, Connection } from '../../common';
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
