import { IsEmail, IsNotEmpty, IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { MemberRole } from '../membership.entity';
import { MIN_PASSWORD_LENGTH } from '../password';

@ArgsType()
export class InviteMemberArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a known organisation id' })
  organisationId: string;

  @Field(() => MemberRole)
  role: MemberRole;

  @Field(() => String, { nullable: true, description: 'When given, only this address can accept the invitation' })
  @IsOptional()
  @IsEmail({}, { message: 'must be an e-mail address' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Who it is for, to recognise the invitation in the list' })
  @IsOptional()
  @MaxLength(200)
  displayName?: string | null;
}

@ArgsType()
export class AcceptInvitationArgs {
  @Field(() => String)
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100)
  code: string;

  @Field(() => String)
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field(() => String, { description: 'Your name as colleagues see it (kept as it is for an existing account)' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  displayName: string;

  @Field(() => String, { description: `At least ${MIN_PASSWORD_LENGTH} characters; for an existing account, its current password` })
  @MinLength(MIN_PASSWORD_LENGTH, { message: `must be at least ${MIN_PASSWORD_LENGTH} characters long` })
  @MaxLength(200)
  password: string;

  @Field(() => String, {
    nullable: true,
    description: 'For an existing account with two-factor sign-in on: the code from the authenticator app, or a recovery code',
  })
  @IsOptional()
  @MaxLength(100)
  twoFactorCode?: string | null;
}
