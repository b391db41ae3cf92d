import { ArrayMaxSize, IsIn, IsInt, IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LANGUAGES, REGIONS, ServiceCategory } from '../../service-map';
import { OUTREACH_LIMITS, OutreachPlaceKind, OutreachTopic } from '../taxonomy';

@InputType({ description: 'How many of one material kind were handed out.' })
export class OutreachMaterialCountInput {
  @Field(() => ID)
  @IsUUID()
  materialKindId: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(OUTREACH_LIMITS.count)
  count: number;
}

@InputType({ description: 'How many people were referred on the spot to one category of service.' })
export class OutreachReferralCountInput {
  @Field(() => ServiceCategory)
  category: ServiceCategory;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(OUTREACH_LIMITS.count)
  count: number;
}

@InputType({ description: 'An outreach session as a worker logs it: counts only, never a name.' })
export class OutreachSessionInput {
  @Field(() => ID)
  @IsUUID()
  placeId: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date, { description: 'After startsAt (a night round may end after midnight)' })
  endsAt: Date;

  @Field(() => [ID], { defaultValue: [], description: 'Members of your organisation who went' })
  @ArrayMaxSize(OUTREACH_LIMITS.peers)
  @IsUUID('all', { each: true })
  colleagueIds: string[];

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(OUTREACH_LIMITS.peers)
  peerWorkers: number;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(OUTREACH_LIMITS.peers)
  experienceExperts: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(OUTREACH_LIMITS.count)
  contactsTotal: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(OUTREACH_LIMITS.count)
  contactsNew: number;

  @Field(() => [String], { defaultValue: [], description: 'ISO 639-1 codes' })
  @ArrayMaxSize(LANGUAGES.length)
  @IsIn([...LANGUAGES], { each: true, message: 'must be ISO 639-1 language codes Brug knows' })
  languages: string[];

  @Field(() => [OutreachTopic], { defaultValue: [] })
  @ArrayMaxSize(Object.keys(OutreachTopic).length)
  topics: OutreachTopic[];

  @Field(() => [OutreachMaterialCountInput], { defaultValue: [] })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  materials: OutreachMaterialCountInput[];

  @Field(() => [OutreachReferralCountInput], { defaultValue: [] })
  @ArrayMaxSize(Object.keys(ServiceCategory).length)
  @ValidateNested({ each: true })
  referrals: OutreachReferralCountInput[];

  @Field(() => String, { nullable: true, description: 'Violence, exploitation, a new location...: what was seen, never who' })
  @IsOptional()
  @MaxLength(OUTREACH_LIMITS.signals)
  signals?: string | null;
}

@InputType({ description: 'A place of the outreach round.' })
export class OutreachPlaceInput {
  @Field(() => String)
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(OUTREACH_LIMITS.name)
  name: string;

  @Field(() => OutreachPlaceKind)
  kind: OutreachPlaceKind;

  @Field(() => String, { description: 'ISO 3166-2 region, e.g. BE-BRU' })
  @IsIn(REGIONS.filter((r) => r.includes('-')), { message: 'must be a region such as BE-VAN or NL-GE' })
  region: string;

  @Field(() => Boolean, { defaultValue: false })
  archived: boolean;
}

@InputType({ description: 'A kind of material handed out on outreach.' })
export class OutreachMaterialKindInput {
  @Field(() => String)
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(OUTREACH_LIMITS.name)
  name: string;

  @Field(() => Boolean, { defaultValue: false })
  archived: boolean;
}
