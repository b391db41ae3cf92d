import { IsNotEmpty, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ContactInput, HealthInput, IdentityInput, LifeDomainsInput, NotesInput, ProfileInput, SafetyInput, SexWorkInput } from './section.inputs';

export const PSEUDONYM_MAX = 80;

/** The sections an input may set; each one given replaces that section, left out ones stay. */
@InputType()
export abstract class ClientSectionsInput {
  @Field(() => IdentityInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  identity?: IdentityInput | null;

  @Field(() => ContactInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  contact?: ContactInput | null;

  @Field(() => ProfileInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  profile?: ProfileInput | null;

  @Field(() => LifeDomainsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  lifeDomains?: LifeDomainsInput | null;

  @Field(() => HealthInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  health?: HealthInput | null;

  @Field(() => SexWorkInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  sexWork?: SexWorkInput | null;

  @Field(() => SafetyInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  safety?: SafetyInput | null;

  @Field(() => NotesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  notes?: NotesInput | null;
}

@InputType({ description: 'A new client: a pseudonym (a nickname is enough) and whichever sections the client is ready to give.' })
export class CreateClientInput extends ClientSectionsInput {
  @Field(() => String)
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(PSEUDONYM_MAX)
  pseudonym: string;
}

@InputType({ description: 'Changes to a client: the pseudonym (owning organisation only) and sections; left out ones stay.' })
export class UpdateClientInput extends ClientSectionsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(PSEUDONYM_MAX)
  pseudonym?: string | null;
}
