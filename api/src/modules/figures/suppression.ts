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
    for (let x = id; x !== root;) {
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
  // The rule above keeps every relation safe on its own; a chain of relations can still pin a
  // small cell down (a "bridge"). Find those exactly and hide one more cell beside each.
  const solved = new Map<string, string[]>();
  const byCell = cellIndex(merged);
  for (let round = 0; round < 50; round++) {
    const exposed = determinedByComponent(merged, hiddenClasses, solved).filter((id) => isSmall(classes.get(id)!));
    if (!exposed.length) break;
    for (const id of exposed) {
      const complement = widen(classes, merged, byCell, hiddenClasses, id);
      if (complement) hiddenClasses.add(complement);
    }
    for (const id of suppressClasses(classes, merged, hiddenClasses)) hiddenClasses.add(id);
  }
  const hidden = new Set<string>();
  for (const id of cells.keys()) if (hiddenClasses.has(find(id))) hidden.add(id);
  return hidden;
}

/**
 * determined(), one connected part at a time: an equation (relation) ties together only its
 * hidden cells, so the hidden cells fall apart into groups no equation links, each solved on its
 * own (a few small systems instead of one large one). A group solved in an earlier round with
 * the same cells and equations is not solved again (`solved`, keyed by its cells).
 */
function determinedByComponent(relations: readonly Relation[], hidden: ReadonlySet<string>, solved: Map<string, string[]>): string[] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    for (let x = id; x !== root;) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  const touching: { relation: Relation; first: string }[] = [];
  for (const relation of relations) {
    let first: string | undefined;
    for (const id of [relation.total, ...relation.parts]) {
      if (!hidden.has(id)) continue;
      if (!parent.has(id)) parent.set(id, id);
      if (first === undefined) first = id;
      else {
        const [a, b] = [find(first), find(id)];
        if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
      }
    }
    if (first !== undefined) touching.push({ relation, first });
  }
  const groups = new Map<string, { cells: string[]; relations: Relation[] }>();
  for (const id of parent.keys()) {
    const root = find(id);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { cells: [], relations: [] }));
    group.cells.push(id);
  }
  for (const { relation, first } of touching) groups.get(find(first))!.relations.push(relation);
  const out: string[] = [];
  for (const group of groups.values()) {
    const key = group.cells.sort().join('\n');
    let found = solved.get(key);
    if (!found) solved.set(key, (found = determined(group.relations, new Set(group.cells))));
    out.push(...found);
  }
  return out;
}

const P = 1_000_003;
const mod = (x: number) => ((x % P) + P) % P;

/**
 * The hidden cells the published ones determine exactly, through any chain of relations: the
 * hidden cells are unknowns, each relation an equation. Solved once in echelon form modulo a
 * prime; a random solution of the homogeneous system is zero exactly at the determined unknowns
 * (but for a chance of one in a million per cell, which only hides one cell more).
 */
function determined(relations: readonly Relation[], hidden: ReadonlySet<string>): string[] {
  const ids = [...hidden];
  const index = new Map(ids.map((id, i) => [id, i]));
  // Echelon form: a row's pivot is its smallest unknown, and no other row holds that unknown as
  // its pivot; a new row is reduced only by the rows whose pivots it holds, smallest first (a
  // heap), so the cost follows the fill-in, not (rows x rows).
  const byPivot = new Map<number, Map<number, number>>();
  for (const relation of relations) {
    const row = new Map<number, number>();
    const add = (id: string, c: number) => {
      const i = index.get(id);
      if (i === undefined) return;
      const v = mod((row.get(i) ?? 0) + c);
      if (v) row.set(i, v);
      else row.delete(i);
    };
    add(relation.total, 1);
    for (const part of relation.parts) add(part, -1);
    const heap = new MinHeap([...row.keys()]);
    let pivot = -1;
    for (let j = heap.pop(); j !== undefined; j = heap.pop()) {
      const f = row.get(j);
      if (!f) continue;
      const r = byPivot.get(j);
      if (!r) {
        pivot = j;
        break;
      }
      for (const [k, c] of r) {
        const had = row.has(k);
        const v = mod((row.get(k) ?? 0) - f * c);
        if (v) {
          row.set(k, v);
          if (!had) heap.push(k);
        } else row.delete(k);
      }
    }
    if (pivot < 0) continue;
    const inv = inverse(row.get(pivot)!);
    for (const [j, c] of row) row.set(j, mod(c * inv));
    byPivot.set(pivot, row);
  }
  // A random solution: free unknowns at random, then each pivot from the larger unknowns of its row.
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) % (P - 1)) + 1;
  const x = ids.map((_, i) => (byPivot.has(i) ? 0 : random()));
  for (const pivot of [...byPivot.keys()].sort((a, b) => b - a)) {
    let sum = 0;
    for (const [j, c] of byPivot.get(pivot)!) if (j !== pivot) sum = mod(sum + c * x[j]);
    x[pivot] = mod(-sum);
  }
  return ids.filter((_, i) => x[i] === 0);
}

