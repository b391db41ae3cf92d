/**
 * The member of a string enum (or of a list of string values) that `raw` names, or undefined:
 * a checked narrowing where a cast would let an unknown value through.
 */
export function enumValue<E extends string>(values: Readonly<Record<string, E>> | readonly E[], raw: string | null | undefined): E | undefined {
  return raw !== null && raw !== undefined && (Object.values(values) as string[]).includes(raw) ? (raw as E) : undefined;
}

/** The members of `values` that `raws` name, in the order given; unknown ones are left out. */
export function enumValues<E extends string>(values: Readonly<Record<string, E>> | readonly E[], raws: readonly string[]): E[] {
  return raws.flatMap((raw) => {
    const value = enumValue(values, raw);
    return value === undefined ? [] : [value];
  });
}
