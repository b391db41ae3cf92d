import { ArrayMaxSize, IsBoolean, IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsUrl, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { RequirementKind } from '../service-requirement.entity';
import { CapacityStatus, LANGUAGES, REGIONS, ServiceCategory, TargetGroup } from '../taxonomy';
import { WaitingDaysField } from './waiting-days';

export const NAME_MAX = 200;
export const TEXT_MAX = 5000;
const SHORT_TEXT_MAX = 2000;
export const REQUIREMENT_TEXT_MAX = 500;
export const REQUIREMENTS_MAX = 20;

@InputType({ description: 'One thing the service asks of every referral.' })
export class ServiceRequirementInput {
  @Field(() => ID, { nullable: true, description: 'An existing requirement of this service, to keep its id (answers on drafts refer to it)' })
  @IsOptional()
  @IsUUID('all', { message: 'is not a requirement id' })
  id?: string | null;

  @Field(() => RequirementKind)
  kind: RequirementKind;

  @Field(() => String, { description: 'The yes/no question, or the document or information asked for' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(REQUIREMENT_TEXT_MAX)
  text: string;

  @Field(() => Boolean, { defaultValue: false, description: "A question only: 'no' means the person is not eligible" })
  @IsBoolean()
  notEligibleWhenNo: boolean = false;
}

/** The fields of a service listing; on update, a field left out stays as it is. */
@InputType({ description: 'Changes to a service listing; fields left out stay as they are.' })
export class UpdateServiceInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(NAME_MAX)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(NAME_MAX)
  alternateName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_MAX)
  description?: string;

  @Field(() => [ServiceCategory], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(Object.keys(ServiceCategory).length)
  categories?: ServiceCategory[];

  @Field(() => [TargetGroup], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(Object.keys(TargetGroup).length)
  targetGroups?: TargetGroup[];

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes' })
  @IsOptional()
  @IsIn(LANGUAGES, { each: true, message: `each language must be one of ${LANGUAGES.join(', ')}` })
  languages?: string[];

  @Field(() => [String], { nullable: true, description: 'ISO 3166-2 regions or countries' })
  @IsOptional()
  @IsIn(REGIONS, { each: true, message: `each service area must be one of ${REGIONS.join(', ')}` })
  serviceAreas?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  minimumAge?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  maximumAge?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SHORT_TEXT_MAX)
  eligibility?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SHORT_TEXT_MAX)
  fees?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SHORT_TEXT_MAX)
  applicationProcess?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  anonymousAccess?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SHORT_TEXT_MAX)
  schedule?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(NAME_MAX)
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50)
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'must be an e-mail address' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be a web address starting with https://' })
  website?: string | null;

  @Field(() => CapacityStatus, { nullable: true })
  @IsOptional()
  capacityStatus?: CapacityStatus;

  @WaitingDaysField()
  waitingDays?: number | null;

  @Field(() => [ServiceRequirementInput], { nullable: true, description: 'What every referral must contain, in this order; replaces the list' })
  @IsOptional()
  @ArrayMaxSize(REQUIREMENTS_MAX)
  @ValidateNested({ each: true })
  requirements?: ServiceRequirementInput[];

  @Field(() => [ID], { nullable: true, description: "Where it is delivered: locations of the service's organisation" })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'each location id must be an id of a location' })
  locationIds?: string[];
}

@InputType({ description: 'A new service listing of an organisation.' })
export class ServiceInput extends UpdateServiceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a known organisation id' })
  organisationId: string;

  @Field(() => String)
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(NAME_MAX)
  override name: string = '';
}
