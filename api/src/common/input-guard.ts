import { getNamedType, GraphQLInputType, GraphQLList, GraphQLNonNull, isInputObjectType } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { badInput, BrugError, type InputReason } from './errors';
import { isUuid } from './ids';

/** No text field in Brug needs more; fields set tighter limits of their own. */
export const MAX_TEXT_LENGTH = 10_000;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Errors name the field itself (`organisationId`), as validation errors of input types do. */
const fieldName = (path: string) =>
  path
    .replace(/\[\d+\]/g, '')
    .split('.')
    .pop()!;

function check(value: unknown, type: GraphQLInputType | undefined, path: string): void {
  if (value === null || value === undefined) return;
  const invalid = (message: string, reason: InputReason, params?: Record<string, number>) => badInput(fieldName(path), message, reason, params);
  const inner = type instanceof GraphQLNonNull ? type.ofType : type;
  if (Array.isArray(value)) {
    if (value.length > 1000) throw invalid('has too many items.', 'TOO_MANY', { max: 1000 });
    const itemType = inner instanceof GraphQLList ? inner.ofType : inner;
    value.forEach((item, i) => check(item, itemType, `${path}[${i}]`));
    return;
  }
  if (typeof value === 'string') {
    if (value.length > MAX_TEXT_LENGTH) throw invalid(`is too long (at most ${MAX_TEXT_LENGTH} characters).`, 'TOO_LONG', { max: MAX_TEXT_LENGTH });
    // PostgreSQL cannot store NUL, and a lone surrogate would be silently mangled.
    if (value.includes('\u0000') || LONE_SURROGATE.test(value)) throw invalid('contains characters that are not allowed.', 'CHARACTERS');
    if (inner && getNamedType(inner).name === 'ID' && !isUuid(value)) {
      // A malformed id asked for directly is simply not there; one inside an input is a mistake in it.
      if (!path.includes('.') && !path.includes('[')) throw new BrugError('NOT_FOUND', 'Nothing was found with this id.');
      throw invalid('is not a valid id.', 'INVALID_ID');
    }
    return;
  }
  if (typeof value === 'object' && !(value instanceof Date)) {
    const named = inner ? getNamedType(inner) : undefined;
    const fields = named && isInputObjectType(named) ? named.getFields() : undefined;
    for (const [key, item] of Object.entries(value)) check(item, fields && key in fields ? fields[key].type : undefined, `${path}.${key}`);
  }
}

/**
 * One guard for every field's arguments (root fields and nested ones alike), before its
 * resolver runs: bounded text, no NUL or broken unicode, well-formed ids (the one id rule,
 * common/ids.ts), bounded lists. Unknown or `__proto__` keys never get this far: GraphQL input
 * coercion refuses fields an input type does not declare.
 */
export const guardInput: MiddlewareFn = async ({ args, info }, next) => {
  const given = Object.entries(args);
  if (given.length) {
    const definitions = info.parentType.getFields()[info.fieldName].args;
    for (const [name, value] of given) check(value, definitions.find((d) => d.name === name)?.type, name);
  }
  return (await next()) as unknown;
};
