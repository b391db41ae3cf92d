import { AuthResolver, MembershipResolver } from './auth.resolver';
import { Invitation } from './invitation.entity';
import { InvitationResolver } from './membership.resolver';
import { LoginThrottle } from './login-throttle.entity';
import { RecoveryCode } from './recovery-code.entity';
import { TwoFactorResolver } from './two-factor.resolver';
import { Membership } from './membership.entity';
import { SessionRecord } from './session.entity';
import { User } from './user.entity';

export const identityModule = {
  entities: [User, Membership, SessionRecord, Invitation, RecoveryCode, LoginThrottle],
  resolvers: [AuthResolver, MembershipResolver, InvitationResolver, TwoFactorResolver],
} as const;
