import { row, canOnClient, clientsWithAccess, readableScopes, restrictToAllowed, ALL_SCOPES, Scope, AuditOperation } from '../../access';
import { badInput, conflict, forbidden, notFound, enumValue, isUuid, checkPageSize, emptyPage, Page, textIdCursor, toPage } from '../../common';
import type { RequestContext } from '../../context';
import { recordClientEvent } from './client-events';
import { ClientSection } from './client-section.entity';
import { Client } from './client.entity';
import type { CreateClientInput, UpdateClientInput } from './dto/client.input';
import { ClientRelation, type ClientsArgs } from './dto/clients.args';
import { lifeDomainsWrittenHandlers, type WrittenDomain } from './section-hooks';
import { sectionData, SECTIONS } from './sections';
import { LifeDomain } from './section-types';

/** `%`, `_` and `\` in a search are literal characters, not wildcards. */
const likeEscaped = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Clients and their record sections. Who may see or change what comes from the ability, in
 * SQL (restrictToAllowed); a client that exists but may not be seen is NOT_FOUND, exactly as
 * one that does not exist.
 */
export class ClientService {
  constructor(private readonly ctx: RequestContext) {}

  /**
   * The client if the viewer may read it (owning organisation or live consent); NOT_FOUND
   * otherwise. Not audited here: every field of a Client is declared client data and audits
   * itself when it is returned (access/client-data.ts); callers audit what else they do.
   */
  async findVisible(id: string, lock = false): Promise<Client> {
    if (!isUuid(id)) throw notFound('Client');
    const qb = this.ctx.em.createQueryBuilder(Client, 'c').where('c.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const client = (await restrictToAllowed(this.ctx, qb, 'read', 'Client', 'c')) ? ((await clientsWithAccess(this.ctx, qb, 'c'))[0] ?? null) : null;
    if (!client) throw notFound('Client');
    return client;
  }

  /** One page of the clients the viewer may see, by pseudonym; totalCount counts only those. */
  async list({ search, relation, first: pageSize, after }: ClientsArgs): Promise<Page<Client>> {
    const first = checkPageSize(pageSize);
    const cursor = textIdCursor.decode(after);
    const qb = this.ctx.em.createQueryBuilder(Client, 'c');
    if (!(await restrictToAllowed(this.ctx, qb, 'read', 'Client', 'c'))) return emptyPage();
    const org = this.ctx.viewer?.organisationId;
    if (relation === ClientRelation.OWN) qb.andWhere('c.owner_organisation_id = :org', { org });
    if (relation === ClientRelation.SHARED) qb.andWhere('c.owner_organisation_id <> :org', { org });
    // An erased client (a pseudonymised placeholder) is out of every list; its owner still opens it by id.
    qb.andWhere('c.erased_at IS NULL');
    const text = search?.trim();
    // Accent- and case-insensitive ("zoe" finds Zoë), on the trigram index of brug_fold(pseudonym).
    if (text) qb.andWhere(`brug_fold(c.pseudonym) LIKE brug_fold(:search) ESCAPE '\\'`, { search: likeEscaped(text) });
    const totalCount = await qb.clone().getCount();
    if (cursor) qb.andWhere('(c.pseudonym, c.id) > (:afterPseudonym, :afterId)', { afterPseudonym: cursor[0], afterId: cursor[1] });
    const rows = await clientsWithAccess(
      this.ctx,
      qb
        .orderBy('c.pseudonym', 'ASC')
        .addOrderBy('c.id', 'ASC')
        .limit(first + 1),
      'c',
    );
    return toPage(rows, first, totalCount, (c) => textIdCursor.key([c.pseudonym, c.id]));
  }

  async create(input: CreateClientInput): Promise<Client> {
    const { ctx } = this;
    const org = ctx.viewer?.organisationId;
    if (!org || !(await ctx.ability()).can('create', row('Client', { ownerOrganisationId: org })))
      throw forbidden('Only a member of an organisation can register a client.');
    const pseudonym = input.pseudonym.trim();
    if (!pseudonym) throw badInput('pseudonym', 'must not be empty.', 'REQUIRED');
    const client = ctx.em.create(Client, { pseudonym, ownerOrganisationId: org, createdByUserId: ctx.viewer!.userId, lastActivityAt: ctx.now });
    await ctx.em.insert(Client, client);
    const scopes = await this.writeSections(client, input);
    await ctx.audit.access({ clientId: client.id, scopes, operation: AuditOperation.CREATE, action: 'createClient' });
    return this.findVisible(client.id);
  }

  /** Changes the pseudonym (owner only) and the given sections (each needs the right to change it). */
  async update(id: string, input: UpdateClientInput): Promise<Client> {
    const { ctx } = this;
    const client = refuseErased(await this.findVisible(id, true));
    const ability = await ctx.ability();
    if (input.pseudonym != null) {
      if (!ability.can('update', row('Client', client))) throw forbidden('Only the organisation that registered the client can change the pseudonym.');
      const pseudonym = input.pseudonym.trim();
      if (!pseudonym) throw badInput('pseudonym', 'must not be empty.', 'REQUIRED');
      await ctx.em.update(Client, { id }, { pseudonym });
    }
    for (const scope of givenScopes(input)) {
      if (!(await this.canEditSection(client, scope))) throw forbidden(`The ${scope} section is not shared with your organisation for changes.`);
    }
    const changed = await this.writeSections(client, input);
    await ctx.audit.access({ clientId: client.id, scopes: changed, operation: AuditOperation.UPDATE, action: 'updateClient' });
    return this.findVisible(id);
  }

  /** Says a section is still true as it stands (the shared intake: who confirmed it and when). */
  async confirmSection(clientId: string, scope: Scope): Promise<Client> {
    const { ctx } = this;
    const client = refuseErased(await this.findVisible(clientId));
    if (!(await this.canEditSection(client, scope))) throw forbidden(`The ${scope} section is not shared with your organisation for changes.`);
    const viewer = ctx.viewer!;
    const result = await ctx.em.update(
      ClientSection,
      { clientId: client.id, scope },
      {
        confirmedAt: ctx.now,
        confirmedByUserId: viewer.userId,
        confirmedByName: viewer.displayName,
        confirmedByOrganisationId: viewer.organisationId,
        confirmedByOrganisationName: viewer.organisationName,
      },
    );
    if (!result.affected) throw badInput('scope', 'this section has not been filled in yet; there is nothing to confirm.', 'SECTION_EMPTY');
    await ctx.audit.access({ clientId: client.id, scopes: [scope], operation: AuditOperation.UPDATE, action: 'confirmClientSection' });
    return client;
  }

  /** The sections the viewer may see of a visible client (all for the owner). */
  sharedScopes(client: Client): Promise<Scope[]> {
    return readableScopes(this.ctx, client);
  }

  canEditSection(client: Client, scope: Scope): Promise<boolean> {
    return canOnClient(this.ctx, 'update', 'ClientSection', { clientId: client.id, ownerOrganisationId: client.ownerOrganisationId, scope });
  }

  /**
   * Puts an assessment's ratings into the LIFE_DOMAINS section (the current situation), keeping
   * the notes and the domains it did not rate. Audited by the caller.
   */
  async writeLifeDomainRatings(client: Client, ratings: { domain: LifeDomain; rating: number }[]): Promise<void> {
    if (!(await this.canEditSection(client, Scope.LIFE_DOMAINS))) throw forbidden('The LIFE_DOMAINS section is not shared with your organisation for changes.');
    const current = await this.ctx.em.findOneBy(ClientSection, { clientId: client.id, scope: Scope.LIFE_DOMAINS });
    const domains = new Map<LifeDomain, WrittenDomain & { domain: LifeDomain }>(
      ((current?.data.domains ?? []) as WrittenDomain[]).flatMap((d) => {
        const domain = enumValue(LifeDomain, d.domain);
        return domain ? [[domain, { ...d, domain }]] : [];
      }),
    );
    for (const { domain, rating } of ratings) domains.set(domain, { ...domains.get(domain), domain, rating });
    await this.writeSections(client, { lifeDomains: { domains: [...domains.values()] } }, { fromAssessment: true });
  }

  /** Upserts each given section as the viewer, with a timeline entry per section; returns their scopes. */
  private async writeSections(client: Client, input: CreateClientInput | UpdateClientInput, { fromAssessment = false } = {}): Promise<Scope[]> {
    const { ctx } = this;
    const viewer = ctx.viewer!;
    const scopes = givenScopes(input);
    for (const scope of scopes) {
      const data = sectionData((input as Record<string, object>)[SECTIONS[scope].field]);
      if (scope === Scope.LIFE_DOMAINS) checkDomainsOnce(data);
      const previous = scope === Scope.LIFE_DOMAINS && !fromAssessment ? await ctx.em.findOneBy(ClientSection, { clientId: client.id, scope }) : null;
      await ctx.em.query(
        `INSERT INTO client_sections AS s (client_id, owner_organisation_id, scope, data, updated_at, updated_by_user_id, updated_by_name,
            updated_by_organisation_id, updated_by_organisation_name, confirmed_at, confirmed_by_user_id, confirmed_by_name,
            confirmed_by_organisation_id, confirmed_by_organisation_name)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $5, $6, $7, $8, $9)
         ON CONFLICT (client_id, scope) DO UPDATE SET data = EXCLUDED.data, updated_at = EXCLUDED.updated_at,
            updated_by_user_id = EXCLUDED.updated_by_user_id, updated_by_name = EXCLUDED.updated_by_name,
            updated_by_organisation_id = EXCLUDED.updated_by_organisation_id, updated_by_organisation_name = EXCLUDED.updated_by_organisation_name,
            confirmed_at = EXCLUDED.confirmed_at, confirmed_by_user_id = EXCLUDED.confirmed_by_user_id, confirmed_by_name = EXCLUDED.confirmed_by_name,
            confirmed_by_organisation_id = EXCLUDED.confirmed_by_organisation_id, confirmed_by_organisation_name = EXCLUDED.confirmed_by_organisation_name`,
        [
          client.id,
          client.ownerOrganisationId,
          scope,
          JSON.stringify(data),
          ctx.now,
          viewer.userId,
          viewer.displayName,
          viewer.organisationId,
          viewer.organisationName ?? '',
        ],
      );
      await recordClientEvent(ctx, {
        clientId: client.id,
        ownerOrganisationId: client.ownerOrganisationId,
        kind: 'SECTION_UPDATED',
        scope,
        summary: { scope },
      });
      if (scope === Scope.LIFE_DOMAINS && !fromAssessment) {
        const before = (previous?.data.domains ?? []) as WrittenDomain[];
        for (const handler of lifeDomainsWrittenHandlers) await handler(ctx, client, (data.domains ?? []) as WrittenDomain[], before);
      }
    }
    if (scopes.length) await touch(ctx, client.id);
    return scopes;
  }
}

/** CONFLICT for a client erased on request: nothing new is written about them. */
export function refuseErased<T extends { erasedAt: Date | null }>(client: T): T {
  if (client.erasedAt) throw conflict('This client was erased on request; nothing can be added to the record.');
  return client;
}

/** Marks the client as changed now (lists, "changes since my last visit", retention review). */
export async function touch(ctx: RequestContext, clientId: string): Promise<void> {
  await ctx.em.query(`UPDATE clients SET last_activity_at = GREATEST(last_activity_at, $2) WHERE id = $1`, [clientId, ctx.now]);
}

function givenScopes(input: object): Scope[] {
  return ALL_SCOPES.filter((scope) => (input as Record<string, unknown>)[SECTIONS[scope].field] != null);
}

function checkDomainsOnce(data: Record<string, unknown>): void {
  const domains = ((data.domains ?? []) as { domain: string }[]).map((d) => d.domain);
  if (new Set(domains).size !== domains.length) throw badInput('domains', 'each life domain may appear only once.', 'DUPLICATE');
}
