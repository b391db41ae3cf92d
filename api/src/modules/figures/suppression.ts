/**
 * The one small-count rule of Brug's figures. A published number (a cell) that counts fewer
 * than MIN_PEOPLE clients or people (but not none) is suppressed; so is one that would let the
 * viewing organisation subtract its own part and find fewer than MIN_PEOPLE of everyone else's.
 * Then complementary suppression: wherever published numbers add up (a total and its parts, in
 * any direction: period, region, category, status, service...), a suppressed number never
 * stands alone, or the total minus the visible parts would give it back. The same rule serves
 * every figure (modules/figures) and the coordinators' per-service referral counts.
 */
export const MIN_PEOPLE = 5;

export interface Cell {
  /** What is shown: a count that adds up (referrals, clients, contacts). */
  value: number;
  /** The distinct people behind it: the rule is about people, not rows. */
  people: number;
  /** The people behind it that the viewing organisation does not already know (its own are excluded). */
  others?: number;
}

/** `total` = the sum of `parts`. A part that is not a cell counts 0 (and shows 0). */
export interface Relation {
  total: string;
  parts: string[];
}

const small = (n: number | undefined) => n !== undefined && n > 0 && n < MIN_PEOPLE;

/** Counts of 1 to 4 people: suppressed on their own (primary suppression). */
export function isSmall(cell: Cell): boolean {
  return small(cell.people) || small(cell.others);
}

/**
 * Cells that are known to count the same people: a total whose parts are all 0 but one is that
 * part (the year and its only busy quarter; the clients of a month and those in need in a domain
 * when none are not). They are one cell to an attacker, so they are one cell here.
 */
function sameCells(cells: ReadonlyMap<string, Cell>, relations: readonly Relation[]): (id: string) => string {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root)) root = parent.get(root)!;
    for (let x = id; x !== root; ) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  const value = (id: string) => cells.get(id)?.value ?? 0;
  for (const relation of relations) {
    const busy = relation.parts.filter((p) => value(p) > 0);
    if (busy.length !== 1) continue;
    const [a, b] = [find(relation.total), find(busy[0])];
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  return find;
}

/**
 * The cells that must not be shown: every small cell, and then, relation by relation until
 * nothing changes, a second one beside any suppressed cell that is alone in its relation (the
 * smallest non-zero part, else the total). Deterministic: the same figures give the same
 * pattern, whoever asks and whatever filter they chose.
 */
export function suppress(cells: ReadonlyMap<string, Cell>, relations: readonly Relation[] = []): Set<string> {
  const find = sameCells(cells, relations);
  // Work on classes of cells that count the same people; a relation between them keeps its busy parts.
  const classes = new Map<string, Cell>();
  for (const [id, cell] of cells) {
    const root = find(id);
    const known = classes.get(root);
    if (!known || (isSmall(cell) && !isSmall(known))) classes.set(root, cell);
  }
  const merged: Relation[] = [];
  for (const relation of relations) {
    const total = find(relation.total);
    const parts = [...new Set(relation.parts.filter((p) => (cells.get(p)?.value ?? 0) > 0).map(find))];
    if (parts.length === 1 && parts[0] === total) continue;
    merged.push({ total, parts });
  }
  const hiddenClasses = suppressClasses(classes, merged);
  const hidden = new Set<string>();
  for (const id of cells.keys()) if (hiddenClasses.has(find(id))) hidden.add(id);
  return hidden;
}

function suppressClasses(cells: ReadonlyMap<string, Cell>, relations: readonly Relation[]): Set<string> {
  const hidden = new Set<string>();
  for (const [id, cell] of cells) if (isSmall(cell)) hidden.add(id);
  if (!hidden.size) return hidden;
  const byCell = new Map<string, number[]>();
  relations.forEach((relation, r) => {
    const note = (id: string) => {
      const list = byCell.get(id);
      if (list) list.push(r);
      else byCell.set(id, [r]);
    };
    note(relation.total);
    for (const id of relation.parts) note(id);
  });
  const value = (id: string) => cells.get(id)?.value ?? 0;
  // Only relations touching a newly hidden cell can need another complement.
  let pending = [...hidden];
  while (pending.length) {
    const next: string[] = [];
    const seen = new Set<number>();
    for (const id of pending) {
      for (const r of byCell.get(id) ?? []) {
        if (seen.has(r)) continue;
        seen.add(r);
        const relation = relations[r];
        let count = hidden.has(relation.total) ? 1 : 0;
        for (const part of relation.parts) if (hidden.has(part) && ++count > 1) break;
        if (count !== 1) continue;
        let complement: string | undefined;
        for (const part of relation.parts) {
          if (hidden.has(part) || value(part) <= 0) continue;
          if (complement === undefined || value(part) < value(complement) || (value(part) === value(complement) && part < complement)) complement = part;
        }
        if (complement === undefined && !hidden.has(relation.total) && value(relation.total) > 0) complement = relation.total;
        if (complement === undefined) continue;
        hidden.add(complement);
        next.push(complement);
      }
    }
    pending = next;
  }
  return hidden;
}
