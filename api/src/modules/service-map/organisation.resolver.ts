import { NoClientData } from '../../access/client-data';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, PageArgs } from '../../common/pagination';
import type { RequestContext } from '../../context/request-context';
import { membersByOrganisation, pendingInvitationsByOrganisation } from '../identity/identity.loaders';
import { Invitation } from '../identity/invitation.entity';
import { Member } from '../identity/member.type';
import { MembershipService } from '../identity/membership.service';
import { CreateOrganisationInput, UpdateOrganisationInput } from './dto/organisation.input';
import { Location } from './location.entity';
import { locationsByOrganisation } from './location.loaders';
import { Organisation } from './organisation.entity';
import { OrganisationService } from './organisation.service';
import { Service } from './service.entity';
import { activeServicesByOrganisation, allServicesByOrganisation } from './service.loaders';

@ObjectType('OrganisationConnection')
export class OrganisationConnection extends Connection(Organisation, 'Organisation') {}

@NoClientData('the service map and an invitation')
@ObjectType({ description: 'A new organisation and the invitation its first admin joins with.' })
export class CreateOrganisationResult {
  @Field(() => Organisation)
  organisation: Organisation;

  @Field(() => Invitation, { description: 'Hand its code to the first admin; it is shown only now' })
  invitation: Invitation;
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Authorized()
  @Query(() => OrganisationConnection, { description: 'The organisations of the network, by name.' })
  organisations(@Arg('search', () => String, { nullable: true }) search: string | null, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return new OrganisationService(ctx).list(search, page);
  }

  @Authorized()
  @Query(() => Organisation, { nullable: true })
  organisation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return new OrganisationService(ctx).get(id);
  }

  @Authorized('COORDINATOR')
  @Mutation(() => CreateOrganisationResult, { description: 'Admits an organisation; its first admin joins by accepting the invitation.' })
  createOrganisation(@Arg('input', () => CreateOrganisationInput) input: CreateOrganisationInput, @Ctx() ctx: RequestContext) {
    return new OrganisationService(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => Organisation, { description: "Changes an organisation's profile (its admins, coordinators)." })
  updateOrganisation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateOrganisationInput) input: UpdateOrganisationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Organisation> {
    return new OrganisationService(ctx).update(id, input);
  }

  @FieldResolver(() => [Service], { description: 'Its services by name; archived ones only for those who may edit them' })
  services(
    @Root() organisation: Organisation,
    @Arg('includeArchived', () => Boolean, { nullable: true }) includeArchived: boolean | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Service[]> {
    return ctx.loader(includeArchived ? allServicesByOrganisation : activeServicesByOrganisation).load(organisation.id);
  }

  @FieldResolver(() => [Location])
  locations(@Root() organisation: Organisation, @Ctx() ctx: RequestContext) {
    return ctx.loader(locationsByOrganisation).load(organisation.id);
  }

  @FieldResolver(() => [Member], { description: 'Its members: for its admins and coordinators; empty for everyone else (see canManageMembers)' })
  members(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<Member[]> {
    return ctx.loader(membersByOrganisation).load(organisation.id);
  }

  @FieldResolver(() => [Invitation], { description: 'Invitations not yet accepted, revoked or expired; for those who manage its members' })
  pendingInvitations(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<Invitation[]> {
    return ctx.loader(pendingInvitationsByOrganisation).load(organisation.id);
  }

  @FieldResolver(() => Boolean, { description: 'You may edit its profile, services and locations' })
  canEdit(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new OrganisationService(ctx).canEdit(organisation);
  }

  @FieldResolver(() => Boolean, { description: 'You may invite members and change their roles' })
  canManageMembers(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new MembershipService(ctx).canManageMembers(organisation.id);
  }
}
