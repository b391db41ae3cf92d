import { row } from '../../access';
import { badInput, forbidden, unauthenticated } from '../../common';
import type { RequestContext } from '../../context';
import { LifeDomain } from '../clients';
import { DeclineReason, ReferralOutcome } from '../referrals';
import { ServiceCategory } from '../service-map';
import {
  ALL,
  CLI,
  DEC,
  EXT,
  Family,
  FigureCube,
  isComplete,
  MAT,
  monthKey,
  monthsOf,
  NEED,
  OCT,
  ORG,
  OUT,
  periodLevel,
  PRG,
  quarterKey,
  REF,
  runningMonth,
  SHR,
  SPOT,
  SVC,
  TOP,
  yearKey,
} from './figure-cube';
import { FigureRow, FigureRowKind, Figures, FiguresArgs, FiguresScope, FigureTable } from './figures.types';
import { MIN_PEOPLE } from './suppression';

/** The columns of the referral tables: ALL (every sent referral), then by status now. */
export const REFERRAL_COLUMNS = ['ALL', 'SENT', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'COMPLETED', 'CANCELLED'] as const;
const statusKey = (column: string) => (column === 'ALL' ? ALL : column);

/** A row of a brug_figures_* function: its GROUPING bits (`g`), its period and its region (null where grouped away). */
interface GroupedRow {
  g: number;
  year: number;
  quarter: number | null;
  month: number | null;
  region: string | null;
}

interface ReferralRow extends GroupedRow {
  category: string | null;
  status: string | null;
  service_id: string | null;
  organisation_id: string | null;
  reason: string | null;
  outcome: string | null;
  referrals: number;
  clients: number;
  others: number;
}

interface AnswerRow extends GroupedRow {
  category: string | null;
  answered_clients: number;
  answered_others: number;
  median_hours: number | null;
}

interface ClientRow extends GroupedRow {
  domain: string | null;
  need: boolean | null;
  shared: boolean | null;
  clients: number;
  others: number;
}

interface OutreachRow extends GroupedRow {
  figure: 'CONTACTS' | 'SPOT' | 'MATERIAL' | 'TOPIC';
  key: string | null;
  label: string | null;
  amount: number;
  others: number;
}

interface ExternalRow extends GroupedRow {
  category: string | null;
  referrals: number;
  clients: number;
  others: number;
}

interface ProgressRow extends GroupedRow {
  domain: string;
  move: string | null;
  clients: number;
  others: number;
}

/** The columns of the progress table: everyone rated at least twice, then how their rating moved. */
export const PROGRESS_COLUMNS = ['RATED_TWICE', 'IMPROVED', 'UNCHANGED', 'WORSENED'] as const;

/** A grouped row's period: the finest of month, quarter, year it was grouped by (GROUPING bits: 1 = not grouped). */
function periodOf(r: { year: number; quarter: number | null; month: number | null }, monthBit: number, quarterBit: number, g: number): string {
  if (!(g & monthBit)) return monthKey(r.year, r.month!);
  if (!(g & quarterBit)) return quarterKey(r.year, r.quarter!);
  return yearKey(r.year);
}

/** People the viewer does not already know count only when there are none or enough. */
const shownMedian = (m: Median | undefined) =>
  m && m.hours != null && m.answered >= MIN_PEOPLE && (m.answeredOthers === 0 || m.answeredOthers >= MIN_PEOPLE) ? Math.round(m.hours * 10) / 10 : null;

interface Built {
  cube: FigureCube;
  medians: Map<string, Median>;
  /** The name to show for a folded material kind. */
  materials: Map<string, string>;
}
/** How long built figures are reused (they count complete months only). */
export const FIGURES_CACHE_MS = 5 * 60_000;
const builtCache = new WeakMap<object, Map<string, { at: number; built: Built }>>();
const building = new WeakMap<RequestContext, Map<string, Promise<Built>>>();

interface Median {
  hours: number | null;
  answered: number;
  answeredOthers: number;
}

/**
 * Figures for the network or the viewer's organisation. Every number comes from the two
 * aggregate functions of the database (migration NetworkFigures), is put in one cube and
 * suppressed once (figure-cube.ts, suppression.ts); a request then only picks cells.
 */
export class FiguresService {
  constructor(private readonly ctx: RequestContext) {}