/** A binary min-heap of unknowns' indexes. */
class MinHeap {
  private readonly a: number[] = [];
  constructor(items: number[]) {
    for (const x of items) this.push(x);
  }
  push(x: number): void {
    const a = this.a;
    a.push(x);
    for (let i = a.length - 1; i > 0;) {
      const up = (i - 1) >> 1;
      if (a[up] <= a[i]) break;
      [a[up], a[i]] = [a[i], a[up]];
      i = up;
    }
  }
  pop(): number | undefined {
    const a = this.a;
    if (!a.length) return undefined;
    const top = a[0];
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      for (let i = 0; ;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let m = i;
        if (l < a.length && a[l] < a[m]) m = l;
        if (r < a.length && a[r] < a[m]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

function inverse(a: number): number {
  let [t, newT, r, newR] = [0, 1, P, mod(a)];
  while (newR !== 0) {
    const q = Math.floor(r / newR);
    [t, newT] = [newT, t - q * newT];
    [r, newR] = [newR, r - q * newR];
  }
  return mod(t);
}

/**
 * One more cell to hide beside an exposed one: the smallest visible non-zero cell of a relation
 * it is in, else of a relation of the hidden cells next to it, and so on outwards.
 */
function widen(
  cells: ReadonlyMap<string, Cell>,
  relations: readonly Relation[],
  byCell: ReadonlyMap<string, number[]>,
  hidden: ReadonlySet<string>,
  id: string,
): string | undefined {
  const value = (x: string) => cells.get(x)?.value ?? 0;
  const seen = new Set([id]);
  let frontier = [id];
  while (frontier.length) {
    let best: string | undefined;
    const next: string[] = [];
    // The relations the frontier is in, in their order (as a scan of all of them would meet them).
    const touched = [...new Set(frontier.flatMap((f) => byCell.get(f) ?? []))].sort((a, b) => a - b);
    for (const r of touched) {
      const relation = relations[r];
      const members = [relation.total, ...relation.parts];
      for (const m of members) {
        if (hidden.has(m)) {
          if (!seen.has(m)) {
            seen.add(m);
            next.push(m);
          }
        } else if (value(m) > 0 && (best === undefined || value(m) < value(best) || (value(m) === value(best) && m < best))) best = m;
      }
    }
    if (best !== undefined) return best;
    frontier = next;
  }
  return undefined;
}

function suppressClasses(cells: ReadonlyMap<string, Cell>, relations: readonly Relation[], already: ReadonlySet<string> = new Set()): Set<string> {
  const hidden = new Set<string>(already);
  for (const [id, cell] of cells) if (isSmall(cell)) hidden.add(id);
  if (!hidden.size) return hidden;
  const byCell = cellIndex(relations);
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

/** The relations each cell is in (by their index). */
function cellIndex(relations: readonly Relation[]): Map<string, number[]> {
  const byCell = new Map<string, number[]>();
  relations.forEach((relation, r) => {
    const note = (id: string) => {
      const list = byCell.get(id);
      if (list) {
        if (list[list.length - 1] !== r) list.push(r);
      } else byCell.set(id, [r]);
    };
    note(relation.total);
    for (const id of relation.parts) note(id);
  });
  return byCell;
}
