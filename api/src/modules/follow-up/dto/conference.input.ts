import { ArrayMaxSize, ArrayMinSize, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LifeDomain } from '../taxonomy';

@InputType({ description: 'A case conference to plan (the lead organisation)' })
export class PlanCaseConferenceInput {
  @Field(() => ID)
  clientId: string;

  @Field(() => Date)
  plannedAt: Date;

  @Field(() => String, { nullable: true, description: 'Where (or how: video call), at most 200 characters' })
  @IsOptional()
  @MaxLength(200)
  place?: string | null;

  @Field(() => String, { description: 'The agenda, at most 2000 characters' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(2000)
  agenda: string;

  @Field(() => [ID], { description: 'The organisations invited: only the client’s own organisation and those with a live consent' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  invitedOrganisationIds: string[];
}

@InputType({ description: 'Who attended a case conference and what was discussed' })
export class RecordCaseConferenceInput {
  @Field(() => ID)
  id: string;

  @Field(() => [ID], { description: 'Organisations that attended (from those invited)' })
  @ArrayMaxSize(20)
  attendedOrganisationIds: string[];

  @Field(() => String, { nullable: true, description: 'What was discussed, at most 4000 characters' })
  @IsOptional()
  @MaxLength(4000)
  minutes?: string | null;
}

@InputType({ description: 'A decision of a case conference, written straight onto the plan as an action (under a goal, or a new goal)' })
export class AddConferenceDecisionInput {
  @Field(() => ID)
  conferenceId: string;

  @Field(() => ID, { nullable: true, description: 'The goal it serves; leave out to add a new goal (lifeDomain and goalText)' })
  @IsOptional()
  goalId?: string | null;

  @Field(() => LifeDomain, { nullable: true })
  @IsOptional()
  lifeDomain?: LifeDomain | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  goalText?: string | null;

  @Field(() => String, { description: 'What will be done' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(1000)
  description: string;

  @Field(() => ID, { description: 'Who does it (an organisation that follows the client)' })
  organisationId: string;

  @Field(() => String, { description: 'By when, YYYY-MM-DD' })
  dueOn: string;
}
