import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Public, type RequestContext } from '../../context';
import { Organisation, organisationById } from '../service-map';
import { AcceptInvitationArgs, InviteMemberArgs } from './dto/membership.args';
import { Invitation } from './invitation.entity';
import { Member } from './member.type';
import { MemberRole } from './membership.entity';
import { MembershipService } from './membership.service';
import { Session } from './session.type';

@Resolver(() => Invitation)
export class InvitationResolver {
  @Authorized()
  @Mutation(() => Invitation, {
    description: 'Invites someone to an organisation (its admins, coordinators). The code is shown once and works once, for 7 days.',
  })
  inviteMember(@Args(() => InviteMemberArgs) args: InviteMemberArgs, @Ctx() ctx: RequestContext): Promise<Invitation> {
    return new MembershipService(ctx).invite(args);
  }

  @Public()
  @Mutation(() => Session, {
    description:
      'Joins an organisation with an invitation code and signs in, like login (throttle, two-factor step). An invitation for one e-mail address ' +
      'creates the account when that address has none; otherwise the account signs in with its own password (and code).',
  })
  acceptInvitation(@Args(() => AcceptInvitationArgs) args: AcceptInvitationArgs, @Ctx() ctx: RequestContext): Promise<Session> {
    return new MembershipService(ctx).accept(args);
  }

  @Authorized()
  @Mutation(() => Invitation, { description: 'Makes an open invitation unusable.' })
  revokeInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Invitation> {
    return new MembershipService(ctx).revokeInvitation(id);
  }

  @Authorized()
  @Mutation(() => Member, { description: "Changes a member's role; CONFLICT when it would leave the organisation without an admin." })
  changeMemberRole(
    @Arg('membershipId', () => ID) membershipId: string,
    @Arg('role', () => MemberRole) role: MemberRole,
    @Ctx() ctx: RequestContext,
  ): Promise<Member> {
    return new MembershipService(ctx).changeRole(membershipId, role);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Takes someone out of an organisation; CONFLICT for its last admin.' })
  removeMember(@Arg('membershipId', () => ID) membershipId: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new MembershipService(ctx).remove(membershipId);
  }

  @FieldResolver(() => Organisation)
  async organisation(@Root() invitation: Invitation, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await ctx.loader(organisationById).load(invitation.organisationId))!;
  }
}
