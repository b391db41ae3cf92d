import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsUrl, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { NAME_MAX, TEXT_MAX } from './service.input';

export const COUNTRIES = ['BE', 'NL'] as const;

@InputType({ description: "Changes to an organisation's profile; fields left out stay as they are." })
export class UpdateOrganisationInput {
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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'must be an e-mail address' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be a web address starting with https://' })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'BE or NL' })
  @IsOptional()
  @IsIn(COUNTRIES, { message: 'must be BE or NL' })
  country?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(NAME_MAX)
  city?: string;
}

@InputType({ description: 'Who becomes the first admin of a new organisation; they join by accepting an invitation.' })
export class FirstAdminInput {
  @Field(() => String)
  @IsEmail({}, { message: 'must be an e-mail address' })
  email: string;

  @Field(() => String)
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(NAME_MAX)
  displayName: string;
}

@InputType({ description: 'A new organisation of the network and its first admin.' })
export class CreateOrganisationInput extends UpdateOrganisationInput {
  @Field(() => String)
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(NAME_MAX)
  override name: string = '';

  @Field(() => String, { description: 'BE or NL' })
  @IsIn(COUNTRIES, { message: 'must be BE or NL' })
  override country: string = '';

  @Field(() => FirstAdminInput)
  @ValidateNested()
  firstAdmin: FirstAdminInput;
}
