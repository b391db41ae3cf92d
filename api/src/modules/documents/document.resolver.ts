import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Client, OfThisClient } from '../clients';
import { ClientDocument } from './client-document.entity';
import { documentsByClient } from './document.loaders';

@Resolver(() => Client)
export class ClientDocumentsResolver {
  @OfThisClient
  @FieldResolver(() => [ClientDocument], {
    description: 'Documents you may open (those of the sections you may see), newest first; download at /api/documents/{id}',
  })
  documents(@Root() client: Client, @Ctx() ctx: RequestContext): Promise<ClientDocument[]> {
    return ctx.loader(documentsByClient).load(client.id);
  }
}
