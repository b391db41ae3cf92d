import {
  getNamedType,
  GraphQLEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { buildApiSchema } from '../../../api/src/schema';
import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';

/**
 * No id argument ever answers INTERNAL_SERVER_ERROR. Every Query and Mutation field with an ID
 * (as an argument, or inside an input object, or a list of them) is found in the schema built
 * from the code, and called with a malformed id, a random UUID, a numbered id of the kind the
 * API answers (timeline, audit entries) and a real id of every kind, the other arguments given
 * minimal valid values from their types (other ids: rows of the caller's own organisation). A
 * malformed id is refused by the one id rule before any query; an id of another kind gets the
 * very answer an id that names nothing gets, so no answer tells what an id is.
 */

type Vars = Record<string, unknown>;
const RANDOM_UUID = '5b0f3c1e-8d2a-4c7e-9f10-123456789abc';
const TOMORROW = Date.now() + 86_400_000;

/** A minimal valid value for a type; an id gets `id(its name)`. */
type IdFor = (name: string) => string;
function minimal(type: GraphQLInputType, id: IdFor, depth = 0, name = ''): unknown {
  if (isNonNullType(type)) return minimal(type.ofType, id, depth, name);
  if (isListType(type)) return [minimal(type.ofType, id, depth, name)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined && depth < 5)
        .map((f) => [f.name, minimal(f.type, id, depth + 1, f.name)]),
    );
  }
  switch (type.name) {
    case 'ID':
      return id(name);
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTimeISO':
      // One instant for the whole run (an end an hour after its start), so two calls differ only in their ids.
      return new Date(TOMORROW + (/^(end|until|to)|Until$/i.test(name) ? 3_600_000 : 0)).toISOString();
    case 'JSONObject':
      return {};
    default:
      return 'x';
  }
}

/** Where the ids of an argument sit: [] for the argument itself, ['serviceId'] inside an input, '[]' for a list item. */
function idPaths(type: GraphQLInputType, seen = new Set<string>()): string[][] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return idPaths(inner.ofType, seen).map((p) => ['[]', ...p]);
  const named = getNamedType(inner);
  if (named.name === 'ID') return [[]];
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  seen.add(named.name);
  return Object.values(named.getFields()).flatMap((f) => idPaths(f.type, new Set(seen)).map((p) => [f.name, ...p]));
}

/** Sets the id at a path in an argument value built by `minimal` (creating the optional containers on the way). */
function withIdAt(value: unknown, type: GraphQLInputType, path: string[], id: string, idFor: IdFor): unknown {
  if (!path.length) return id;
  const inner = isNonNullType(type) ? type.ofType : type;
  const [step, ...rest] = path;
  if (step === '[]') {
    if (!isListType(inner)) throw new Error(`${inner.toString()} is not a list`);
    return [withIdAt(Array.isArray(value) ? value[0] : undefined, inner.ofType, rest, id, idFor)];
  }
  const named = getNamedType(inner);
  if (!isInputObjectType(named)) throw new Error(`No field ${step} on ${named.name}`);
  const field = named.getFields()[step];
  const container = { ...((value as Vars | undefined) ?? (minimal(named, idFor) as Vars)) };
  container[step] = withIdAt(container[step] ?? (rest.length ? minimal(field.type, idFor, 0, step) : undefined), field.type, rest, id, idFor);
  return container;
}

/** The kind of row an id argument names, from its name (or, for `id`, from what the field answers). */
const KIND_BY_NAME: Record<string, string> = {
  client: 'client',
  organisation: 'organisation',
  granteeOrganisation: 'organisation',
  service: 'service',
  suggestedService: 'service',
  location: 'location',
  referral: 'referral',
  goal: 'goal',
  action: 'action',
  membership: 'membership',
  receivingWorker: 'user',
};
const KIND_BY_TYPE: Record<string, string> = {
  Client: 'client',
  ClientWithChanges: 'client',
  Referral: 'referral',
  Consent: 'consent',
  Goal: 'goal',
  CarePlanAction: 'action',
  Organisation: 'organisation',
  Service: 'service',
  Location: 'location',
  Invitation: 'invitation',
  Member: 'membership',
};
function kindOf(field: GraphQLField<unknown, unknown>, name: string): string | undefined {
  const base = name.replace(/Ids?$/, '');
  if (base !== 'id' && base !== 'ids' && base !== '') return KIND_BY_NAME[base];
  if (/notification/i.test(field.name)) return 'notification';
  return KIND_BY_TYPE[getNamedType(field.type).name];
}

interface Position {
  root: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  arg: string;
  path: string[];
}

