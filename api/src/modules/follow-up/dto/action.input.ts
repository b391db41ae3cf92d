import { IsNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ACTION_TEXT_MAX, NOTE_MAX } from '../taxonomy';

export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'A new action under a goal' })
export class AddActionInput {
  @Field(() => ID)
  goalId: string;

  @Field(() => String, { description: `What will be done, at most ${ACTION_TEXT_MAX} characters` })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(ACTION_TEXT_MAX)
  description: string;

  @Field(() => String, { description: 'Due date, YYYY-MM-DD' })
  @Matches(ISO_DAY, { message: 'must be a date as YYYY-MM-DD' })
  dueOn: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The organisation that does it: the client's own organisation or one holding a live consent (CarePlan.followingOrganisations). Default: yours.",
  })
  @IsOptional()
  organisationId?: string | null;
}

@InputType({ description: 'Completes an open action' })
export class CompleteActionInput {
  @Field(() => ID)
  actionId: string;

  @Field(() => Boolean, { description: 'true: done; false: not done (say why in the note)' })
  done: boolean;

  @Field(() => String, { nullable: true, description: `At most ${NOTE_MAX} characters` })
  @IsOptional()
  @MaxLength(NOTE_MAX)
  note?: string | null;
}
