import { IsIn, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ServiceCategory } from '../../service-map';
import { ReferralUrgency } from '../referral-enums';
import { ExternalReferralOutcome } from './external-referral.entity';

@InputType({ description: 'A referral to a service that is not on the map' })
export class CreateExternalReferralInput {
  @Field(() => ID)
  clientId: string;

  @Field(() => String, { description: 'The service’s name, at most 200 characters' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  serviceName: string;

  @Field(() => ServiceCategory, { description: 'What kind of service it is' })
  category: ServiceCategory;

  @Field(() => String, { description: 'Its city, at most 100 characters' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100)
  city: string;

  @Field(() => String, { nullable: true, description: 'How to reach it, in free text, at most 500 characters' })
  @IsOptional()
  @MaxLength(500)
  contact?: string | null;

  @Field(() => ReferralUrgency)
  @IsIn(Object.values(ReferralUrgency))
  urgency: ReferralUrgency;

  @Field(() => String, { description: 'Why, at most 2000 characters' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(2000)
  reason: string;

  @Field(() => String, { nullable: true, description: 'What the client wants, at most 2000 characters' })
  @IsOptional()
  @MaxLength(2000)
  clientWishes?: string | null;
}

@InputType({ description: 'How a referral outside the network went' })
export class RecordExternalReferralOutcomeInput {
  @Field(() => ID)
  id: string;

  @Field(() => ExternalReferralOutcome)
  outcome: ExternalReferralOutcome;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}