function positions(schema: GraphQLSchema): Position[] {
  const out: Position[] = [];
  for (const [root, type] of [
    ['query', schema.getQueryType()!],
    ['mutation', schema.getMutationType()!],
  ] as const) {
    for (const field of Object.values(type.getFields())) {
      for (const arg of field.args) for (const path of idPaths(arg.type)) out.push({ root, field, arg: arg.name, path });
    }
  }
  return out;
}

/** The call with `id` at the position; every other id names a row of its own kind that the viewer's organisation has. */
function request(p: Position, id: string, ownIds: Record<string, string>): { query: string; variables: Vars } {
  const idFor: IdFor = (name) => ownIds[kindOf(p.field, name) ?? ''] ?? RANDOM_UUID;
  const args = p.field.args;
  const signature = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const returns = getNamedType(p.field.type);
  const selection = 'getFields' in returns ? ' { __typename }' : '';
  const variables: Vars = {};
  for (const a of args) {
    const base = isNonNullType(a.type) || a.name === p.arg ? minimal(a.type, idFor, 0, a.name) : undefined;
    variables[a.name] = a.name === p.arg ? withIdAt(base, a.type, p.path, id, idFor) : base;
  }
  return { query: `${p.root} IdArguments${signature ? `(${signature})` : ''} { ${p.field.name}${call ? `(${call})` : ''}${selection} }`, variables };
}

const describePosition = (p: Position) => `${p.field.name}(${[p.arg, ...p.path].join('.')})`;

