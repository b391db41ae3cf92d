import type { AnyAbility } from '@casl/ability';
import { rulesToAST } from '@casl/ability/extra';
import { liveConsentSql } from './live-consent';

interface FieldNode {
  operator: string;
  field: string;
  value: unknown;
}
interface CompoundNode {
  operator: 'and' | 'or' | 'not';
  value: AstNode[] | AstNode;
}
type AstNode = FieldNode | CompoundNode;

/**
 * A rule field that is not a column but the viewer organisation's live consent for the row's
 * client (`consented`, `consentScopes` in ability.ts): `clientId` is the SQL expression of the
 * row's client id.
 */
export interface ConsentColumn {
  consentOfClient: string;
}
export type AccessColumn = string | ConsentColumn;

/** Whose consents `ConsentColumn`s ask about, and at which moment. */
export interface ConsentViewpoint {
  organisationId: string | null;
  at: Date;
}

export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

const COMPARISONS: Record<string, string> = { eq: '=', ne: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=' };

/**
 * Turns what a CASL ability allows into a SQL condition for a query builder, so rows the user
 * may not see are never loaded. `columns` maps each field a rule may name to its SQL
 * expression (for example `ownerOrganisationId` -> `client.owner_organisation_id`); a rule on
 * an unmapped field is a programming error and throws rather than silently allowing rows.
 * Returns null when nothing is allowed: the caller must then not run the query at all.
 */
export function accessCondition(
  ability: AnyAbility,
  action: string,
  subject: string,
  columns: Record<string, AccessColumn>,
  paramPrefix = 'acl',
  viewpoint?: ConsentViewpoint,
): SqlCondition | null {
  const ast = rulesToAST(ability, action, subject) as AstNode | null;
  if (!ast) return null;
  const params: Record<string, unknown> = {};
  let counter = 0;
  const param = (value: unknown) => {
    const name = `${paramPrefix}_${counter++}`;
    params[name] = value;
    return name;
  };

  const build = (node: AstNode): string => {
    if (node.operator === 'and' || node.operator === 'or') {
      const children = (node as CompoundNode).value as AstNode[];
      if (children.length === 0) return node.operator === 'and' ? 'TRUE' : 'FALSE';
      return `(${children.map(build).join(node.operator === 'and' ? ' AND ' : ' OR ')})`;
    }
    if (node.operator === 'not') {
      const inner = (node as CompoundNode).value;
      return `NOT ${build(Array.isArray(inner) ? { operator: 'and', value: inner } : inner)}`;
    }
    const { field, value, operator } = node as FieldNode;
    const column = columns[field];
    if (!column) throw new Error(`No SQL column is mapped for ${subject}.${field}`);
    if (typeof column !== 'string') return consentCondition(column, field, operator, value);
    if (operator === 'in' || operator === 'nin') {
      const list = value as unknown[];
      if (list.length === 0) return operator === 'in' ? 'FALSE' : 'TRUE';
      return `${operator === 'nin' ? 'NOT ' : ''}(${column} = ANY(:${param(list)}))`;
    }
    const sqlOperator = COMPARISONS[operator];
    if (!sqlOperator) throw new Error(`Unsupported rule operator ${operator} on ${subject}.${field}`);
    if (value === null) return operator === 'eq' ? `${column} IS NULL` : `${column} IS NOT NULL`;
    return `${column} ${sqlOperator} :${param(value)}`;
  };

  /** EXISTS over the viewer organisation's live consents for the row's client (index on grantee, client). */
  const consentCondition = (column: ConsentColumn, field: string, operator: string, value: unknown): string => {
    if (!viewpoint?.organisationId) return 'FALSE';
    const base =
      `EXISTS (SELECT 1 FROM consents k_ WHERE k_.client_id = ${column.consentOfClient} AND k_.grantee_organisation_id = :${param(viewpoint.organisationId)}` +
      ` AND ${liveConsentSql('k_', `:${param(viewpoint.at)}`)}`;
    if (field === 'consented' && operator === 'eq' && value === true) return `${base})`;
    if (field === 'consentScopes' && operator === 'eq' && typeof value === 'string') return `${base} AND :${param(value)} = ANY(k_.scopes))`;
    throw new Error(`Unsupported consent rule ${subject}.${field} ${operator}`);
  };

  return { sql: build(ast), params };
}