  async figures(args: FiguresArgs): Promise<Figures> {
    const viewer = this.ctx.viewer;
    if (!viewer) throw unauthenticated();
    const own = args.scope === FiguresScope.ORGANISATION;
    const ability = await this.ctx.ability();
    if (!ability.can('read', row('Figures', { scope: args.scope, organisationId: own ? viewer.organisationId : null }))) {
      throw forbidden(own ? 'Only members of an organisation see its figures.' : 'You may not see the network figures.');
    }
    const region = args.region ?? ALL;
    if (region !== ALL && !/^[A-Z]{2}-[A-Z0-9]{1,4}$/.test(region)) throw badInput('region', 'give an ISO 3166-2 region (BE-VAN).');
    const category = args.category ?? ALL;
    if (category !== ALL && category !== 'NONE' && !(category in ServiceCategory)) throw badInput('category', 'unknown service category.');
    const running = runningMonth(this.ctx.now);
    if (args.period && (!periodLevel(args.period) || !isComplete(args.period, running))) {
      throw badInput('period', 'choose a complete year (2026), quarter (2026-Q3) or month (2026-09).');
    }

    const { cube, medians, materials } = await this.cube(own, running);
    const periods = [...new Set(cube.entries.map((e) => e.coord[0]))].sort().reverse();
    const period = args.period ?? defaultPeriod(periods, running);
    const regional = new Set<Family>([REF, CLI, OCT, EXT, PRG]);
    const regions = [...new Set(cube.entries.filter((e) => regional.has(e.family)).map((e) => e.coord[1]))].filter((r) => r !== ALL).sort();

    const tables = this.tables(cube, period, region, category);
    for (const r of tables.find((t) => t.name === 'outreachMaterials')!.rows) r.label = materials.get(r.key) ?? r.key;
    const names = await this.names(tables);
    for (const table of tables) for (const r of table.rows) r.label = names.get(r.key) ?? r.label;
    tables.push(await this.unmetNeeds(cube, own, period, region, category));

    return {
      scope: args.scope,
      period,
      region: region === ALL ? null : region,
      category: category === ALL ? null : category,
      periods,
      regions,
      minimumCount: MIN_PEOPLE,
      medianAnswerHours: shownMedian(medians.get(`${period}|${region}|${category}`)),
      tables,
    };
  }

  /**
   * The cube is built once per scope (and viewing organisation) and kept for a few minutes:
   * figures of whole months hardly change, and every filter of every request then picks from
   * the same suppressed cells.
   */
  private async cube(own: boolean, running: string): Promise<Built> {
    const dataSource = this.ctx.deps.dataSource;
    let cache = builtCache.get(dataSource);
    if (!cache) builtCache.set(dataSource, (cache = new Map<string, { at: number; built: Built }>()));
    const key = `${own}|${this.ctx.viewer?.organisationId ?? ''}|${running}`;
    const cached = cache.get(key);
    if (cached && Date.now() - cached.at < FIGURES_CACHE_MS) return cached.built;
    // Within a request (twenty filters at once) one build; across requests only a finished one is
    // shared: a build runs in its own request's transaction, which may end early (a closed tab).
    let perRequest = building.get(this.ctx);
    if (!perRequest) building.set(this.ctx, (perRequest = new Map<string, Promise<Built>>()));
    let pending = perRequest.get(key);
    if (!pending) perRequest.set(key, (pending = this.build(own, running)));
    const built = await pending;
    cache.set(key, { at: Date.now(), built });
    return built;
  }

