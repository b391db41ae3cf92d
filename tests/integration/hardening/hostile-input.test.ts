import {
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLSchema,
  isInputObjectType,
} from 'graphql';
import { buildApiSchema } from '../../../api/src/schema';
import { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';

/**
 * Sends hostile input to EVERY mutation of the schema (read from the code, so a new mutation
 * is covered the day it is added): wrong types, huge strings, deep objects, unicode edge
 * cases, SQL metacharacters, __proto__/constructor keys, unknown ids. Each must be answered
 * with a clear, expected error code, and no business data may change.
 */
const EXPECTED_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT', 'TOO_MANY_REQUESTS']);
// Tables that legitimately change on every request (sessions are touched, reads are audited).
const VOLATILE_TABLES = new Set(['sessions', 'audit_entries', 'typeorm_migrations', 'login_attempts', 'login_throttles', 'idempotency_keys', 'client_visits']);
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

type Vars = Record<string, unknown>;

/** A well-formed value for a type: the baseline each attack changes one thing of. */
function plausible(type: GraphQLInputType, depth = 0): unknown {
  if (type instanceof GraphQLNonNull) return plausible(type.ofType, depth);
  if (type instanceof GraphQLList) return [plausible(type.ofType, depth)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    if (depth > 4) return {};
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => f.type instanceof GraphQLNonNull)
        .map((f) => [f.name, plausible(f.type, depth + 1)]),
    );
  }
  switch (type.name) {
    case 'ID':
      return UNKNOWN_ID;
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return false;
    case 'DateTimeISO':
    case 'DateTime':
    case 'Date':
      return new Date(Date.now() + 86400_000).toISOString();
    default:
      return 'plausible text';
  }
}

/** Hostile replacements for a leaf of the given type. */
function attacksFor(type: GraphQLInputType): { name: string; value: unknown }[] {
  const named = getNamedType(type);
  const common = [
    { name: 'wrong type (object)', value: { nested: { deeper: { deepest: [1, 2, 3] } } } },
    { name: '__proto__ key', value: JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}') },
  ];
  if (named instanceof GraphQLEnumType) return [...common, { name: 'unknown enum value', value: 'NOT_A_VALUE' }];
  if (isInputObjectType(named)) return [...common, { name: 'deep object', value: deepObject(60) }];
  switch (named.name) {
    case 'ID':
      return [
        ...common,
        { name: 'unknown id', value: UNKNOWN_ID },
        { name: 'malformed id', value: "1' OR '1'='1" },
        { name: 'id with NUL', value: `${UNKNOWN_ID}\u0000` },
      ];
    case 'Int':
    case 'Float':
      return [...common, { name: 'string for a number', value: 'forty-two' }, { name: 'out of range', value: 2 ** 53 }];
    case 'Boolean':
      return [...common, { name: 'string for a boolean', value: 'yes' }];
    case 'String':
      return [
        ...common,
        { name: 'huge string', value: 'A'.repeat(20_000) },
        { name: 'NUL character', value: 'before\u0000after' },
        { name: 'lone surrogate', value: 'broken \ud800 text' },
        { name: 'SQL metacharacters with NUL', value: "x'); DROP TABLE clients; --\u0000" },
      ];
    default:
      return [...common, { name: 'garbage for a scalar', value: '\u202E\u0000not-valid' }];
  }
}

function deepObject(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

interface Case {
  mutation: string;
  attack: string;
  query: string;
  variables: Vars;
}

/** For every mutation: the baseline with one argument (or one input field) replaced by an attack. */
function casesFor(schema: GraphQLSchema): Case[] {
  const cases: Case[] = [];
  for (const field of Object.values(schema.getMutationType()!.getFields())) {
    const args = field.args;
    if (!args.length) continue;
    const signature = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const returns = getNamedType(field.type);
    const selection = 'getFields' in returns ? ' { __typename }' : '';
    const query = `mutation Hostile(${signature}) { ${field.name}(${call})${selection} }`;
    const baseline: Vars = Object.fromEntries(args.map((a) => [a.name, plausible(a.type)]));
    for (const arg of args) {
      const targets: { path: string[]; type: GraphQLInputType }[] = [{ path: [arg.name], type: arg.type }];
      const named = getNamedType(arg.type);
      if (named instanceof GraphQLInputObjectType) {
        for (const inner of Object.values(named.getFields())) targets.push({ path: [arg.name, inner.name], type: inner.type });
      }
      for (const target of targets) {
        for (const attack of attacksFor(target.type)) {
          const variables = structuredClone(baseline);
          if (target.path.length === 1) variables[target.path[0]] = attack.value;
          else {
            const container = (variables[target.path[0]] ?? {}) as Vars;
            container[target.path[1]] = attack.value;
            variables[target.path[0]] = arg.type instanceof GraphQLNonNull && arg.type.ofType instanceof GraphQLList ? [container] : container;
          }
          cases.push({ mutation: field.name, attack: `${target.path.join('.')}: ${attack.name}`, query, variables });
        }
      }
    }
  }
  return cases;
}

describe('hostile input to every mutation', () => {
  let api: TestApi;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    api = await startTestApi();
    schema = await buildApiSchema();
  });
  afterAll(() => api.close());

  async function businessDataFingerprint(): Promise<Record<string, string>> {
    const tables: { tablename: string }[] = await api.dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    const fingerprint: Record<string, string> = {};
    for (const { tablename } of tables) {
      if (VOLATILE_TABLES.has(tablename)) continue;
      const [{ digest }] = await api.dataSource.query(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${tablename}" t`);
      fingerprint[tablename] = digest;
    }
    return fingerprint;
  }

  it.each([['admin@boysproject.test'], ['coordinator@brug.test'], [null]])(
    'as %s: every attack gets a clear error code and changes no data',
    async (who) => {
      const client: GraphQLClient = who ? await api.as(who) : api.anonymous;
      const before = await businessDataFingerprint();
      const unexpected: string[] = [];
      const cases = casesFor(schema);
      expect(cases.length).toBeGreaterThan(10);
      for (const c of cases) {
        const result = await client.request(c.query, c.variables);
        const codes = (result.errors ?? []).map((e) => e.extensions?.code as string);
        const data = result.data as Record<string, unknown> | null | undefined;
        if (!codes.length || data?.[c.mutation] != null) unexpected.push(`${c.mutation} (${c.attack}) succeeded`);
        else if (!codes.every((code) => EXPECTED_CODES.has(code)))
          unexpected.push(`${c.mutation} (${c.attack}) answered ${codes.join(',')}: ${result.errors?.[0]?.message}`);
        else if (JSON.stringify(result.errors).match(/stack|at .+\.ts:\d+|SELECT |INSERT |UPDATE /))
          unexpected.push(`${c.mutation} (${c.attack}) leaked internals`);
      }
      expect(unexpected).toEqual([]);
      expect(await businessDataFingerprint()).toEqual(before);
    },
    // Every mutation with every attack, three times: minutes on a busy 2-core machine.
    300_000,
  );
});
