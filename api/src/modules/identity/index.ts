import { AuthResolver, MembershipResolver } from './auth.resolver';
import { Membership } from './membership.entity';
import { SessionRecord } from './session.entity';
import { User } from './user.entity';

export const identityModule = {
  entities: [User, Membership, SessionRecord],
  resolvers: [AuthResolver, MembershipResolver],
} as const;
