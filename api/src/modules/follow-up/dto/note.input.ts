import { IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ContactType, NOTE_MAX } from '../taxonomy';

@InputType({ description: 'A contact note (the NOTES section)' })
export class AddNoteInput {
  @Field(() => ID)
  clientId: string;

  @Field(() => ContactType)
  contactType: ContactType;

  @Field(() => Date, { nullable: true, description: 'When the contact took place; default now; not in the future' })
  @IsOptional()
  contactAt?: Date | null;

  @Field(() => String, { description: `At most ${NOTE_MAX} characters` })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(NOTE_MAX)
  text: string;
}
