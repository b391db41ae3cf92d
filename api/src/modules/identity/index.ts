import { AuthResolver, MembershipResolver } from './auth.resolver';
import { Invitation } from './invitation.entity';
import { InvitationResolver } from './membership.resolver';
import { Membership } from './membership.entity';
import { SessionRecord } from './session.entity';
import { User } from './user.entity';

export const identityModule = {
  entities: [User, Membership, SessionRecord, Invitation],
  resolvers: [AuthResolver, MembershipResolver, InvitationResolver],
} as const;
