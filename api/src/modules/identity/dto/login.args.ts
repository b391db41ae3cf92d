import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class LoginArgs {
  @Field(() => String)
  email: string;

  @Field(() => String)
  password: string;

  @Field(() => String, {
    nullable: true,
    description: 'The 6-digit code from the authenticator app, or a recovery code, when the account has two-factor sign-in on',
  })
  code?: string | null;
}
