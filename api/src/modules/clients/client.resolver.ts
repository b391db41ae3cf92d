import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Scope, ALL_SCOPES, ClientData } from '../../access';
import { Connection } from '../../common';
import type { RequestContext } from '../../context';
import { Organisation, organisationById } from '../service-map';
import { Client, OfThisClient } from './client.entity';
import { sectionByKey, sectionKey } from './client.loaders';
import { ClientService } from './client.service';
import { CreateClientInput, UpdateClientInput } from './dto/client.input';
import { ClientsArgs } from './dto/clients.args';
import {
  ClientSectionStatus,
  ContactSection,
  HealthSection,
  IdentitySection,
  LifeDomainsSection,
  NotesSection,
  ProfileSection,
  SafetySection,
  SectionRecord,
  SexWorkSection,
} from './section-objects';
import { toSectionObject } from './sections';

@ObjectType('ClientConnection')
export class ClientConnection extends Connection(Client, 'Client') {}

@Resolver(() => Client)
export class ClientResolver {
  @Authorized()
  @Query(() => ClientConnection, { description: 'The clients you may see (own, shared with you by consent, or both), by pseudonym.' })
  clients(@Args(() => ClientsArgs) args: ClientsArgs, @Ctx() ctx: RequestContext) {
    return new ClientService(ctx).list(args);
  }

  @Authorized()
  @Query(() => Client, { description: 'One client; NOT_FOUND unless your organisation owns it or holds a live consent for it.' })
  client(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Client> {
    return new ClientService(ctx).findVisible(id);
  }

  @Authorized()
  @Mutation(() => Client, { description: 'Registers a client for your organisation: a pseudonym is enough; sections when the client is ready.' })
  createClient(@Arg('input', () => CreateClientInput) input: CreateClientInput, @Ctx() ctx: RequestContext): Promise<Client> {
    return new ClientService(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => Client, { description: 'Changes the pseudonym (owning organisation) or sections (owner, or a consent that names the section).' })
  updateClient(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateClientInput) input: UpdateClientInput, @Ctx() ctx: RequestContext): Promise<Client> {
    return new ClientService(ctx).update(id, input);
  }

  @Authorized()
  @Mutation(() => Client, { description: 'Confirms a section is still true as it stands (who confirmed it and when is shown to all who see it).' })
  confirmClientSection(@Arg('clientId', () => ID) clientId: string, @Arg('scope', () => Scope) scope: Scope, @Ctx() ctx: RequestContext): Promise<Client> {
    return new ClientService(ctx).confirmSection(clientId, scope);
  }

  @OfThisClient
  @FieldResolver(() => Organisation, { description: 'The organisation that registered the client' })
  async ownerOrganisation(@Root() client: Client, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await ctx.loader(organisationById).load(client.ownerOrganisationId))!;
  }

  @OfThisClient
  @FieldResolver(() => Boolean, { description: 'Your organisation registered this client' })
  viewerIsOwner(@Root() client: Client, @Ctx() ctx: RequestContext): boolean {
    return client.ownerOrganisationId === ctx.viewer?.organisationId;
  }

  @OfThisClient
  @FieldResolver(() => [Scope], { description: 'The sections you may see' })
  sharedScopes(@Root() client: Client, @Ctx() ctx: RequestContext): Promise<Scope[]> {
    return new ClientService(ctx).sharedScopes(client);
  }

