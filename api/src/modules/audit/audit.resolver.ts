import { Arg, Args, Authorized, Ctx, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, PageArgs } from '../../common';
import type { RequestContext } from '../../context';
import { AuditEntry } from '../../access';
import { AuditService } from './audit.service';

@ObjectType('AuditEntryConnection')
export class AuditEntryConnection extends Connection(AuditEntry, 'AuditEntry') {}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized()
  @Query(() => AuditEntryConnection, {
    description:
      'Who looked at or changed which sections of a client, when and under which consent; newest first, for printing or CSV. Owning organisation only.',
  })
  auditTrail(
    @Arg('clientId', () => ID) clientId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('grouped', () => Boolean, {
      defaultValue: true,
      description: 'Repeated reads by one person within 10 minutes as one line with a count (default); false: every entry',
    })
    grouped: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return new AuditService(ctx).trail(clientId, page, grouped);
  }
}
