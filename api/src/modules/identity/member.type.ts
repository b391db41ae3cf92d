import { NoClientData } from '../../access';
import { Field, ID, ObjectType } from 'type-graphql';
import { MemberRole } from './membership.entity';

@NoClientData('a worker of an organisation, not a client')
@ObjectType({ description: 'The person behind a membership, as their colleagues see them.' })
export class MemberUser {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  displayName: string;

  @Field(() => String)
  email: string;
}

@NoClientData('a worker of an organisation, not a client')
@ObjectType({ description: "A member of an organisation: their membership (the id is the membership's) and who they are." })
export class Member {
  @Field(() => ID, { description: 'The membership id' })
  id: string;

  organisationId: string;

  @Field(() => MemberRole)
  role: MemberRole;

  @Field(() => MemberUser)
  user: MemberUser;

  @Field(() => Date)
  createdAt: Date;
}
