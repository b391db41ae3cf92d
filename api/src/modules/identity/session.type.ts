import { NoClientData } from '../../access';
import { Field, ObjectType } from 'type-graphql';
import { User } from './user.entity';

@NoClientData('the signed-in worker')
@ObjectType({ description: 'A signed-in session. API clients send the token as `Authorization: Bearer`.' })
export class Session {
  @Field(() => String)
  token: string;

  @Field(() => User)
  user: User;

  @Field(() => Date)
  expiresAt: Date;
}
