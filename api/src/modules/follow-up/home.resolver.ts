import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { ClientData, NoClientData } from '../../access';
import type { RequestContext } from '../../context';
import { Client } from '../clients';
import { CarePlanAction } from './care-plan-action.entity';
import { visibleClientById } from './follow-up.loaders';
import { ClientChanges, HomeService } from './home.service';

@ObjectType({ description: 'A client with timeline entries (by others, visible to you) newer than your last visit' })
export class ClientWithChanges implements ClientChanges {
  @NoClientData('an id')
  @Field(() => ID)
  clientId: string;

  @NoClientData('the Client declares its own fields')
  @Field(() => Client)
  client: Client;

  @NoClientData('when the viewer last opened the client')
  @Field(() => Date)
  lastVisitedAt: Date;

  @ClientData<ClientWithChanges>({ section: null, client: (c) => c.clientId })
  @Field(() => Int, { description: 'How many entries since your last visit' })
  changeCount: number;

  @ClientData<ClientWithChanges>({ section: null, client: (c) => c.clientId })
  @Field(() => Date)
  latestChangeAt: Date;

  @ClientData<ClientWithChanges>({ section: null, client: (c) => c.clientId })
  @Field(() => [String], { description: 'The kinds of those entries' })
  kinds: string[];
}

@ArgsType()
class HomeListArgs {
  @Field(() => Int, { defaultValue: 50, description: 'At most this many, 1 to 100' })
  first: number = 50;
}

/** The home screen's follow-up lists: my actions due this week, clients changed since my last visit. */
@Resolver()
export class HomeResolver {
  @Authorized()
  @Query(() => [CarePlanAction], {
    description: 'Open actions of your organisation due within 7 days, overdue ones included, on clients you may see; earliest first.',
  })
  myActionsDueThisWeek(@Args(() => HomeListArgs) { first }: HomeListArgs, @Ctx() ctx: RequestContext): Promise<CarePlanAction[]> {
    return new HomeService(ctx).actionsDueThisWeek(first);
  }

  @Authorized()
  @Query(() => [ClientWithChanges], { description: 'Clients you opened before with new timeline entries by others since, latest change first.' })
  async clientsWithChangesSinceMyLastVisit(@Args(() => HomeListArgs) { first }: HomeListArgs, @Ctx() ctx: RequestContext): Promise<ClientWithChanges[]> {
    const rows = await new HomeService(ctx).changesSinceLastVisit(first);
    const clients = await ctx.loader(visibleClientById).loadMany(rows.map((r) => r.clientId));
    return rows.flatMap((r, i) => (clients[i] instanceof Client ? [{ ...r, client: clients[i] }] : []));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Records that you opened this client now (call it when a client page opens).' })
  markClientVisited(@Arg('clientId', () => ID) clientId: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new HomeService(ctx).markVisited(clientId);
  }
}