  /** Three aggregate statements, whatever the size of the network: the whole cube, suppressed. */
  private async build(own: boolean, running: string): Promise<Built> {
    const cube = new FigureCube(running);
    const referrals: ReferralRow[] = await this.ctx.em.query(`SELECT * FROM brug_figures_referrals($1)`, [own]);
    // GROUPING(y, q, m, region, category, status, service, organisation, reason, outcome)
    for (const r of referrals) {
      const p = periodOf(r, 128, 256, r.g);
      const region = r.g & 64 ? ALL : r.region!;
      const category = r.g & 32 ? ALL : r.category!;
      const status = r.g & 16 ? ALL : r.status!;
      const cell = { value: r.referrals, people: r.clients, others: r.others };
      if (!(r.g & 8) && !(r.g & 4)) {
        // A service's one region and category: the same cell in the whole network and in them.
        for (const reg of [region, ALL]) {
          for (const cat of [category, ALL]) {
            cube.add(SVC, [p, reg, cat, r.service_id!, status], cell);
            // An organisation's referrals are those of its services.
            cube.link(ORG, [p, reg, cat, r.organisation_id!, status], SVC, [p, reg, cat, r.service_id!, status]);
          }
        }
      } else if (!(r.g & 4)) cube.add(ORG, [p, region, category, r.organisation_id!, status], cell);
      else if (!(r.g & 2)) {
        if (r.reason) cube.add(DEC, [p, region, category, r.reason], cell);
      } else if (!(r.g & 1)) {
        if (r.outcome) cube.add(OUT, [p, region, category, r.outcome], cell);
      } else cube.add(REF, [p, region, category, status], cell);
    }
    const medians = new Map<string, Median>();
    const answers: AnswerRow[] = await this.ctx.em.query(`SELECT * FROM brug_figures_answer_times($1)`, [own]);
    // GROUPING(y, q, m, region, category)
    for (const r of answers) {
      const key = `${periodOf(r, 4, 8, r.g)}|${r.g & 2 ? ALL : r.region}|${r.g & 1 ? ALL : r.category}`;
      medians.set(key, { hours: r.median_hours, answered: r.answered_clients, answeredOthers: r.answered_others });
    }
    const clients: ClientRow[] = await this.ctx.em.query(`SELECT * FROM brug_figures_clients($1, $2)`, [own, Object.values(LifeDomain)]);
    // GROUPING(y, q, m, region, domain, need, shared)
    for (const r of clients) {
      const p = periodOf(r, 16, 32, r.g);
      const region = r.g & 8 ? ALL : r.region!;
      const cell = { value: r.clients, people: r.clients, others: r.others };
      if (!(r.g & 4)) cube.add(NEED, [p, region, r.domain!, r.need ? 'NEED' : 'OTHER'], cell);
      else if (!(r.g & 1)) cube.add(SHR, [p, region, r.shared ? 'SHARED' : 'NOT_SHARED'], cell);
      else cube.add(CLI, [p, region], cell);
    }

    const materials = new Map<string, string>();
    const outreach: OutreachRow[] = await this.ctx.em.query(`SELECT * FROM brug_figures_outreach($1)`, [own]);
    // GROUPING(y, q, m, region, key)
    for (const r of outreach) {
      const p = periodOf(r, 4, 8, r.g);
      const region = r.g & 2 ? ALL : r.region!;
      const key = r.g & 1 ? ALL : r.key!;
      if (r.figure === 'CONTACTS') cube.add(OCT, [p, region, key], { value: r.amount, people: r.amount, others: r.others });
      else if (r.figure === 'SPOT') cube.add(SPOT, [p, region, key], { value: r.amount, people: r.amount, others: r.others });
      else {
        // Materials and topics count items handed out and sessions, not people: a box of condoms
        // or a talk about PrEP tells nobody's number, and no people count adds up from them, so
        // the small-count rule (about people) has nothing to protect and they are shown as they are.
        // The same name on every build: the smallest spelling of the folded kind (rows come in no order).
        const named = materials.get(key);
        if (r.figure === 'MATERIAL' && r.label && key !== ALL && (named === undefined || r.label < named)) materials.set(key, r.label);
        cube.add(r.figure === 'MATERIAL' ? MAT : TOP, [p, region, key], { value: r.amount, people: 0 });
      }
    }
    const external: ExternalRow[] = await this.ctx.em.query(`SELECT * FROM brug_figures_external($1)`, [own]);
    // GROUPING(y, q, m, region, category)
    for (const r of external) {
      cube.add(EXT, [periodOf(r, 4, 8, r.g), r.g & 2 ? ALL : r.region!, r.g & 1 ? ALL : r.category!], {
        value: r.referrals,
        people: r.clients,
        others: r.others,
      });
    }
    const progress: ProgressRow[] = await this.ctx.em.query(`SELECT * FROM brug_figures_progress($1)`, [own]);
    // (period level) * 4 + GROUPING(region, move)
    for (const r of progress) {
      cube.add(PRG, [periodOf(r, 4, 8, r.g), r.g & 2 ? ALL : r.region!, r.domain, r.g & 1 ? ALL : r.move!], {
        value: r.clients,
        people: r.clients,
        others: r.others,
      });
    }
    return { cube: cube.seal(), medians, materials };
  }

