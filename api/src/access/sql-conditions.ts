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
      if (node.operator === 'or') return buildOr(children);
      return `(${children.map(build).join(' AND ')})`;
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

  /** What a consent rule field asks of the consent row `k_` (the live consent itself is the EXISTS around it). */
  const consentTerm = (field: string, operator: string, value: unknown): string => {
    if (field === 'consented' && operator === 'eq' && value === true) return 'TRUE';
    if (field === 'consentScopes' && operator === 'eq' && typeof value === 'string') return `:${param(value)} = ANY(k_.scopes)`;
    throw new Error(`Unsupported consent rule ${subject}.${field} ${operator}`);
  };

  /** EXISTS over the viewer organisation's live consents for the row's client (index on grantee, client), asking `term` of the consent. */
  const consentExists = (clientExpression: string, term: string): string => {
    if (!viewpoint?.organisationId) return 'FALSE';
    return (
      `EXISTS (SELECT 1 FROM consents k_ WHERE k_.client_id = ${clientExpression} AND k_.grantee_organisation_id = :${param(viewpoint.organisationId)}` +
      ` AND ${liveConsentSql('k_', `:${param(viewpoint.at)}`)}${term === 'TRUE' ? '' : ` AND (${term})`})`
    );
  };

  const consentCondition = (column: ConsentColumn, field: string, operator: string, value: unknown): string =>
    consentExists(column.consentOfClient, consentTerm(field, operator, value));

  /**
   * A rule that is a plain AND of field conditions with at least one on the consent, as the
   * consent it asks for (its client) and what it asks of the row and of that consent; otherwise null.
   */
  const consentRule = (node: AstNode): { client: string; term: string } | null => {
    const fields = node.operator === 'and' ? ((node as CompoundNode).value as AstNode[]) : [node];
    if (!fields.every((f) => !['and', 'or', 'not'].includes(f.operator))) return null;
    const consentFields = (fields as FieldNode[]).filter((f) => columns[f.field] && typeof columns[f.field] !== 'string');
    if (!consentFields.length) return null;
    const clients = new Set(consentFields.map((f) => (columns[f.field] as ConsentColumn).consentOfClient));
    if (clients.size > 1) return null;
    const terms = (fields as FieldNode[]).map((f) => (consentFields.includes(f) ? consentTerm(f.field, f.operator, f.value) : build(f)));
    return { client: [...clients][0], term: terms.filter((t) => t !== 'TRUE').join(' AND ') || 'TRUE' };
  };

  /**
   * The rules of one action, OR-ed. Those that ask for the viewer's consent on the same client
   * become one EXISTS with the alternatives inside: (A AND consent names X) OR (B AND consent
   * names Y) is EXISTS(live consent AND ((A AND X) OR (B AND Y))), since A and B are about the
   * row only. One subquery instead of one per section (a timeline had nine).
   */
  const buildOr = (children: AstNode[]): string => {
    const parts: string[] = [];
    const byClient = new Map<string, string[]>();
    for (const child of children) {
      const rule = viewpoint?.organisationId ? consentRule(child) : null;
      if (!rule) {
        parts.push(build(child));
        continue;
      }
      const terms = byClient.get(rule.client) ?? [];
      if (!terms.length) byClient.set(rule.client, terms);
      terms.push(rule.term);
    }
    for (const [client, terms] of byClient)
      parts.unshift(consentExists(client, terms.includes('TRUE') ? 'TRUE' : terms.length === 1 ? terms[0] : terms.map((t) => `(${t})`).join(' OR ')));
    return `(${parts.join(' OR ')})`;
  };

  return { sql: build(ast), params };
}
