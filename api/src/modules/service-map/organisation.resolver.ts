import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, PageArgs } from '../../common';
import type { RequestContext } from '../../context';
import { UpdateOrganisationInput } from './dto/organisation.input';
import { Location } from './location.entity';
import { locationsByOrganisation } from './location.loaders';
import { Organisation } from './organisation.entity';
import { OrganisationService } from './organisation.service';
import { Service } from './service.entity';
import { activeServicesByOrganisation, allServicesByOrganisation } from './service.loaders';

@ObjectType('OrganisationConnection')
export class OrganisationConnection extends Connection(Organisation, 'Organisation') {}

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

  @FieldResolver(() => Boolean, { description: 'You may edit its profile, services and locations' })
  canEdit(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new OrganisationService(ctx).canEdit(organisation);
  }
}
