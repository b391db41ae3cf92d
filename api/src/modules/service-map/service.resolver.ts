import { Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, PageArgs } from '../../common/pagination';
import type { RequestContext } from '../../context/request-context';
import { ServiceFilter } from './dto/service-filter.input';
import { ServiceInput, UpdateServiceInput } from './dto/service.input';
import { WaitingDaysField } from './dto/waiting-days';
import { Location } from './location.entity';
import { locationsByService } from './location.loaders';
import { Organisation } from './organisation.entity';
import { organisationById } from './organisation.loaders';
import { Service } from './service.entity';
import { ServiceRequirement } from './service-requirement.entity';
import { requirementsByService } from './service-requirement.loaders';
import { isStale, ServiceMapService, STALE_AFTER_MONTHS } from './service.service';
import { CapacityStatus, ListingStatus } from './taxonomy';

@ObjectType('ServiceConnection')
export class ServiceConnection extends Connection(Service, 'Service') {}

@ArgsType()
class StaleListingsArgs extends PageArgs {
  @Field(() => Int, { defaultValue: STALE_AFTER_MONTHS, description: 'Not confirmed for more than this many months' })
  @Min(0)
  @Max(120)
  months: number = STALE_AFTER_MONTHS;
}

@ArgsType()
class CapacityArgs {
  @Field(() => ID)
  id: string;

  @Field(() => CapacityStatus)
  capacityStatus: CapacityStatus;

  @WaitingDaysField()
  waitingDays?: number | null;
}

@Resolver(() => Service)
export class ServiceResolver {
  @Authorized()
  @Query(() => ServiceConnection, { description: 'Searches the service map; every given criterion must match. Ordered by name.' })
  services(
    @Arg('filter', () => ServiceFilter, { nullable: true }) filter: ServiceFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return new ServiceMapService(ctx).search(filter ?? {}, page);
  }

  @Authorized()
  @Query(() => Service, { nullable: true, description: 'One service; NOT_FOUND when it does not exist or is archived and not yours.' })
  service(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Service> {
    return new ServiceMapService(ctx).get(id);
  }

  @Authorized('COORDINATOR')
  @Query(() => ServiceConnection, { description: 'Listings not confirmed for more than `months` months, to chase up.' })
  staleListings(@Args(() => StaleListingsArgs) { months, ...page }: StaleListingsArgs, @Ctx() ctx: RequestContext) {
    return new ServiceMapService(ctx).search({ notConfirmedSinceMonths: months }, page);
  }

  @Authorized()
  @Mutation(() => Service, { description: "Adds a service to an organisation's listings (its admins, coordinators)." })
  createService(@Arg('input', () => ServiceInput) input: ServiceInput, @Ctx() ctx: RequestContext): Promise<Service> {
    return new ServiceMapService(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => Service, { description: 'Changes a listing; saving also confirms it is true today.' })
  updateService(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateServiceInput) input: UpdateServiceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Service> {
    return new ServiceMapService(ctx).update(id, input);
  }

  @Authorized()
  @Mutation(() => Service, { description: 'Takes a service off the map; CONFLICT when it is already archived.' })
  archiveService(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Service> {
    return new ServiceMapService(ctx).setStatus(id, ListingStatus.ARCHIVED);
  }

  @Authorized()
  @Mutation(() => Service, { description: 'Puts an archived service back on the map.' })
  restoreService(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Service> {
    return new ServiceMapService(ctx).setStatus(id, ListingStatus.ACTIVE);
  }

  @Authorized()
  @Mutation(() => Service, { description: 'Confirms the listing is still true as it stands.' })
  confirmService(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Service> {
    return new ServiceMapService(ctx).confirm(id);
  }

  @Authorized()
  @Mutation(() => Service, { description: 'Says whether the service takes referrals now and how long the wait is (any member of its organisation).' })
  setServiceCapacity(@Args(() => CapacityArgs) { id, capacityStatus, waitingDays }: CapacityArgs, @Ctx() ctx: RequestContext): Promise<Service> {
    return new ServiceMapService(ctx).setCapacity(id, capacityStatus, waitingDays);
  }

  @FieldResolver(() => Organisation)
  async organisation(@Root() service: Service, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await ctx.loader(organisationById).load(service.organisationId))!;
  }

  @FieldResolver(() => [Location], { description: 'Where it is delivered' })
  locations(@Root() service: Service, @Ctx() ctx: RequestContext) {
    return ctx.loader(locationsByService).load(service.id);
  }

  @FieldResolver(() => [ServiceRequirement], { description: 'What every referral to it must contain, in order (asked by the referral wizard)' })
  requirements(@Root() service: Service, @Ctx() ctx: RequestContext) {
    return ctx.loader(requirementsByService).load(service.id);
  }

  @FieldResolver(() => Boolean, { description: `Not confirmed for more than ${STALE_AFTER_MONTHS} months` })
  isStale(@Root() service: Service, @Ctx() ctx: RequestContext): boolean {
    return isStale(service, ctx.now);
  }

  @FieldResolver(() => Boolean, { description: 'You may edit this listing' })
  canEdit(@Root() service: Service, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new ServiceMapService(ctx).canEdit(service);
  }

  @FieldResolver(() => Boolean, { description: 'You may change its capacity and waiting time' })
  async canUpdateCapacity(@Root() service: Service, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new ServiceMapService(ctx).may('updateCapacity', service);
  }
}
