import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { NoClientData } from './client-data-declaration';
import { badInput } from './errors';
import { isUuid } from './ids';

export const MAX_PAGE_SIZE = 100;

@NoClientData('where a page ends')
@ObjectType({ description: 'Where a page ends, for asking the next one' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page' })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}` })
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A cursor-paginated list of `T`: `nodes`, `edges`, `pageInfo` and `totalCount`. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @NoClientData('an opaque position in the list')
    @Field(() => String)
    cursor: string;

    @NoClientData('the item declares its own fields')
    @Field(() => nodeType)
    node: T;
  }

  @ObjectType()
  abstract class ConnectionType implements Page<T> {
    @NoClientData('the items declare their own fields')
    @Field(() => [nodeType])
    nodes: T[];

    @NoClientData('the items declare their own fields')
    @Field(() => [Edge])
    edges: Edge[];

    @NoClientData('where the page ends')
    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @NoClientData('a count of rows the viewer may see')
    @Field(() => Int, { description: 'How many match in all (only rows the viewer may see)' })
    totalCount: number;
  }
  return ConnectionType;
}

/** Cursors are opaque to clients: the sort key values of the last row, base64url JSON. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): unknown[] | null {
  if (cursor == null || cursor === '') return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity) return values as unknown[];
  } catch {
    // fall through to the error below
  }
  throw badInput('after', 'this cursor is not valid; use the endCursor of the previous page.', 'INVALID_CURSOR');
}

export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput('first', `must be between 1 and ${MAX_PAGE_SIZE}.`, 'OUT_OF_RANGE', { min: 1, max: MAX_PAGE_SIZE });
  }
  return first;
}

/**
 * Builds a page from rows fetched with `first + 1` (the extra row only tells whether there is
 * a next page) and the sort key that becomes each row's cursor.
 */
export function toPage<T>(rows: T[], first: number, totalCount: number, sortKey: (row: T) => unknown[]): Page<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(sortKey(node)), node }));
  return {
    nodes,
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
  };
}

export const emptyPage = <T>(): Page<T> => ({ nodes: [], edges: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } });

/**
 * What a cursor holds, part by part: `time` an instant (a Date, or the database's own text when
 * it keeps microseconds), `uuid` a row id, `serial` a bigint id (digits), `text` a sort text such
 * as a name. Decoded, every part is a string, ready to bind.
 */
export type CursorPart = 'time' | 'uuid' | 'serial' | 'text';
export type CursorValues<P extends readonly CursorPart[]> = { -readonly [K in keyof P]: string };
type CursorInput<P extends readonly CursorPart[]> = { -readonly [K in keyof P]: P[K] extends 'time' ? Date | string : string | bigint };

const CURSOR_CHECKS: Record<CursorPart, (v: unknown) => boolean> = {
  time: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
  uuid: (v) => isUuid(v),
  serial: (v) => typeof v === 'string' && /^[0-9]{1,19}$/.test(v),
  text: (v) => typeof v === 'string' && v.length <= 1000,
};

/**
 * One typed cursor codec for every connection: `key` turns a row's sort values into the cursor
 * `toPage` writes, `decode` reads `after` back (null when absent) or answers BAD_USER_INPUT.
 */
export function cursorCodec<const P extends readonly CursorPart[]>(...parts: P) {
  return {
    key: (values: CursorInput<P>): string[] => (values as unknown[]).map((v) => (v instanceof Date ? v.toISOString() : String(v))),
    decode(after: string | null | undefined): CursorValues<P> | null {
      const values = decodeCursor(after, parts.length);
      if (!values) return null;
      if (!parts.every((part, i) => CURSOR_CHECKS[part](values[i])))
        throw badInput('after', 'this cursor is not valid; use the endCursor of the previous page.', 'INVALID_CURSOR');
      return values as CursorValues<P>;
    },
  };
}

/** The cursor of a list ordered by a text (a name) and then the id. */
export const textIdCursor = cursorCodec('text', 'uuid');