  private tables(cube: FigureCube, p: string, r: string, c: string): FigureTable[] {
    const statusValues = (family: Family, coord: (status: string) => string[]) => REFERRAL_COLUMNS.map((col) => cube.shown(family, coord(statusKey(col))));
    const referralTable = (
      name: string,
      rowKind: FigureRowKind,
      keys: string[],
      family: Family,
      coord: (key: string, status: string) => string[],
    ): FigureTable => ({
      name,
      rowKind,
      columns: [...REFERRAL_COLUMNS],
      rows: keys.map((key) => ({ key, label: null, values: statusValues(family, (st) => coord(key, st)) })),
      total: { key: ALL, label: null, values: statusValues(REF, (st) => [p, r, c, st]) },
    });
    const regionsOf = (family: Family, at: (string | undefined)[]) =>
      cube
        .values(family, 1, at)
        .filter((x) => x !== ALL && (r === ALL || x === r))
        .sort();
    const months = monthsOf(p).filter((m) => isComplete(m, cube.running));
    const keysOf = (family: Family, dim: number) => cube.values(family, dim, [p, r, c, undefined, undefined]).filter((x) => x !== ALL);
    /** The keys of a family with a period, region and key (a category, filtered by the category asked for when `byCategory`). */
    const keysIn = (family: Family, byCategory = true) =>
      cube
        .values(family, 2, [p, r, undefined])
        .filter((x) => x !== ALL && (!byCategory || c === ALL || x === c))
        .sort();
    const categories = keysIn(REF);
    const counted = (rowsOf: FigureRow[]) => rowsOf.filter((x) => x.values.some((v) => v !== 0));
    const one = (
      name: string,
      rowKind: FigureRowKind,
      keys: string[],
      family: Family,
      coord: (key: string) => string[],
      total: [Family, string[]] | null,
      column = 'COUNT',
    ): FigureTable => ({
      name,
      rowKind,
      columns: [column],
      rows: keys.map((key) => ({ key, label: null, values: [cube.shown(family, coord(key))] })),
      total: total ? { key: ALL, label: null, values: [cube.shown(total[0], total[1])] } : null,
    });

    const byService = referralTable('referralsByService', FigureRowKind.SERVICE, keysOf(SVC, 3), SVC, (s, st) => [p, r, c, s, st]);
    const byOrganisation = referralTable('referralsByOrganisation', FigureRowKind.ORGANISATION, keysOf(ORG, 3), ORG, (o, st) => [p, r, c, o, st]);
    byService.rows = counted(byService.rows);
    byOrganisation.rows = counted(byOrganisation.rows);
    return [
      one(
        'referralsByStatus',
        FigureRowKind.STATUS,
        REFERRAL_COLUMNS.filter((x) => x !== 'ALL'),
        REF,
        (st) => [p, r, c, st],
        [REF, [p, r, c, ALL]],
      ),
      referralTable('referralsByMonth', FigureRowKind.MONTH, months, REF, (m, st) => [m, r, c, st]),
      referralTable('referralsByCategory', FigureRowKind.CATEGORY, categories, REF, (k, st) => [p, r, k, st]),
      referralTable('referralsByRegion', FigureRowKind.REGION, regionsOf(REF, [p, undefined, c, undefined]), REF, (x, st) => [p, x, c, st]),
      byService,
      byOrganisation,
      one('declineReasons', FigureRowKind.DECLINE_REASON, Object.values(DeclineReason), DEC, (k) => [p, r, c, k], [REF, [p, r, c, 'DECLINED']]),
      one('outcomes', FigureRowKind.OUTCOME, Object.values(ReferralOutcome), OUT, (k) => [p, r, c, k], [REF, [p, r, c, 'COMPLETED']]),
      one('clientsByMonth', FigureRowKind.MONTH, months, CLI, (m) => [m, r], [CLI, [p, r]]),
      one('clientsByRegion', FigureRowKind.REGION, regionsOf(CLI, [p, undefined]), CLI, (x) => [p, x], [CLI, [p, r]]),
      {
        name: 'needs',
        rowKind: FigureRowKind.LIFE_DOMAIN,
        columns: ['NEED', 'OTHER'],
        rows: Object.values(LifeDomain).map((d) => ({
          key: d,
          label: null,
          values: [cube.shown(NEED, [p, r, d, 'NEED']), cube.shown(NEED, [p, r, d, 'OTHER'])],
        })),
        total: null,
      },
      one('consentCoverage', FigureRowKind.CONSENT, ['SHARED', 'NOT_SHARED'], SHR, (k) => [p, r, k], [CLI, [p, r]]),
      {
        name: 'outreachContacts',
        rowKind: FigureRowKind.MONTH,
        columns: ['CONTACTS', 'NEW_CONTACTS'],
        rows: months.map((m) => ({ key: m, label: null, values: [cube.shown(OCT, [m, r, ALL]), cube.shown(OCT, [m, r, 'NEW'])] })),
        total: { key: ALL, label: null, values: [cube.shown(OCT, [p, r, ALL]), cube.shown(OCT, [p, r, 'NEW'])] },
      },
      one('outreachReferrals', FigureRowKind.CATEGORY, keysIn(SPOT), SPOT, (k) => [p, r, k], [SPOT, [p, r, c]]),
      one('outreachMaterials', FigureRowKind.MATERIAL, keysIn(MAT, false), MAT, (k) => [p, r, k], null),
      one('outreachTopics', FigureRowKind.TOPIC, keysIn(TOP, false), TOP, (k) => [p, r, k], null, 'SESSIONS'),
      one('outsideNetworkReferrals', FigureRowKind.CATEGORY, keysIn(EXT), EXT, (k) => [p, r, k], [EXT, [p, r, c]]),
      {
        name: 'lifeDomainProgress',
        rowKind: FigureRowKind.LIFE_DOMAIN,
        columns: [...PROGRESS_COLUMNS],
        rows: Object.values(LifeDomain).map((d) => ({
          key: d,
          label: null,
          values: PROGRESS_COLUMNS.map((col) => cube.shown(PRG, [p, r, d, col === 'RATED_TWICE' ? ALL : col])),
        })),
        total: null,
      },
    ];
  }

