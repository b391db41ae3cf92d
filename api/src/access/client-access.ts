import DataLoader from 'dataloader';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { AccessContext } from './access-context';
import { isUuid } from '../common';
import { row, type Action, type SubjectType } from './ability';
import { liveConsentSql, type LiveConsent } from './live-consent';
import { ALL_SCOPES, Scope } from './scopes';
import { accessCondition, type AccessColumn } from './sql-conditions';

/** The viewer organisation's live consent for the row's client, as rule fields (see ability.ts). */
const consentOf = (clientId: string) => ({ consented: { consentOfClient: clientId }, consentScopes: { consentOfClient: clientId } });

/** How each subject's rule fields map to SQL, given the query's table alias. */
export const accessColumns = {
  Client: (a: string) => ({ id: `${a}.id`, ownerOrganisationId: `${a}.owner_organisation_id`, ...consentOf(`${a}.id`) }),
  ClientSection: (a: string) => ({
    clientId: `${a}.client_id`,
    scope: `${a}.scope`,
    ownerOrganisationId: `${a}.owner_organisation_id`,
    ...consentOf(`${a}.client_id`),
  }),
  Consent: (a: string) => ({
    clientId: `${a}.client_id`,
    ownerOrganisationId: `${a}.owner_organisation_id`,
    granteeOrganisationId: `${a}.grantee_organisation_id`,
  }),
  ClientEvent: (a: string) => ({
    clientId: `${a}.client_id`,
    scope: `${a}.scope`,
    ownerOrganisationId: `${a}.owner_organisation_id`,
    organisationId: `${a}.organisation_id`,
    ...consentOf(`${a}.client_id`),
  }),
  CarePlan: (a: string) => ({
    clientId: `${a}.client_id`,
    ownerOrganisationId: `${a}.owner_organisation_id`,
    leadOrganisationId: `${a}.lead_organisation_id`,
    ...consentOf(`${a}.client_id`),
  }),
  Goal: (a: string) => ({ clientId: `${a}.client_id`, ownerOrganisationId: `${a}.owner_organisation_id`, ...consentOf(`${a}.client_id`) }),
  CarePlanAction: (a: string) => ({
    clientId: `${a}.client_id`,
    ownerOrganisationId: `${a}.owner_organisation_id`,
    organisationId: `${a}.organisation_id`,
    leadOrganisationId: `(SELECT lp.lead_organisation_id FROM care_plans lp WHERE lp.client_id = ${a}.client_id)`,
    ...consentOf(`${a}.client_id`),
  }),
  ContactNote: (a: string) => ({
    clientId: `${a}.client_id`,
    ownerOrganisationId: `${a}.owner_organisation_id`,
    organisationId: `${a}.organisation_id`,
    ...consentOf(`${a}.client_id`),
  }),
  ClientDocument: (a: string) => ({
    clientId: `${a}.client_id`,
    scope: `${a}.scope`,
    ownerOrganisationId: `${a}.owner_organisation_id`,
    ...consentOf(`${a}.client_id`),
  }),
  LifeDomainAssessment: (a: string) => ({ clientId: `${a}.client_id`, ownerOrganisationId: `${a}.owner_organisation_id`, ...consentOf(`${a}.client_id`) }),
  ExternalReferral: (a: string) => ({
    clientId: `${a}.client_id`,
    ownerOrganisationId: `${a}.owner_organisation_id`,
    senderOrganisationId: `${a}.sender_organisation_id`,
    ...consentOf(`${a}.client_id`),
  }),
  ClientTransfer: (a: string) => ({ fromOrganisationId: `${a}.from_organisation_id`, toOrganisationId: `${a}.to_organisation_id`, status: `${a}.status` }),
  CaseConference: (a: string) => ({ clientId: `${a}.client_id`, ownerOrganisationId: `${a}.owner_organisation_id`, ...consentOf(`${a}.client_id`) }),
  Organisation: (a: string) => ({ id: `${a}.id` }),
  Service: (a: string) => ({ organisationId: `${a}.organisation_id`, status: `${a}.status` }),
  Location: (a: string) => ({ organisationId: `${a}.organisation_id`, visibility: `${a}.visibility` }),
  Membership: (a: string) => ({ organisationId: `${a}.organisation_id` }),
  OutreachSession: (a: string) => ({ organisationId: `${a}.organisation_id` }),
  OutreachPlace: (a: string) => ({ organisationId: `${a}.organisation_id` }),
  OutreachMaterialKind: (a: string) => ({ organisationId: `${a}.organisation_id` }),
  Referral: (a: string) => ({
    senderOrganisationId: `${a}.sender_organisation_id`,
    receivingOrganisationId: `${a}.receiving_organisation_id`,
    status: `${a}.status`,
  }),
} satisfies Partial<Record<SubjectType, (alias: string) => Record<string, AccessColumn>>>;

/**
 * Restricts a query to the rows the viewer may `action`, in SQL. Returns false when nothing
 * at all is allowed: the caller must then answer "nothing" without running the query.
 */
export async function restrictToAllowed<T extends ObjectLiteral>(
  ctx: AccessContext,
  qb: SelectQueryBuilder<T>,
  action: Action,
  subject: keyof typeof accessColumns,
  alias: string,
): Promise<boolean> {
  const condition = accessCondition(await ctx.ability(), action, subject, accessColumns[subject](alias), `${alias}_${action}`, {
    organisationId: ctx.viewer?.organisationId ?? null,
    at: ctx.now,
  });
  if (!condition) return false;
  qb.andWhere(condition.sql, condition.params);
  return true;
}

