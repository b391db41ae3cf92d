import { AuthResolver, MembershipResolver } from './auth.resolver';
import { Invitation } from './invitation.entity';
import { InvitationResolver } from './membership.resolver';
import { OrganisationMembersResolver } from './organisation-members.resolver';
import { LoginThrottle } from './login-throttle.entity';
import { RecoveryCode } from './recovery-code.entity';
import { TwoFactorResolver } from './two-factor.resolver';
import { Membership } from './membership.entity';
import { SessionRecord } from './session.entity';
import { User } from './user.entity';

export const identityModule = {
  entities: [User, Membership, SessionRecord, Invitation, RecoveryCode, LoginThrottle],
  resolvers: [AuthResolver, MembershipResolver, InvitationResolver, TwoFactorResolver, OrganisationMembersResolver],
} as const;

// The public surface: what other modules may import from this one.
export { loadDemoTwoFactor } from './demo-two-factor';
export { LoginThrottler, type ThrottleKey } from './login-throttle';
export { MemberRole, Membership } from './membership.entity';
export { hashPassword } from './password';
export { SESSION_COOKIE, sessionLookupSql, viewerFromSessionRow } from './session.service';
export { twoFactorGate } from './two-factor-gate';
export { twoFactorEnrolmentRequiredError } from './two-factor.service';
export { Locale, NetworkRole, User } from './user.entity';
