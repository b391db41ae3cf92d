import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LifeDomain } from '../taxonomy';

@InputType()
export class LifeDomainRatingInput {
  @Field(() => LifeDomain)
  domain: LifeDomain;

  @Field(() => Int, { description: '1 (acute problem) to 5 (fully self-reliant)' })
  @IsInt()
  @Min(1)
  @Max(5)
  rating: number;
}

@InputType({ description: 'A new assessment of the life domains; the earlier ones are kept' })
export class RecordLifeDomainAssessmentInput {
  @Field(() => ID)
  clientId: string;

  @Field(() => String, { nullable: true, description: 'The day of the assessment, YYYY-MM-DD (today when left out; never in the future)' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD' })
  assessedOn?: string | null;

  @Field(() => [LifeDomainRatingInput], { description: 'At least one domain, each at most once' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  ratings: LifeDomainRatingInput[];
}
