import { Cell, Relation, suppress } from './suppression';

/**
 * All figures one viewer may ask for, as one set of cells, so that one suppression pattern holds
 * whatever filter is chosen: a filter picks cells, it never adds up rows anew. Cells are grouped
 * along the period (month < quarter < year), the region (region < country < all), the service's
 * main category (< all) and each figure's keys (< all); every "parent = sum of its children"
 * along one of those is a relation the suppression module keeps safe. Cells that are the same
 * people counted the same way are one cell (a service's referrals are the same in its region and
 * in the whole network; the declined referrals are the total of the decline reasons).
 */
export const ALL = '*';

/** `span`: a period whose cells do not add up to the longer period's (progress: first and last rating change with it). */
export type DimKind = 'period' | 'span' | 'region' | 'category' | 'key' | 'selector';

export interface Family {
  name: string;
  dims: readonly DimKind[];
  /** The id of the one cell these coordinates stand for, when another family holds it. */
  alias?: (coord: readonly string[]) => string | undefined;
}

const plainId = (family: string, coord: readonly string[]) => `${family}|${coord.join('|')}`;
const idOf = (family: Family, coord: readonly string[]) => family.alias?.(coord) ?? plainId(family.name, coord);
const refId = (p: string, r: string, c: string, status: string) => plainId('ref', [p, r, c, status]);
const cliId = (p: string, r: string) => plainId('cli', [p, r]);

/** Referrals by their status (ALL = every sent referral). */
export const REF: Family = { name: 'ref', dims: ['period', 'region', 'category', 'key'] };
/** Referrals by service (and status); a service lies in one region and category, so those do not split it. */
export const SVC: Family = {
  name: 'svc',
  dims: ['period', 'region', 'category', 'key', 'key'],
  alias: ([p, r, c, s, st]) => (s === ALL ? refId(p, r, c, st) : plainId('svc', [p, s, st])),
};
/** Referrals by receiving organisation (and status). */
export const ORG: Family = {
  name: 'org',
  dims: ['period', 'region', 'category', 'key', 'key'],
  alias: ([p, r, c, o, st]) => (o === ALL ? refId(p, r, c, st) : undefined),
};
/** Declined referrals by reason: their total is the DECLINED cell. */
export const DEC: Family = {
  name: 'dec',
  dims: ['period', 'region', 'category', 'key'],
  alias: ([p, r, c, k]) => (k === ALL ? refId(p, r, c, 'DECLINED') : undefined),
};
/** Completed referrals by outcome: their total is the COMPLETED cell. */
export const OUT: Family = {
  name: 'oc',
  dims: ['period', 'region', 'category', 'key'],
  alias: ([p, r, c, k]) => (k === ALL ? refId(p, r, c, 'COMPLETED') : undefined),
};
/** Clients registered. */
export const CLI: Family = { name: 'cli', dims: ['period', 'region'] };
/** Clients per life domain: rated 1-2 (NEED) or not (OTHER); the two add up to the clients registered. */
export const NEED: Family = { name: 'need', dims: ['period', 'region', 'selector', 'key'], alias: ([p, r, , k]) => (k === ALL ? cliId(p, r) : undefined) };
/** Clients with a live consent for another organisation (SHARED) or not; together the clients registered. */
export const SHR: Family = { name: 'shr', dims: ['period', 'region', 'key'], alias: ([p, r, k]) => (k === ALL ? cliId(p, r) : undefined) };
/** People reached on outreach: NEW or RETURNING contacts; ALL is everyone reached. */
export const OCT: Family = { name: 'oct', dims: ['period', 'region', 'key'] };
/** People referred on the spot during outreach, by the category referred to. */
export const SPOT: Family = { name: 'spot', dims: ['period', 'region', 'category'] };
/** Materials handed out, by kind (items, not people: see FiguresService.build). */
export const MAT: Family = { name: 'mat', dims: ['period', 'region', 'key'] };
/** Outreach sessions that talked about a topic (sessions, not people). */
export const TOP: Family = { name: 'top', dims: ['period', 'region', 'key'] };
/** Referrals outside the network, by category. */
export const EXT: Family = { name: 'ext', dims: ['period', 'region', 'category'] };
/** People rated at least twice in a period per life domain, by how their rating moved (ALL: every one of them). */
export const PRG: Family = { name: 'prg', dims: ['span', 'region', 'selector', 'key'] };

// --- periods -------------------------------------------------------------------------------

const pad = (n: number) => String(n).padStart(2, '0');
export const monthKey = (year: number, month: number) => `${year}-${pad(month)}`;
export const quarterKey = (year: number, quarter: number) => `${year}-Q${quarter}`;
export const yearKey = (year: number) => `${year}`;

export type PeriodLevel = 'month' | 'quarter' | 'year';
export function periodLevel(p: string): PeriodLevel | null {
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(p)) return 'month';
  if (/^\d{4}-Q[1-4]$/.test(p)) return 'quarter';
  if (/^\d{4}$/.test(p)) return 'year';
  return null;
}