  @OfThisClient
  @FieldResolver(() => [ClientSectionStatus], {
    description: 'Every section: shared with you or not, and for shared ones whether filled and who last changed and confirmed it',
  })
  async sections(@Root() client: Client, @Ctx() ctx: RequestContext): Promise<ClientSectionStatus[]> {
    const service = new ClientService(ctx);
    const shared = new Set(await service.sharedScopes(client));
    const rows = await ctx.loader(sectionByKey).loadMany([...shared].map((scope) => sectionKey(client.id, scope)));
    const byScope = new Map(rows.flatMap((r) => (r && !(r instanceof Error) ? [[r.scope, r] as const] : [])));
    const editable = new Set<Scope>();
    for (const scope of shared) if (await service.canEditSection(client, scope)) editable.add(scope);
    return ALL_SCOPES.map((scope) => {
      const section = byScope.get(scope);
      return {
        scope,
        shared: shared.has(scope),
        filled: shared.has(scope) ? !!section : null,
        canEdit: editable.has(scope),
        updatedAt: section?.updatedAt ?? null,
        updatedByName: section?.updatedByName ?? null,
        updatedByOrganisationName: section?.updatedByOrganisationName ?? null,
        confirmedAt: section?.confirmedAt ?? null,
        confirmedByName: section?.confirmedByName ?? null,
        confirmedByOrganisationName: section?.confirmedByOrganisationName ?? null,
      };
    });
  }

  @ClientData<Client>({ section: Scope.IDENTITY, client: (c) => c.id })
  @FieldResolver(() => IdentitySection, { nullable: true, description: 'null when not shared with you or not filled in' })
  identity(@Root() client: Client, @Ctx() ctx: RequestContext) {
    return section(ctx, client, Scope.IDENTITY);
  }

  @ClientData<Client>({ section: Scope.CONTACT, client: (c) => c.id })
  @FieldResolver(() => ContactSection, { nullable: true, description: 'null when not shared with you or not filled in' })
  contact(@Root() client: Client, @Ctx() ctx: RequestContext) {
    return section(ctx, client, Scope.CONTACT);
  }

  @ClientData<Client>({ section: Scope.PROFILE, client: (c) => c.id })
  @FieldResolver(() => ProfileSection, { nullable: true, description: 'null when not shared with you or not filled in' })
  profile(@Root() client: Client, @Ctx() ctx: RequestContext) {
    return section(ctx, client, Scope.PROFILE);
  }

  @ClientData<Client>({ section: Scope.LIFE_DOMAINS, client: (c) => c.id })
  @FieldResolver(() => LifeDomainsSection, { nullable: true, description: 'null when not shared with you or not filled in' })
  lifeDomains(@Root() client: Client, @Ctx() ctx: RequestContext) {
    return section(ctx, client, Scope.LIFE_DOMAINS);
  }

  @ClientData<Client>({ section: Scope.HEALTH, client: (c) => c.id })
  @FieldResolver(() => HealthSection, { nullable: true, description: 'null when not shared with you or not filled in' })
  health(@Root() client: Client, @Ctx() ctx: RequestContext) {
    return section(ctx, client, Scope.HEALTH);
  }

  @ClientData<Client>({ section: Scope.SEX_WORK, client: (c) => c.id })
  @FieldResolver(() => SexWorkSection, { nullable: true, description: 'null when not shared with you or not filled in' })
  sexWork(@Root() client: Client, @Ctx() ctx: RequestContext) {
    return section(ctx, client, Scope.SEX_WORK);
  }

  @ClientData<Client>({ section: Scope.SAFETY, client: (c) => c.id })
  @FieldResolver(() => SafetySection, { nullable: true, description: 'null when not shared with you or not filled in' })
  safety(@Root() client: Client, @Ctx() ctx: RequestContext) {
    return section(ctx, client, Scope.SAFETY);
  }

  @ClientData<Client>({ section: Scope.NOTES, client: (c) => c.id })
  @FieldResolver(() => NotesSection, { nullable: true, description: 'null when not shared with you or not filled in' })
  notes(@Root() client: Client, @Ctx() ctx: RequestContext) {
    return section(ctx, client, Scope.NOTES);
  }
}

/** A section the viewer may read (the loader's SQL decides; the field's declaration audits it). */
async function section(ctx: RequestContext, client: Client, scope: Scope): Promise<SectionRecord | null> {
  const row = await ctx.loader(sectionByKey).load(sectionKey(client.id, scope));
  return row ? toSectionObject(row) : null;
}