describe('no id argument answers INTERNAL_SERVER_ERROR', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  let idsOfEveryKind: Record<string, string>;
  /** Rows of Boysproject's (the caller's organisation), to fill the other id arguments with. */
  let ownIds: Record<string, string>;

  beforeAll(async () => {
    [api, schema] = await Promise.all([startTestApi(), buildApiSchema()]);
    // One real id of each kind the API names (ids of another kind than the argument wants).
    const one = async (table: string, where = 'true') =>
      (await api.dataSource.query(`SELECT id::text AS id FROM ${table} WHERE ${where} ORDER BY id LIMIT 1`))[0]?.id as string;
    idsOfEveryKind = {
      organisation: await one('organisations', `name = 'Moviera'`),
      ownOrganisation: await one('organisations', `name = 'Boysproject'`),
      client: await one('clients'),
      service: await one('services'),
      // Another organisation's archived service: no one outside it may see it, so it must answer as a missing one.
      othersArchivedService: (
        await api.dataSource.query(
          `UPDATE services SET status = 'ARCHIVED' WHERE id = (SELECT s.id FROM services s JOIN organisations o ON o.id = s.organisation_id WHERE o.name = 'Moviera' AND s.status = 'ACTIVE' ORDER BY s.id LIMIT 1) RETURNING id::text AS id`,
        )
      )[0][0]?.id as string,
      location: await one('locations'),
      referral: await one('referrals'),
      consent: await one('consents'),
      membership: await one('memberships'),
      user: await one('users'),
      invitation: (
        await api.dataSource.query(
          `INSERT INTO invitations (organisation_id, role, code_hash, expires_at) SELECT id, 'WORKER', md5(random()::text), now() + interval '1 day' FROM organisations WHERE name = 'Moviera' RETURNING id::text AS id`,
        )
      )[0]?.id as string,
      goal: await one('care_goals'),
      action: await one('care_plan_actions'),
      notification: await one('notifications'),
    };
    idsOfEveryKind = Object.fromEntries(Object.entries(idsOfEveryKind).filter(([, id]) => !!id));
    const own = idsOfEveryKind.ownOrganisation;
    const first = async (sql: string) => (await api.dataSource.query(`${sql} LIMIT 1`, [own]))[0]?.id as string | undefined;
    const ofOwnClients = (table: string) =>
      first(`SELECT t.id::text AS id FROM ${table} t JOIN clients c ON c.id = t.client_id WHERE c.owner_organisation_id = $1 ORDER BY t.id`);
    ownIds = Object.fromEntries(
      Object.entries({
        organisation: own,
        client: await first(`SELECT id::text AS id FROM clients WHERE owner_organisation_id = $1 AND erased_at IS NULL ORDER BY id`).catch(() =>
          first(`SELECT id::text AS id FROM clients WHERE owner_organisation_id = $1 ORDER BY id`),
        ),
        service: await first(`SELECT id::text AS id FROM services WHERE organisation_id = $1 AND status = 'ACTIVE' ORDER BY id`),
        location: await first(`SELECT id::text AS id FROM locations WHERE organisation_id = $1 ORDER BY id`),
        referral: await first(`SELECT id::text AS id FROM referrals WHERE sender_organisation_id = $1 ORDER BY id`),
        membership: await first(`SELECT id::text AS id FROM memberships WHERE organisation_id = $1 ORDER BY id`),
        user: await first(`SELECT u.id::text AS id FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.organisation_id = $1 ORDER BY u.id`),
        consent: await ofOwnClients('consents'),
        goal: await ofOwnClients('care_goals'),
        action: await ofOwnClients('care_plan_actions'),
      }).filter((entry): entry is [string, string] => !!entry[1]),
    );
  });
  afterAll(() => api.close());

  it('finds the id arguments in the schema, inside input objects and lists too', () => {
    const found = positions(schema).map(describePosition);
    expect(found.length).toBeGreaterThan(40);
    expect(found).toEqual(
      expect.arrayContaining([
        'clientTimeline(organisationId)',
        'createReferral(input.serviceId)',
        'createService(input.locationIds.[])',
        'markNotificationsRead(ids.[])',
      ]),
    );
    // And it has a real id of every kind to try (and of the caller's own rows to fill the rest with).
    expect(Object.keys(idsOfEveryKind).sort()).toEqual(
      [
        'action',
        'client',
        'consent',
        'goal',
        'invitation',
        'location',
        'membership',
        'notification',
        'organisation',
        'othersArchivedService',
        'ownOrganisation',
        'referral',
        'service',
        'user',
      ].sort(),
    );
    expect(Object.keys(ownIds).sort()).toEqual(
      ['action', 'client', 'consent', 'goal', 'location', 'membership', 'organisation', 'referral', 'service', 'user'].sort(),
    );
  });

  it.each([['sam@boysproject.test'], ['admin@boysproject.test']])(
    'as %s: a malformed id, a random UUID, a numbered id and an id of every other kind get a clear answer',
    async (who) => {
      const client: GraphQLClient = await api.as(who);
      const values: Record<string, string> = {
        malformed: 'not-an-id',
        'SQL-ish': "1' OR '1'='1",
        'random UUID': RANDOM_UUID,
        'numbered id': '12345',
        ...Object.fromEntries(Object.entries(idsOfEveryKind).map(([kind, id]) => [`a ${kind} id`, id])),
      };
      const internal: string[] = [];
      const differs: string[] = [];
      for (const p of positions(schema)) {
        const answers: Record<string, { code?: string; field?: string; message?: string }> = {};
        const wanted = kindOf(p.field, [p.arg, ...p.path].filter((s) => s !== '[]').pop()!);
        const sameKind = (kind: string) => kind === wanted || (wanted === 'organisation' && kind === 'ownOrganisation');
        // Ids of the kind the argument wants go last: they may do what the call says (and change what later calls find).
        const ordered = Object.entries(values).sort(
          ([a], [b]) => Number(sameKind(a.replace(/^a (\w+) id$/, '$1'))) - Number(sameKind(b.replace(/^a (\w+) id$/, '$1'))),
        );
        for (const [name, id] of ordered) {
          const { query, variables } = request(p, id, ownIds);
          const result = await client.request(query, variables);
          const error = result.errors?.[0];
          answers[name] = { code: error?.extensions?.code, field: error?.extensions?.field, message: error?.message };
          if (result.status >= 500 || result.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
            internal.push(`${describePosition(p)} with ${name}: ${result.status} ${JSON.stringify(result.errors)}`);
          }
        }
        // A field this viewer may not call at all (the client's own view, for a worker) says so first, whatever the id.
        if (Object.values(answers).every((a) => a.code === 'UNAUTHENTICATED' && a.message === answers['random UUID'].message)) continue;
        // A malformed id never reaches a query: asked for directly it is simply not there, inside an input it is a mistake in that field.
        const guardAnswer = p.path.length ? { code: 'BAD_USER_INPUT', field: p.path.filter((s) => s !== '[]').pop() ?? p.arg } : { code: 'NOT_FOUND' };
        for (const name of ['malformed', 'SQL-ish', 'numbered id']) {
          if (answers[name].code !== guardAnswer.code || ('field' in guardAnswer && answers[name].field !== guardAnswer.field)) {
            differs.push(`${describePosition(p)}: ${name} answered ${JSON.stringify(answers[name])}`);
          }
        }
        // An id of another kind names nothing this argument can mean: the same answer as an id that names nothing at all.
        for (const kind of Object.keys(idsOfEveryKind)) {
          if (sameKind(kind)) continue;
          const a = answers[`a ${kind} id`];
          const b = answers['random UUID'];
          if (a.code !== b.code || a.message !== b.message)
            differs.push(`${describePosition(p)}: a ${kind} id answered ${JSON.stringify(a)} but a random UUID ${JSON.stringify(b)}`);
        }
      }
      expect(internal).toEqual([]);
      expect(differs).toEqual([]);
    },
    240_000,
  );
});
