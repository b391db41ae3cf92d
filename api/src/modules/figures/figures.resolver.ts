import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { FiguresService } from './figures.service';
import { Figures, FiguresArgs } from './figures.types';

@Resolver()
export class FiguresResolver {
  @Authorized()
  @Query(() => Figures, {
    description:
      'Aggregate figures for one complete period, region and category: of the whole network (coordinators and members) or of your own organisation (members). Counts of fewer than 5 people, and the counts that would give them away, are null.',
  })
  figures(@Args(() => FiguresArgs) args: FiguresArgs, @Ctx() ctx: RequestContext): Promise<Figures> {
    return new FiguresService(ctx).figures(args);
  }
}
