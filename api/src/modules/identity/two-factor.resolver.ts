import { NoClientData, row } from '../../access';
import { OperationTypeNode, type GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Info, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { forbidden, notFound } from '../../common';
import type { RequestContext } from '../../context';
import { Organisation } from '../service-map';
import { twoFactorRequiredByUser } from './identity.loaders';
import { TwoFactorService } from './two-factor.service';
import { User } from './user.entity';

@NoClientData('the second factor of the signed-in worker')
@ObjectType({ description: 'A new TOTP secret, shown once: scan otpauthUrl as a QR code or type the secret into an authenticator app.' })
export class TwoFactorEnrolment {
  @Field(() => String)
  secret: string;

  @Field(() => String)
  otpauthUrl: string;
}

@Resolver(() => User)
export class TwoFactorResolver {
  @FieldResolver(() => Boolean, { description: 'Signs in with a second factor (authenticator app or recovery code)' })
  twoFactorEnabled(@Root() user: User): boolean {
    return !!user.twoFactorEnabledAt;
  }

  @FieldResolver(() => Boolean, {
    description: 'Must sign in with a second factor: coordinators, organisation admins, members of organisations that require it',
  })
  async twoFactorRequired(@Root() user: User, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<boolean> {
    // The viewer's own, in a query: the session statement found it at the request's start (a
    // query changes no role); after a mutation it is looked up again.
    const viewer = ctx.viewer;
    if (info.operation.operation === OperationTypeNode.QUERY && viewer?.userId === user.id && viewer.twoFactorRequired !== undefined)
      return viewer.twoFactorRequired;
    return ctx.loader(twoFactorRequiredByUser).load(user.id);
  }

  @Authorized()
  @Mutation(() => TwoFactorEnrolment, { description: 'Starts turning on two-factor sign-in; confirm with the first code from the app.' })
  startTwoFactorEnrolment(@Ctx() ctx: RequestContext): Promise<TwoFactorEnrolment> {
    return new TwoFactorService(ctx).start();
  }

  @Authorized()
  @Mutation(() => [String], { description: 'Turns two-factor sign-in on with the first code; returns 10 one-time recovery codes, shown only now.' })
  confirmTwoFactorEnrolment(@Arg('code', () => String) code: string, @Ctx() ctx: RequestContext): Promise<string[]> {
    return new TwoFactorService(ctx).confirm(code);
  }

  @Authorized()
  @Mutation(() => Organisation, { description: "Requires (or stops requiring) two-factor sign-in for every member (the organisation's admins)." })
  async setOrganisationTwoFactorRequirement(
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('required', () => Boolean) required: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<Organisation> {
    const organisation = await ctx.em.findOneBy(Organisation, { id: organisationId });
    if (!organisation) throw notFound('Organisation');
    if (!(await ctx.ability()).can('update', row('Organisation', organisation))) throw forbidden();
    await ctx.em.update(Organisation, { id: organisationId }, { requireTwoFactor: required });
    return ctx.em.findOneByOrFail(Organisation, { id: organisationId });
  }
}