  /** Declined for lack of capacity per category, beside the services not taking referrals now (map data, not people). */
  private async unmetNeeds(cube: FigureCube, own: boolean, p: string, r: string, c: string): Promise<FigureTable> {
    const full: { category: string; region: string; services: number }[] = await this.ctx.em.query(
      `SELECT f.category, f.region, count(*)::int AS services
         FROM brug_service_facets() f JOIN services s ON s.id = f.id
        WHERE s.status = 'ACTIVE' AND s.capacity_status IN ('FULL', 'NOT_ACCEPTING') AND ($1::uuid IS NULL OR s.organisation_id = $1)
        GROUP BY 1, 2`,
      [own ? this.ctx.viewer!.organisationId : null],
    );
    const inFilter = full.filter((x) => (r === ALL || x.region === r) && (c === ALL || x.category === c));
    const notTaking = (k: string) => inFilter.filter((x) => k === ALL || x.category === k).reduce((n, x) => n + x.services, 0);
    const declined = cube.values(DEC, 2, [p, r, undefined, 'NO_CAPACITY']).filter((x) => x !== ALL);
    const keys = [...new Set([...declined, ...inFilter.map((x) => x.category)])].filter((k) => c === ALL || k === c).sort();
    return {
      name: 'unmetNeeds',
      rowKind: FigureRowKind.CATEGORY,
      columns: ['DECLINED_NO_CAPACITY', 'SERVICES_NOT_TAKING'],
      rows: keys.map((k) => ({ key: k, label: null, values: [cube.shown(DEC, [p, r, k, 'NO_CAPACITY']), notTaking(k)] })),
      total: { key: ALL, label: null, values: [cube.shown(DEC, [p, r, c, 'NO_CAPACITY']), notTaking(ALL)] },
    };
  }

  /** Service and organisation names of the rows shown (the service map), in one statement. */
  private async names(tables: FigureTable[]): Promise<Map<string, string>> {
    const ids = tables.filter((t) => t.rowKind === FigureRowKind.SERVICE || t.rowKind === FigureRowKind.ORGANISATION).flatMap((t) => t.rows.map((x) => x.key));
    const rows: { id: string; name: string }[] = await this.ctx.em.query(
      `SELECT id, name FROM services WHERE id = ANY($1::uuid[]) UNION ALL SELECT id, name FROM organisations WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((x) => [x.id, x.name]));
  }
}

/** The last complete quarter there are figures for, else the last month, else last month. */
function defaultPeriod(periods: string[], running: string): string {
  const quarter = periods.find((p) => periodLevel(p) === 'quarter');
  if (quarter) return quarter;
  const month = periods.find((p) => periodLevel(p) === 'month');
  if (month) return month;
  const [y, m] = running.split('-').map(Number);
  return m === 1 ? monthKey(y - 1, 12) : monthKey(y, m - 1);
}