/** The months a period is made of, first to last. */
export function monthsOf(p: string): string[] {
  const year = Number(p.slice(0, 4));
  const level = periodLevel(p);
  if (level === 'month') return [p];
  if (level === 'quarter') {
    const q = Number(p.slice(6));
    return [1, 2, 3].map((i) => monthKey(year, (q - 1) * 3 + i));
  }
  return Array.from({ length: 12 }, (_, i) => monthKey(year, i + 1));
}

function parentPeriod(p: string): string | undefined {
  const level = periodLevel(p);
  const year = Number(p.slice(0, 4));
  if (level === 'month') return quarterKey(year, Math.ceil(Number(p.slice(5)) / 3));
  if (level === 'quarter') return yearKey(year);
  return undefined;
}

/** The running month in Brussels time (as the database's brug_figures_until()): not counted yet. */
export function runningMonth(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit' }).formatToParts(now);
  return `${parts.find((x) => x.type === 'year')!.value}-${parts.find((x) => x.type === 'month')!.value}`;
}

/** Only whole periods are shown: a quarter or year still running would change from day to day. */
export function isComplete(p: string, running: string): boolean {
  const key = `${p}<${running}`;
  let complete = completeness.get(key);
  if (complete === undefined) completeness.set(key, (complete = monthsOf(p).every((m) => m < running)));
  return complete;
}
const completeness = new Map<string, boolean>();

// --- regions and categories ----------------------------------------------------------------

const parentRegion = (r: string) => (r === ALL ? undefined : ALL);

function parentOf(kind: DimKind, value: string, running: string): string | undefined {
  switch (kind) {
    case 'period': {
      const parent = parentPeriod(value);
      return parent && isComplete(parent, running) ? parent : undefined;
    }
    case 'region':
      return parentRegion(value);
    case 'category':
    case 'key':
      return value === ALL ? undefined : ALL;
    case 'selector':
    case 'span':
      return undefined;
  }
}

// --- the cube ------------------------------------------------------------------------------

export interface Entry {
  family: Family;
  coord: string[];
  id: string;
}

export class FigureCube {
  readonly cells = new Map<string, Cell>();
  readonly entries: Entry[] = [];
  /** Entries per family and period: what a request picks from. */
  private readonly byPeriod = new Map<string, Entry[]>();
  private hidden = new Set<string>();

  constructor(readonly running: string) {}

  /** One grouped row from the database; a quarter or year still running is left out. */
  add(family: Family, coord: string[], cell: Cell): void {
    if (!family.dims.every((kind, i) => (kind !== 'period' && kind !== 'span') || isComplete(coord[i], this.running))) return;
    const id = idOf(family, coord);
    const entry = { family, coord, id };
    this.entries.push(entry);
    const key = `${family.name}|${coord[0]}`;
    const list = this.byPeriod.get(key);
    if (list) list.push(entry);
    else this.byPeriod.set(key, [entry]);
    if (!this.cells.has(id)) this.cells.set(id, cell);
  }

  private readonly links = new Map<string, { total: string; parts: Set<string> }>();

  /** A relation across families: `total` (these coordinates) is the sum of the cells `part` stands for. */
  link(totalFamily: Family, totalCoord: string[], partFamily: Family, partCoord: string[]): void {
    const total = idOf(totalFamily, totalCoord);
    let relation = this.links.get(total);
    if (!relation) this.links.set(total, (relation = { total, parts: new Set() }));
    relation.parts.add(idOf(partFamily, partCoord));
  }

  /** Every "parent = sum of children" along one dimension, between published cells. */
  relations(): Relation[] {
    const byParent = new Map<string, { total: string; parts: Set<string> }>();
    for (const { family, coord, id } of this.entries) {
      family.dims.forEach((kind, i) => {
        const parentValue = parentOf(kind, coord[i], this.running);
        if (parentValue === undefined) return;
        const parentCoord = [...coord];
        parentCoord[i] = parentValue;
        const parentId = idOf(family, parentCoord);
        if (parentId === id) return;
        // One relation per parent and dimension split along (a selector, such as the life domain, is part of the parent).
        const key = `${family.name}|${parentCoord.join('|')}#${i}`;
        let relation = byParent.get(key);
        if (!relation) byParent.set(key, (relation = { total: parentId, parts: new Set() }));
        relation.parts.add(id);
      });
    }
    return [...byParent.values(), ...this.links.values()].map((r) => ({ total: r.total, parts: [...r.parts] }));
  }

  seal(): this {
    this.hidden = suppress(this.cells, this.relations());
    return this;
  }

  isHidden(id: string): boolean {
    return this.hidden.has(id);
  }

  /** The shown count of a cell: 0 when nothing was counted, null when suppressed. */
  shown(family: Family, coord: string[]): number | null {
    const id = idOf(family, coord);
    if (this.hidden.has(id)) return null;
    return this.cells.get(id)?.value ?? 0;
  }

  /** The values one dimension takes among a family's cells that match the other coordinates (undefined = any). */
  values(family: Family, dim: number, match: (string | undefined)[]): string[] {
    const found = new Set<string>();
    const entries = match[0] !== undefined ? (this.byPeriod.get(`${family.name}|${match[0]}`) ?? []) : this.entries;
    for (const e of entries) {
      if (e.family !== family) continue;
      if (match.every((m, i) => i === dim || m === undefined || e.coord[i] === m)) found.add(e.coord[dim]);
    }
    return [...found];
  }
}
