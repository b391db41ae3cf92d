import { IsIn, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LANGUAGES, REGIONS, ServiceCategory, TargetGroup } from '../taxonomy';

@InputType({ description: 'What to look for on the service map; every given criterion must match.' })
export class ServiceFilter {
  @Field(() => String, { nullable: true, description: 'Words in the name, description, organisation or place (any language of a place name)' })
  @IsOptional()
  @MaxLength(200)
  text?: string | null;

  @Field(() => [ServiceCategory], { nullable: true, description: 'Offers at least one of these' })
  categories?: ServiceCategory[] | null;

  @Field(() => [String], { nullable: true, description: 'Offered in at least one of these languages (ISO 639-1)' })
  @IsOptional()
  @IsIn(LANGUAGES, { each: true, message: `each language must be one of ${LANGUAGES.join(', ')}` })
  languages?: string[] | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-2 region (BE-VAN) or country (BE): serves it or has a location in it' })
  @IsOptional()
  @IsIn(REGIONS, { message: `must be one of ${REGIONS.join(', ')}` })
  region?: string | null;

  @Field(() => [TargetGroup], { nullable: true, description: 'For at least one of these groups (services for EVERYONE always match)' })
  targetGroups?: TargetGroup[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: takes referrals now (AVAILABLE or WAITLIST); false: FULL or NOT_ACCEPTING' })
  acceptingNow?: boolean | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'is not a known organisation id' })
  organisationId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Also archived services, of the organisations whose services you may edit' })
  includeArchived?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Only listings not confirmed for more than this many months' })
  @IsOptional()
  @Min(0)
  @Max(120)
  notConfirmedSinceMonths?: number | null;
}
