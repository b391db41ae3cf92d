import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { NoClientData, MemberRole } from '../../access';
import type { RequestContext } from '../../context';
import { CreateOrganisationInput, Organisation, OrganisationService } from '../service-map';
import { membersByOrganisation, pendingInvitationsByOrganisation } from './identity.loaders';
import { Invitation } from './invitation.entity';
import { Member } from './member.type';
import { MembershipService } from './membership.service';

@NoClientData('the service map and an invitation')
@ObjectType({ description: 'A new organisation and the invitation its first admin joins with.' })
export class CreateOrganisationResult {
  @Field(() => Organisation)
  organisation: Organisation;

  @Field(() => Invitation, { description: 'Hand its code to the first admin; it is shown only now' })
  invitation: Invitation;
}

/** An organisation's people: its members and invitations (the service map knows no people). */
@Resolver(() => Organisation)
export class OrganisationMembersResolver {
  @Authorized('COORDINATOR')
  @Mutation(() => CreateOrganisationResult, { description: 'Admits an organisation; its first admin joins by accepting the invitation.' })
  async createOrganisation(
    @Arg('input', () => CreateOrganisationInput) input: CreateOrganisationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreateOrganisationResult> {
    const { firstAdmin, ...profile } = input;
    const organisation = await new OrganisationService(ctx).create(profile);
    const invitation = await new MembershipService(ctx).invite({
      organisationId: organisation.id,
      role: MemberRole.ORG_ADMIN,
      email: firstAdmin.email,
      displayName: firstAdmin.displayName,
    });
    return { organisation, invitation };
  }

  @FieldResolver(() => [Member], { description: 'Its members: for its admins and coordinators; empty for everyone else (see canManageMembers)' })
  members(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<Member[]> {
    return ctx.loader(membersByOrganisation).load(organisation.id);
  }

  @FieldResolver(() => [Invitation], { description: 'Invitations not yet accepted, revoked or expired; for those who manage its members' })
  pendingInvitations(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<Invitation[]> {
    return ctx.loader(pendingInvitationsByOrganisation).load(organisation.id);
  }

  @FieldResolver(() => Boolean, { description: 'You may invite members and change their roles' })
  canManageMembers(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new MembershipService(ctx).canManageMembers(organisation.id);
  }
}
