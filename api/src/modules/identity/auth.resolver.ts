import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Public, type RequestContext } from '../../context';
import { Organisation, organisationById } from '../service-map';
import { AuthService } from './auth.service';
import { LoginArgs } from './dto/login.args';
import { membershipsByUser } from './identity.loaders';
import { Membership, MemberRole } from './membership.entity';
import { Session } from './session.type';
import { Locale, User } from './user.entity';

@Resolver(() => User)
export class AuthResolver {
  @Public()
  @Mutation(() => Session, { description: 'Signs in; sets an httpOnly cookie for the web and returns a token for API clients.' })
  login(@Args(() => LoginArgs) { email, password, code }: LoginArgs, @Ctx() ctx: RequestContext): Promise<Session> {
    return new AuthService(ctx).login(email, password, code);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends every session of this user, on every device.' })
  signOutEverywhere(@Ctx() ctx: RequestContext): Promise<boolean> {
    return new AuthService(ctx).signOutEverywhere();
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends this session.' })
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return new AuthService(ctx).logout();
  }

  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Ctx() ctx: RequestContext): Promise<User | null> {
    return new AuthService(ctx).me();
  }

  @Authorized()
  @Mutation(() => User, { description: 'Remembers the interface language for this user.' })
  setLocale(@Arg('locale', () => Locale) locale: Locale, @Ctx() ctx: RequestContext): Promise<User> {
    return new AuthService(ctx).setLocale(locale);
  }

  @Authorized()
  @Mutation(() => User, { description: 'Acts for another of your organisations from the next request on.' })
  switchOrganisation(@Arg('organisationId', () => ID) organisationId: string, @Ctx() ctx: RequestContext): Promise<User> {
    return new AuthService(ctx).switchOrganisation(organisationId);
  }

  @FieldResolver(() => [Membership])
  memberships(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Membership[]> {
    return ctx.loader(membershipsByUser).load(user.id);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation this session acts for' })
  async activeOrganisation(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Organisation | null> {
    const orgId = ctx.viewer?.userId === user.id ? ctx.viewer.organisationId : null;
    if (!orgId) return null;
    // The organisation a session acts for is one of the user's memberships: found with them, in one statement.
    const membership = (await ctx.loader(membershipsByUser).load(user.id)).find((m) => m.organisationId === orgId);
    return membership?.organisation ?? ctx.loader(organisationById).load(orgId);
  }

  @FieldResolver(() => MemberRole, { nullable: true, description: 'Role in the active organisation' })
  activeRole(@Root() user: User, @Ctx() ctx: RequestContext): MemberRole | null {
    return ctx.viewer?.userId === user.id ? ctx.viewer.role : null;
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Organisation)
  async organisation(@Root() membership: Membership, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await ctx.loader(organisationById).load(membership.organisationId))!;
  }
}
