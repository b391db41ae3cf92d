import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../context/request-context';
import { row, type Action, type SubjectType } from './ability';
import { ALL_SCOPES, Scope } from './scopes';
import { accessCondition } from './sql-conditions';

/** How each subject's rule fields map to SQL columns, given the query's table alias. */
export const accessColumns = {
  Client: (a: string) => ({ id: `${a}.id`, ownerOrganisationId: `${a}.owner_organisation_id` }),
  ClientSection: (a: string) => ({ clientId: `${a}.client_id`, scope: `${a}.scope`, ownerOrganisationId: `${a}.owner_organisation_id` }),
  Consent: (a: string) => ({ ownerOrganisationId: `${a}.owner_organisation_id`, granteeOrganisationId: `${a}.grantee_organisation_id` }),
  ClientEvent: (a: string) => ({
    clientId: `${a}.client_id`,
    scope: `${a}.scope`,
    ownerOrganisationId: `${a}.owner_organisation_id`,
    organisationId: `${a}.organisation_id`,
  }),
  CarePlan: (a: string) => ({ clientId: `${a}.client_id`, ownerOrganisationId: `${a}.owner_organisation_id`, leadOrganisationId: `${a}.lead_organisation_id` }),
  Goal: (a: string) => ({ clientId: `${a}.client_id`, ownerOrganisationId: `${a}.owner_organisation_id` }),
  CarePlanAction: (a: string) => ({
    clientId: `${a}.client_id`,
    ownerOrganisationId: `${a}.owner_organisation_id`,
    organisationId: `${a}.organisation_id`,
    leadOrganisationId: `(SELECT lp.lead_organisation_id FROM care_plans lp WHERE lp.client_id = ${a}.client_id)`,
  }),
  ContactNote: (a: string) => ({ clientId: `${a}.client_id`, ownerOrganisationId: `${a}.owner_organisation_id`, organisationId: `${a}.organisation_id` }),
  Organisation: (a: string) => ({ id: `${a}.id` }),
  Service: (a: string) => ({ organisationId: `${a}.organisation_id`, status: `${a}.status` }),
  Location: (a: string) => ({ organisationId: `${a}.organisation_id`, visibility: `${a}.visibility` }),
  Membership: (a: string) => ({ organisationId: `${a}.organisation_id` }),
  Referral: (a: string) => ({
    senderOrganisationId: `${a}.sender_organisation_id`,
    receivingOrganisationId: `${a}.receiving_organisation_id`,
    status: `${a}.status`,
  }),
} satisfies Partial<Record<SubjectType, (alias: string) => Record<string, string>>>;

/**
 * Restricts a query to the rows the viewer may `action`, in SQL. Returns false when nothing
 * at all is allowed: the caller must then answer "nothing" without running the query.
 */
export async function restrictToAllowed<T extends ObjectLiteral>(
  ctx: RequestContext,
  qb: SelectQueryBuilder<T>,
  action: Action,
  subject: keyof typeof accessColumns,
  alias: string,
): Promise<boolean> {
  const condition = accessCondition(await ctx.ability(), action, subject, accessColumns[subject](alias), `${alias}_${action}`);
  if (!condition) return false;
  qb.andWhere(condition.sql, condition.params);
  return true;
}

/**
 * The sections of this (already visible) client that the viewer may read: all of them for
 * the owning organisation, those of the live consent otherwise. Decided from the rules the
 * request already holds, so no row is loaded to decide it.
 */
export async function readableScopes(ctx: RequestContext, client: { id: string; ownerOrganisationId: string }): Promise<Scope[]> {
  const ability = await ctx.ability();
  return ALL_SCOPES.filter((scope) =>
    ability.can('read', row('ClientSection', { clientId: client.id, ownerOrganisationId: client.ownerOrganisationId, scope })),
  );
}
