/**
 * What an attacker can work out from published counts by adding and subtracting them: the
 * linear span of the published counts, each a vector over unknowns (counts of the finest groups
 * of records). A count is given away exactly when its vector lies in that span: total minus
 * visible cells, period A plus B against A∪B, a region against the whole, any chain of those.
 * Kept in echelon form modulo a prime (exact integer arithmetic in doubles).
 */
const P = 1_000_003;
const mod = (x: number) => ((x % P) + P) % P;

function inverse(a: number): number {
  let [t, newT, r, newR] = [0, 1, P, mod(a)];
  while (newR !== 0) {
    const q = Math.floor(r / newR);
    [t, newT] = [newT, t - q * newT];
    [r, newR] = [newR, r - q * newR];
  }
  return mod(t);
}

export type Vector = Map<number, number>;

export class Span {
  private readonly rows: { pivot: number; entries: [number, number][] }[] = [];
  private readonly seen = new Set<string>();

  constructor(readonly size: number) {}

  private reduce(vector: Vector): Float64Array {
    const v = new Float64Array(this.size);
    for (const [i, c] of vector) v[i] = mod(v[i] + c);
    for (const row of this.rows) {
      const f = v[row.pivot];
      if (f === 0) continue;
      for (const [j, c] of row.entries) v[j] = mod(v[j] - f * c);
    }
    return v;
  }

  /** A published count. */
  add(vector: Vector): void {
    const key = [...vector]
      .filter(([, c]) => c !== 0)
      .sort((a, b) => a[0] - b[0])
      .join(';');
    if (!key || this.seen.has(key)) return;
    this.seen.add(key);
    const v = this.reduce(vector);
    const pivot = v.findIndex((x) => x !== 0);
    if (pivot < 0) return;
    const inv = inverse(v[pivot]);
    const entries: [number, number][] = [];
    v.forEach((x, j) => x !== 0 && entries.push([j, mod(x * inv)]));
    this.rows.push({ pivot, entries });
  }

  /** Can this count be worked out from what was published? */
  determines(vector: Vector): boolean {
    return this.reduce(vector).every((x) => x === 0);
  }
}
