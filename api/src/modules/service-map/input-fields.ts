import { badInput } from '../../common';

interface FieldKinds<K extends string> {
  /** Optional texts: empty means "none" (null). */
  nullable?: readonly K[];
  /** Must have a value when given. */
  required?: readonly K[];
  /** Texts that are never null: null means empty. */
  text?: readonly K[];
  /** Lists that are never null: null means empty. */
  lists?: readonly K[];
}

/**
 * The fields given in an input (left-out ones stay unchanged), tidied: texts trimmed, lists
 * without duplicates, empty optional texts as null, and a required field of only spaces
 * refused with BAD_USER_INPUT naming it.
 */
export function givenFields<T extends object>(input: T, kinds: FieldKinds<Extract<keyof T, string>>): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (typeof value === 'string') out[key] = value.trim();
    else if (Array.isArray(value)) out[key] = [...new Set(value)];
    else out[key] = value;
  }
  for (const key of kinds.nullable ?? []) if (out[key] === '') out[key] = null;
  for (const key of kinds.text ?? []) if (out[key] === null) out[key] = '';
  for (const key of kinds.lists ?? []) if (out[key] === null) out[key] = [];
  for (const key of kinds.required ?? []) if (key in out && (out[key] === null || out[key] === '')) throw badInput(key, 'must not be empty.', 'REQUIRED');
  return out as Partial<T>;
}
