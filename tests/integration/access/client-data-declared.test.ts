import { getNamedType, isObjectType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { CLIENT_DATA_EXTENSION, type ClientDataExtension } from '../../../api/src/access/client-data';
import { buildApiSchema } from '../../../api/src/schema';

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

const declarationOf = (thing: { extensions?: Record<string, unknown> | null }) =>
  (thing.extensions?.[CLIENT_DATA_EXTENSION] as ClientDataExtension | undefined) ?? undefined;

/** Object types of the API itself (not introspection, not the roots: those are checked by root-fields-declare-access). */
function objectTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__') && !ROOTS.has(t.name));
}

const isGuarded = (field: GraphQLField<unknown, unknown>) => {
  const d = declarationOf(field);
  return !!d && d.free === undefined;
};

describe('client data is declared, not remembered', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildApiSchema();
  });

  it('every field of every object type declares whether it carries client data (ClientData, ClientDataType or NoClientData with a reason)', () => {
    const undeclared: string[] = [];
    for (const type of objectTypes(schema)) {
      const typeDeclaration = declarationOf(type);
      for (const field of Object.values(type.getFields())) {
        const own = declarationOf(field);
        if (own) {
          if (own.free !== undefined && !own.free.trim()) undeclared.push(`${type.name}.${field.name} (NoClientData needs a reason)`);
          continue;
        }
        if (typeDeclaration && (typeDeclaration.wholeType || typeDeclaration.free?.trim())) continue;
        undeclared.push(`${type.name}.${field.name}`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('a type that is client data as a whole is reached only through a guarded ClientData field (or from inside another such type)', () => {
    const wholeTypes = new Set(
      objectTypes(schema)
        .filter((t) => declarationOf(t)?.wholeType)
        .map((t) => t.name),
    );
    expect(wholeTypes.size).toBeGreaterThan(5);
    const unguarded: string[] = [];
    for (const type of [...objectTypes(schema), ...[...ROOTS].map((r) => schema.getType(r)).filter(isObjectType)]) {
      for (const field of Object.values(type.getFields())) {
        const target = getNamedType(field.type).name;
        if (!wholeTypes.has(target) || wholeTypes.has(type.name)) continue;
        if (!isGuarded(field)) unguarded.push(`${type.name}.${field.name} -> ${target}`);
      }
    }
    expect(unguarded).toEqual([]);
  });

  it('a guarded field can answer "nothing": it is nullable or a list, or sits on an object only ever loaded through the access rule', () => {
    const required: string[] = [];
    for (const type of objectTypes(schema)) {
      for (const field of Object.values(type.getFields())) {
        if (!isGuarded(field)) continue;
        const t = field.type.toString();
        if (t.endsWith('!') && !t.startsWith('[')) required.push(`${type.name}.${field.name}`);
      }
    }
    // A required guarded field answers NOT_FOUND (never the value) when access is gone; that is only
    // acceptable on objects that are themselves loaded through the access rule's SQL, listed here.
    const loadedThroughTheAccessRule = /^(Client|ClientWithChanges|TimelineEntry|Goal|CarePlanAction|ContactNote|ReferralMessage|Consent)\./;
    expect(required.filter((f) => !loadedThroughTheAccessRule.test(f))).toEqual([]);
  });

  it('the free text about a client is declared client data: referral texts, thread, notes, plan and timeline', () => {
    const mustBeGuarded = [
      'Referral.reason',
      'Referral.clientWishes',
      'Referral.introduction',
      'Referral.messages',
      'Referral.declineNote',
      'Referral.cancelNote',
      'Referral.outcomeNote',
      'Referral.client',
      'Referral.clientPseudonym',
      'ReferralMessage.body',
      'Goal.text',
      'CarePlanAction.description',
      'CarePlanAction.completionNote',
      'ContactNote.text',
      'TimelineEntry.text',
      'TimelineEntry.summary',
      'Client.pseudonym',
      'Client.health',
    ];
    const fields = new Map<string, GraphQLField<unknown, unknown>>(
      objectTypes(schema).flatMap((t) => Object.values(t.getFields()).map((f) => [`${t.name}.${f.name}`, f] as const)),
    );
    expect(mustBeGuarded.filter((name) => !fields.get(name) || !isGuarded(fields.get(name)!))).toEqual([]);
  });
});
