import { IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { GOAL_TEXT_MAX, GoalStatus, LifeDomain } from '../taxonomy';

@InputType({ description: 'A new goal of the care plan' })
export class AddGoalInput {
  @Field(() => ID)
  clientId: string;

  @Field(() => LifeDomain)
  lifeDomain: LifeDomain;

  @Field(() => String, { description: `In the client's own words, at most ${GOAL_TEXT_MAX} characters` })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(GOAL_TEXT_MAX)
  text: string;

  @Field(() => GoalStatus, { nullable: true, defaultValue: GoalStatus.OPEN })
  @IsOptional()
  status?: GoalStatus;
}

@InputType({ description: 'Changes to a goal; fields left out stay as they are' })
export class UpdateGoalInput {
  @Field(() => LifeDomain, { nullable: true })
  @IsOptional()
  lifeDomain?: LifeDomain;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(GOAL_TEXT_MAX)
  text?: string;

  @Field(() => GoalStatus, { nullable: true })
  @IsOptional()
  status?: GoalStatus;
}
