import { ArrayMaxSize, IsIn, IsInt, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { LANGUAGES, REGIONS } from '../../service-map';
import { AgeRange, ContactChannel, ExitWish, LifeDomain, RiskLevel, SexWorkContext, TraffickingIndicator, ViolenceKind } from '../section-types';

const SHORT = 200;
const NOTE = 2000;

@InputType({ description: 'Replaces the IDENTITY section.' })
export class IdentityInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SHORT)
  legalName?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'must be a date as YYYY-MM-DD' })
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9A-Za-z .-]{4,30}$/, { message: 'must be 4 to 30 digits, letters, dots, dashes or spaces' })
  nationalNumber?: string | null;
}

@InputType({ description: 'Replaces the CONTACT section, with its safe-contact rules.' })
export class ContactInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()./-]{6,25}$/, { message: 'must be a phone number' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SHORT)
  messaging?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  address?: string | null;

  @Field(() => ContactChannel, { nullable: true })
  preferredChannel?: ContactChannel | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SHORT)
  safeTimes?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  doNotContact: boolean = false;

  @Field(() => Boolean, { defaultValue: false })
  phoneMayBeReadByOthers: boolean = false;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  codeWord?: string | null;
}

@InputType({ description: 'Replaces the PROFILE section.' })
export class ProfileInput {
  @Field(() => AgeRange, { nullable: true })
  ageRange?: AgeRange | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  genderIdentity?: string | null;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  @IsIn(LANGUAGES, { each: true, message: `each language must be one of ${LANGUAGES.join(', ')}` })
  languages: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(REGIONS, { message: `must be one of ${REGIONS.join(', ')}` })
  region?: string | null;
}

@InputType()
export class LifeDomainSituationInput {
  @Field(() => LifeDomain)
  domain: LifeDomain;

  @Field(() => Int, { nullable: true, description: '1 (acute problem) to 5 (fully self-reliant)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  rating?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(NOTE)
  note?: string | null;
}

@InputType({ description: 'Replaces the LIFE_DOMAINS section; each domain at most once.' })
export class LifeDomainsInput {
  @Field(() => [LifeDomainSituationInput])
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  domains: LifeDomainSituationInput[];
}

@InputType({ description: 'Replaces the HEALTH section.' })
export class HealthInput {
  @Field(() => Boolean, { nullable: true })
  insured?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  hasGeneralPractitioner?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(NOTE)
  substanceUse?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(NOTE)
  note?: string | null;
}

@InputType({ description: 'Replaces the SEX_WORK section.' })
export class SexWorkInput {
  @Field(() => [SexWorkContext], { defaultValue: [] })
  contexts: SexWorkContext[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50)
  workingSince?: string | null;

  @Field(() => ExitWish, { nullable: true })
  exitWish?: ExitWish | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(NOTE)
  note?: string | null;
}

@InputType({ description: 'Replaces the SAFETY section.' })
export class SafetyInput {
  @Field(() => RiskLevel, { nullable: true })
  riskLevel?: RiskLevel | null;

  @Field(() => [ViolenceKind], { defaultValue: [] })
  violence: ViolenceKind[];

  @Field(() => [TraffickingIndicator], { defaultValue: [] })
  traffickingIndicators: TraffickingIndicator[];

  @Field(() => Boolean, { nullable: true })
  safetyPlanAgreed?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(NOTE)
  note?: string | null;
}

@InputType({ description: 'Replaces the NOTES section.' })
export class NotesInput {
  @Field(() => String)
  @MaxLength(5000)
  text: string;
}