/** What the viewer's organisation may see of one client now: everything (owner), a consent's sections, or nothing (null). */
export interface ClientAccess {
  clientId: string;
  ownerOrganisationId: string;
  isOwner: boolean;
  /** The live consent the access rests on; null for the owning organisation. */
  consent: LiveConsent | null;
  scopes: readonly Scope[];
}

/**
 * The viewer organisation's live consent for the client `clientExpr`, as JSON `{ id, scopes }`, or
 * null: the one lookup behind the loader below and clientsWithAccess (one live consent per pair).
 */
const viewerConsentSql = (clientExpr: string, orgParam: string, atParam: string) =>
  `(SELECT json_build_object('id', k_access.id, 'scopes', k_access.scopes) FROM consents k_access
     WHERE k_access.client_id = ${clientExpr} AND k_access.grantee_organisation_id = ${orgParam} AND ${liveConsentSql('k_access', atParam)} LIMIT 1)`;

type ViewerConsent = { id: string; scopes: Scope[] } | null;

/**
 * The request's access to clients by id, one statement for every client the request asks
 * about: the client's owner and the viewer organisation's live consent. Null for a client the
 * viewer may not see (and for an unknown id, alike).
 */
export const clientAccessLoader = (ctx: AccessContext) =>
  new DataLoader<string, ClientAccess | null>(async (ids) => {
    const org = ctx.viewer?.organisationId;
    if (!org || !ctx.viewer.role) return ids.map(() => null);
    const rows: { id: string; owner: string; consent: ViewerConsent }[] = await ctx.em.query(
      `SELECT c.id, c.owner_organisation_id AS owner, ${viewerConsentSql('c.id', '$2', '$3')} AS consent FROM clients c WHERE c.id = ANY($1::uuid[])`,
      [ids.filter(isUuid), org, ctx.now],
    );
    const byId = new Map(rows.map((r) => [r.id, accessOf(org, r.id, r.owner, r.consent)]));
    return ids.map((id) => byId.get(id) ?? null);
  });

/** The access of one client: everything for its owner, a live consent's sections, or none (null). */
function accessOf(org: string, clientId: string, owner: string, consent: ViewerConsent): ClientAccess | null {
  const isOwner = owner === org;
  if (!isOwner && !consent) return null;
  return {
    clientId,
    ownerOrganisationId: owner,
    isOwner,
    consent: !isOwner && consent ? { id: consent.id, clientId, scopes: consent.scopes } : null,
    scopes: isOwner ? ALL_SCOPES : (consent?.scopes ?? []),
  };
}

/**
 * Reads the clients of `qb` (alias `alias`, already restricted to those the viewer may see)
 * together with the viewer organisation's live consent for each, and gives the request's
 * client-access loader what it would have asked for them: the guard of their client-data
 * fields then needs no statement of its own.
 */
export async function clientsWithAccess<T extends { id: string; ownerOrganisationId: string }>(
  ctx: AccessContext,
  qb: SelectQueryBuilder<T>,
  alias: string,
): Promise<T[]> {
  const org = ctx.viewer?.organisationId;
  if (!org || !ctx.viewer.role) return qb.getMany();
  qb.addSelect(viewerConsentSql(`${alias}.id`, ':accessOrg', ':accessAt'), 'access_consent').setParameters({ accessOrg: org, accessAt: ctx.now });
  const { entities, raw } = await qb.getRawAndEntities<Record<string, unknown>>();
  const consents = new Map(raw.map((r) => [r[`${alias}_id`] as string, r.access_consent as ViewerConsent]));
  const loader = ctx.loader(clientAccessLoader);
  for (const client of entities) {
    // What the loader keeps: only clients owned or consented (every row here is one of them, unless row-level security and the rules disagree).
    const access = accessOf(org, client.id, client.ownerOrganisationId, consents.get(client.id) ?? null);
    if (access) loader.prime(client.id, access);
  }
  return entities;
}

/** The viewer's access to this client now (null: none, as for an unknown id). */
export function clientAccess(ctx: AccessContext, clientId: string): Promise<ClientAccess | null> {
  return ctx.loader(clientAccessLoader).load(clientId);
}

/**
 * A check of the one ability against one row about a client: the row is given the viewer's
 * consent for that client first (`consented`, `consentScopes`), so rules on consent apply
 * exactly as they do in SQL.
 */
export async function canOnClient(
  ctx: AccessContext,
  action: Action,
  subject: Exclude<SubjectType, 'all'>,
  data: { clientId: string } & Record<string, unknown>,
): Promise<boolean> {
  const [ability, access] = await Promise.all([ctx.ability(), clientAccess(ctx, data.clientId)]);
  const consent = access?.consent;
  return ability.can(action, row(subject, { ...data, consented: !!consent, consentScopes: consent?.scopes ?? [] }));
}

/**
 * The sections of this client that the viewer may read: all of them for the owning
 * organisation, those of the live consent otherwise (none for a client it may not see).
 */
export async function readableScopes(ctx: AccessContext, client: { id: string; ownerOrganisationId: string }): Promise<Scope[]> {
  const readable: Scope[] = [];
  for (const scope of ALL_SCOPES) {
    if (await canOnClient(ctx, 'read', 'ClientSection', { clientId: client.id, ownerOrganisationId: client.ownerOrganisationId, scope })) readable.push(scope);
  }
  return readable;
}
