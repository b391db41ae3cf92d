import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';
import { runningMonth } from '../../../api/src/modules/figures/figure-cube';
import { ServiceCategory } from '../../../api/src/modules/service-map/taxonomy';
import { seedNetwork } from './seed';
import { seedOutreachAndProgress } from './seed-more';
import { Span, Vector } from './span';

/**
 * The suppression test: a seeded network, every filter combination (every period, region and
 * category, for the network and for an organisation's own figures), and every differencing an
 * attacker could do with what was published (the linear span of all published counts, so
 * total minus visible cells, period A + B against A∪B, a region against the whole, and chains
 * of them). No count of 1 to 4 clients is shown or can be worked out; an organisation that
 * subtracts its own part from the network's learns no count of 1 to 4 of everyone else's.
 */
const DOMAINS = [
  'HOUSING',
  'HEALTH',
  'INCOME_AND_DEBTS',
  'DAILY_RHYTHM',
  'WORK_AND_EDUCATION',
  'RELATIONSHIPS_AND_SEXUALITY',
  'FAMILY_AND_FRIENDS',
  'SAFETY',
  'LEGAL_STATUS',
  'SELF_ESTEEM_AND_SOCIAL_ACCEPTANCE',
];
const CLASSES = [
  'SENT',
  'ACCEPTED',
  'EXPIRED',
  'CANCELLED',
  ...['NO_CAPACITY', 'NOT_ELIGIBLE', 'OUTSIDE_AREA', 'CLIENT_NOT_REACHABLE', 'BETTER_SERVED_ELSEWHERE', 'OTHER'].map((r) => `DECLINED:${r}`),
  ...['SERVICE_STARTED', 'CLIENT_DID_NOT_COME', 'CLIENT_WITHDREW', 'REFERRED_ON', 'OTHER'].map((o) => `COMPLETED:${o}`),
];
const FIGURES = `period region category medianAnswerHours tables { name rowKind columns rows { key label values } total { key values } }`;

const MOVES = ['IMPROVED', 'UNCHANGED', 'WORSENED'];
/** Every category a referral on the spot or outside the network could name (the attacker knows the list, not the data). */
const OUTREACH_CATEGORIES = Object.values(ServiceCategory);
/** Figures that count people and are not client or referral figures: outreach contacts (O), on the spot (S), outside the network (X), progress (P). */
const EXTRA_TABLES = ['outreachContacts', 'outreachReferrals', 'outsideNetworkReferrals', 'lifeDomainProgress'];

interface Atom {
  /** R referrals, C clients, O outreach contacts (key NEW/RETURNING), S referred on the spot, X outside the network, P progress (month = the period it is counted over). */
  kind: 'R' | 'C' | 'O' | 'S' | 'X' | 'P';
  key?: string;
  domain?: string;
  month: string;
  region: string;
  category?: string;
  service?: string;
  org?: string;
  status?: string;
  reason?: string | null;
  outcome?: string | null;
  shared?: boolean;
  needs?: Set<string>;
  mine: boolean;
  count: number;
  clients: Set<string>;
}

interface Filter {
  period: string;
  region: string | null;
  category: string | null;
}

function monthsOf(p: string): string[] {
  const year = p.slice(0, 4);
  if (/^\d{4}-\d{2}$/.test(p)) return [p];
  const months = /Q(\d)$/.test(p) ? [1, 2, 3].map((i) => (Number(p.slice(6)) - 1) * 3 + i) : Array.from({ length: 12 }, (_, i) => i + 1);
  return months.map((m) => `${year}-${String(m).padStart(2, '0')}`);
}

/** Which records a published count counts (an independent statement of what each figure means). */
function predicate(f: Filter, table: string, rowKey: string | null, column: string): ((a: Atom) => boolean) | null {
  const months = monthsOf(f.period);
  const inRegion = (a: Atom) => !f.region || a.region === f.region || a.region.startsWith(`${f.region}-`);
  const common = (a: Atom) => months.includes(a.month) && inRegion(a);
  const ref = (test: (a: Atom) => boolean) => (a: Atom) => a.kind === 'R' && common(a) && (!f.category || a.category === f.category) && test(a);
  const cli = (test: (a: Atom) => boolean) => (a: Atom) => a.kind === 'C' && common(a) && test(a);
  const status = (a: Atom) => column === 'ALL' || a.status === column;
  const row = (field: keyof Atom) => (a: Atom) => rowKey === null || a[field] === rowKey;
  switch (table) {
    case 'referralsByStatus':
      return ref((a) => rowKey === null || a.status === rowKey);
    case 'referralsByMonth':
      return ref((a) => status(a) && row('month')(a));
    case 'referralsByCategory':
      return ref((a) => status(a) && row('category')(a));
    case 'referralsByRegion':
      return ref((a) => status(a) && row('region')(a));
    case 'referralsByService':
      return ref((a) => status(a) && row('service')(a));
    case 'referralsByOrganisation':
      return ref((a) => status(a) && row('org')(a));
    case 'declineReasons':
      return ref((a) => a.status === 'DECLINED' && row('reason')(a));
    case 'outcomes':
      return ref((a) => a.status === 'COMPLETED' && row('outcome')(a));
    case 'unmetNeeds':
      return column === 'DECLINED_NO_CAPACITY' ? ref((a) => a.status === 'DECLINED' && a.reason === 'NO_CAPACITY' && row('category')(a)) : null;
    case 'clientsByMonth':
      return cli(row('month'));
    case 'clientsByRegion':
      return cli(row('region'));
    case 'needs':
      return cli((a) => a.needs!.has(rowKey!) === (column === 'NEED'));
    case 'consentCoverage':
      return cli((a) => rowKey === null || a.shared === (rowKey === 'SHARED'));
    case 'outreachContacts':
      return (a) => a.kind === 'O' && common(a) && row('month')(a) && (column === 'CONTACTS' || a.key === 'NEW');
    case 'outreachReferrals':
      return (a) => a.kind === 'S' && common(a) && (!f.category || a.category === f.category) && row('category')(a);
    case 'outsideNetworkReferrals':
      return (a) => a.kind === 'X' && common(a) && (!f.category || a.category === f.category) && row('category')(a);
    case 'lifeDomainProgress':
      // Progress is counted over the period itself, not added up from its months.
      return (a) => a.kind === 'P' && a.month === f.period && inRegion(a) && a.domain === rowKey && (column === 'RATED_TWICE' || a.key === column);
    case 'outreachMaterials':
    case 'outreachTopics':
      // Items and sessions, not people: shown as they are (see FiguresService.build).
      return null;
    default:
      throw new Error(`A figure the test does not know: ${table}`);
  }
}

interface Answer {
  scope: 'NETWORK' | 'ORGANISATION';
  filter: Filter;
  figures: any;
}

interface Published {
  answer: Answer;
  where: string;
  table: string;
  rowKey: string | null;
  column: string;
  value: number | null;
  truth: number;
  clients: number;
  otherClients: number;
  test: (a: Atom) => boolean;
}

const small = (n: number) => n > 0 && n < 5;

/**
 * The attacker's unknowns: not which groups of records exist (that would be knowing the data),
 * but every group there could be: referrals per month, service, status (with reason or outcome)
 * and whether they are the viewer's own; clients per month, region and own-or-not, with their
 * counts shared, and in need per domain (the only ways client figures split them). A published
 * 0 tells the attacker those unknowns are 0 (or, for "not in need", that all are in need).
 */
class AttackerModel {
  private readonly index = new Map<string, number>();
  private readonly zero = new Set<string>();
  private readonly full = new Set<string>();
  readonly services = new Map<string, { region: string; category: string; org: string }>();
  regions: string[] = [];

  constructor(private readonly orgViewer: boolean) {}

  get size(): number {
    return this.index.size;
  }

  private id(key: string): number {
    let i = this.index.get(key);
    if (i === undefined) this.index.set(key, (i = this.index.size));
    return i;
  }

  private potential = new Map<string, { key: string; atom: Atom }[]>();

  /** Every group of referrals there could be in a month. */
  private referralAtoms(month: string): { key: string; atom: Atom }[] {
    let list = this.potential.get(month);
    if (list) return list;
    list = [];
    for (const [service, f] of this.services)
      for (const cls of CLASSES)
        for (const mine of this.orgViewer ? [true, false] : [false]) {
          const [status, detail] = cls.split(':');
          const atom = {
            kind: 'R',
            month,
            region: f.region,
            category: f.category,
            service,
            org: f.org,
            status,
            reason: status === 'DECLINED' ? detail : null,
            outcome: status === 'COMPLETED' ? detail : null,
            mine,
          } as Atom;
          list.push({ key: `R|${month}|${service}|${cls}|${mine}`, atom });
        }
    this.potential.set(month, list);
    return list;
  }

  private extra = new Map<string, { key: string; atom: Atom }[]>();

  /** Every group of outreach contacts, referrals on the spot or outside the network there could be in a month, and of progress over a period. */
  private extraAtoms(period: string): { key: string; atom: Atom }[] {
    let list = this.extra.get(period);
    if (list) return list;
    list = [];
    for (const region of this.regions)
      for (const mine of this.orgViewer ? [true, false] : [false]) {
        const base = { month: period, region, mine } as Atom;
        for (const key of ['NEW', 'RETURNING']) list.push({ key: `O|${period}|${region}|${key}|${mine}`, atom: { ...base, kind: 'O', key } });
        for (const category of OUTREACH_CATEGORIES)
          for (const kind of ['S', 'X'] as const) list.push({ key: `${kind}|${period}|${region}|${category}|${mine}`, atom: { ...base, kind, category } });
        for (const domain of DOMAINS)
          for (const key of MOVES) list.push({ key: `P|${period}|${region}|${domain}|${key}|${mine}`, atom: { ...base, kind: 'P', domain, key } });
      }
    this.extra.set(period, list);
    return list;
  }

  private referralKeys(p: Published): string[] {
    if (EXTRA_TABLES.includes(p.table)) {
      const periods = [...new Set([...monthsOf(p.answer.filter.period), p.answer.filter.period])];
      return periods.flatMap((m) =>
        this.extraAtoms(m)
          .filter((x) => p.test(x.atom))
          .map((x) => x.key),
      );
    }
    return monthsOf(p.answer.filter.period).flatMap((m) =>
      this.referralAtoms(m)
        .filter((x) => p.test(x.atom))
        .map((x) => x.key),
    );
  }

  /** Client groups a cell covers (by month and region; needs and consent are read off the cell's column). */
  private groups(p: Published): string[] {
    const out: string[] = [];
    for (const month of monthsOf(p.answer.filter.period))
      for (const region of this.regions)
        for (const mine of this.orgViewer ? [true, false] : [false]) {
          const probe = { kind: 'C', month, region, mine, shared: true, needs: new Set(DOMAINS) } as Atom;
          const probe2 = { ...probe, shared: false, needs: new Set<string>() } as Atom;
          if (p.test(probe) || p.test(probe2)) out.push(`C|${month}|${region}|${mine}`);
        }
    return out;
  }

  /** A client cell as a sum of group coordinates: T (total), S (shared), N:domain (in need). */
  private clientTerms(p: Published): [string, number][] {
    const terms: [string, number][] = [];
    for (const g of this.groups(p)) {
      if (this.zero.has(`${g}|T`)) continue;
      const coordinate = (c: string): [string, number][] =>
        this.zero.has(`${g}|${c}`) ? [] : this.full.has(`${g}|${c}`) ? [[`${g}|T`, 1]] : [[`${g}|${c}`, 1]];
      const complement = (c: string): [string, number][] => [[`${g}|T`, 1], ...coordinate(c).map(([k, n]): [string, number] => [k, -n])];
      if (p.table === 'needs') terms.push(...(p.column === 'NEED' ? coordinate(`N:${p.rowKey}`) : complement(`N:${p.rowKey}`)));
      else if (p.table === 'consentCoverage' && p.rowKey !== null) terms.push(...(p.rowKey === 'SHARED' ? coordinate('S') : complement('S')));
      else terms.push([`${g}|T`, 1]);
    }
    return terms;
  }

  private isClient(p: Published): boolean {
    return ['clientsByMonth', 'clientsByRegion', 'needs', 'consentCoverage'].includes(p.table);
  }

  /** What a published 0 tells. */
  learnZero(p: Published): void {
    if (!this.isClient(p)) {
      for (const k of this.referralKeys(p)) this.zero.add(k);
      return;
    }
    for (const g of this.groups(p)) {
      if (p.table === 'needs') (p.column === 'NEED' ? this.zero : this.full).add(`${g}|N:${p.rowKey}`);
      else if (p.table === 'consentCoverage' && p.rowKey !== null) (p.rowKey === 'SHARED' ? this.zero : this.full).add(`${g}|S`);
      else this.zero.add(`${g}|T`);
    }
  }

  vector(p: Published): Vector {
    const v: Vector = new Map();
    const terms: [string, number][] = this.isClient(p)
      ? this.clientTerms(p)
      : this.referralKeys(p)
          .filter((k) => !this.zero.has(k))
          .map((k) => [k, 1]);
    for (const [key, n] of terms) {
      const i = this.id(key);
      v.set(i, (v.get(i) ?? 0) + n);
    }
    return v;
  }

  /** The organisation knows its own records: every unknown of its own. */
  ownKnowledge(): Vector[] {
    return [...this.index.entries()].filter(([k]) => k.includes('|true')).map(([, i]) => new Map([[i, 1]]));
  }
}

describe('figures: the suppression test', () => {
  let api: TestApi;
  let coordinator: GraphQLClient;
  let sam: GraphQLClient;
  let boysproject: string;
  const answers = new Map<string, Answer[]>();
  const regions = new Map<string, string[]>();

  /** Every filter combination, twenty to a request (aliases). */
  async function everything(viewer: GraphQLClient, scope: 'NETWORK' | 'ORGANISATION'): Promise<Answer[]> {
    const first = (await viewer.ok(`query($s: FiguresScope!) { figures(scope: $s) { periods regions ${FIGURES} } }`, { s: scope })).figures;
    const who = viewer === coordinator ? 'coordinator' : 'sam';
    regions.set(who, [...(regions.get(who) ?? []), ...first.regions]);
    const categories = first.tables.find((t: any) => t.name === 'referralsByCategory').rows.map((r: any) => r.key);
    const filters: Filter[] = [];
    for (const period of first.periods)
      for (const region of [null, ...first.regions])
        for (const category of [null, ...categories, 'HOUSING_SHELTER']) filters.push({ period, region, category });
    const out: Answer[] = [];
    for (let i = 0; i < filters.length; i += 20) {
      const chunk = filters.slice(i, i + 20);
      const fields = chunk.map(
        (f, j) =>
          `f${j}: figures(scope: ${scope}, period: ${JSON.stringify(f.period)}, region: ${JSON.stringify(f.region)}, category: ${JSON.stringify(f.category)}) { ${FIGURES} }`,
      );
      const data = await viewer.ok(`{ ${fields.join(' ')} }`);
      chunk.forEach((filter, j) => out.push({ scope, filter, figures: data[`f${j}`] }));
    }
    expect(filters.length).toBeGreaterThan(300);
    return out;
  }

  beforeAll(async () => {
    api = await startTestApi();
    await seedNetwork(api.dataSource, { clients: 700, referrals: 2400, months: 8, serviceLimit: 8 });
    await seedOutreachAndProgress(api.dataSource, { sessions: 260, external: 500, assessed: 260, months: 8 });
    coordinator = await api.as('coordinator@brug.test');
    sam = await api.as('sam@boysproject.test');
    [{ id: boysproject }] = await api.dataSource.query(`SELECT id FROM organisations WHERE name = 'Boysproject'`);
    // Everything is asked first: the checks below keep the process busy for a while.
    answers.set('coordinator', await everything(coordinator, 'NETWORK'));
    answers.set('sam', [...(await everything(sam, 'NETWORK')), ...(await everything(sam, 'ORGANISATION'))]);
  }, 300_000);

  afterAll(() => api.close());

  /** The seeded records as groups (every figure is a sum of them), as seen by `viewerOrg`. */
  async function atoms(viewerOrg: string | null): Promise<Atom[]> {
    const running = runningMonth(new Date());
    const byKey = new Map<string, Atom>();
    const add = (key: string, atom: Omit<Atom, 'count' | 'clients'>, client: string) => {
      let found = byKey.get(key);
      if (!found) byKey.set(key, (found = { ...atom, count: 0, clients: new Set() }));
      found.count++;
      found.clients.add(client);
    };
    const referrals = await api.dataSource.query(
      `SELECT r.client_id, r.status, r.service_id, r.receiving_organisation_id AS org, COALESCE($1::uuid IN (r.sender_organisation_id, r.receiving_organisation_id, r.owner_organisation_id), false) AS mine,
              CASE WHEN r.status = 'DECLINED' THEN COALESCE(r.decline_reason, 'OTHER') END AS reason,
              CASE WHEN r.status = 'COMPLETED' THEN COALESCE(r.outcome, 'OTHER') END AS outcome,
              to_char(r.sent_at AT TIME ZONE 'Europe/Brussels', 'YYYY-MM') AS month, f.region, f.category
         FROM referrals r JOIN brug_service_facets() f ON f.id = r.service_id WHERE r.status <> 'DRAFT' AND r.sent_at IS NOT NULL`,
      [viewerOrg],
    );
    for (const r of referrals) {
      if (r.month >= running) continue;
      add(
        `R|${r.client_id}|${r.month}|${r.service_id}|${r.status}|${r.reason}|${r.outcome}|${r.mine}`,
        {
          kind: 'R',
          month: r.month,
          region: r.region,
          category: r.category,
          service: r.service_id,
          org: r.org,
          status: r.status,
          reason: r.reason,
          outcome: r.outcome,
          mine: r.mine,
        },
        r.client_id,
      );
    }
    const clients = await api.dataSource.query(
      `SELECT c.id, COALESCE(c.owner_organisation_id = $1::uuid, false) AS mine, to_char(c.created_at AT TIME ZONE 'Europe/Brussels', 'YYYY-MM') AS month,
              brug_organisation_region(c.owner_organisation_id) AS region, s.data AS life,
              EXISTS (SELECT 1 FROM consents k WHERE k.client_id = c.id AND k.grantee_organisation_id <> c.owner_organisation_id AND k.revoked_at IS NULL AND k.valid_from <= now() AND k.valid_until > now()) AS shared
         FROM clients c LEFT JOIN client_sections s ON s.client_id = c.id AND s.scope = 'LIFE_DOMAINS'`,
      [viewerOrg],
    );
    for (const c of clients) {
      if (c.month >= running) continue;
      const needs = new Set<string>(((c.life?.domains ?? []) as { domain: string; rating: number }[]).filter((d) => d.rating <= 2).map((d) => d.domain));
      add(`C|${c.id}`, { kind: 'C', month: c.month, region: c.region, shared: c.shared, needs, mine: c.mine }, c.id);
    }
    const contacts = await api.dataSource.query(
      `SELECT s.id, s.contacts_total AS total, s.contacts_new AS fresh, COALESCE(s.organisation_id = $1::uuid, false) AS mine, brug_region_key(p.region) AS region,
              to_char(s.starts_at AT TIME ZONE 'Europe/Brussels', 'YYYY-MM') AS month
         FROM outreach_sessions s JOIN outreach_places p ON p.id = s.place_id`,
      [viewerOrg],
    );
    // Contacts are people without a name: each counts once, as its own person.
    const people = (key: string, atom: Omit<Atom, 'count' | 'clients'>, n: number) => {
      for (let i = 0; i < n; i++) add(key, atom, `${key}#${i}`);
    };
    const spot = await api.dataSource.query(`SELECT session_id, category, count FROM outreach_session_referrals`);
    const sessions = new Map<string, any>(contacts.map((c: any) => [c.id, c]));
    for (const c of contacts) {
      if (c.month >= running) continue;
      people(`O|${c.id}|NEW`, { kind: 'O', key: 'NEW', month: c.month, region: c.region, mine: c.mine }, c.fresh);
      people(`O|${c.id}|RETURNING`, { kind: 'O', key: 'RETURNING', month: c.month, region: c.region, mine: c.mine }, c.total - c.fresh);
    }
    for (const r of spot) {
      const c = sessions.get(r.session_id);
      if (c.month >= running) continue;
      people(`S|${r.session_id}|${r.category}`, { kind: 'S', category: r.category, month: c.month, region: c.region, mine: c.mine }, r.count);
    }
    const external = await api.dataSource.query(
      `SELECT x.id, x.client_id, x.category, COALESCE($1::uuid IN (x.sender_organisation_id, x.owner_organisation_id), false) AS mine,
              brug_organisation_region(x.sender_organisation_id) AS region, to_char(x.created_at AT TIME ZONE 'Europe/Brussels', 'YYYY-MM') AS month
         FROM external_referrals x`,
      [viewerOrg],
    );
    for (const x of external) {
      if (x.month >= running) continue;
      add(`X|${x.id}`, { kind: 'X', category: x.category, month: x.month, region: x.region, mine: x.mine }, x.client_id);
    }
    // Progress: per client, domain and complete period, the first and the last rating in it.
    const rated: { client_id: string; mine: boolean; region: string; day: string; domain: string; rating: number }[] = await api.dataSource.query(
      `SELECT a.client_id, COALESCE(a.owner_organisation_id = $1::uuid, false) AS mine, brug_organisation_region(a.owner_organisation_id) AS region,
              to_char(a.assessed_on, 'YYYY-MM-DD') AS day, r->>'domain' AS domain, (r->>'rating')::int AS rating
         FROM life_domain_assessments a CROSS JOIN LATERAL jsonb_array_elements(a.ratings) r ORDER BY a.assessed_on, a.created_at, a.id`,
      [viewerOrg],
    );
    const series = new Map<string, { mine: boolean; region: string; client: string; domain: string; period: string; ratings: number[] }>();
    for (const r of rated) {
      const month = r.day.slice(0, 7);
      const year = month.slice(0, 4);
      const quarter = `${year}-Q${Math.ceil(Number(month.slice(5)) / 3)}`;
      for (const period of [month, quarter, year]) {
        if (!monthsOf(period).every((m) => m < running)) continue;
        const key = `${r.client_id}|${r.domain}|${period}`;
        let s = series.get(key);
        if (!s) series.set(key, (s = { mine: r.mine, region: r.region, client: r.client_id, domain: r.domain, period, ratings: [] }));
        s.ratings.push(r.rating);
      }
    }
    for (const [key, s] of series) {
      if (s.ratings.length < 2) continue;
      const [first, last] = [s.ratings[0], s.ratings[s.ratings.length - 1]];
      const move = last > first ? 'IMPROVED' : last === first ? 'UNCHANGED' : 'WORSENED';
      add(`P|${key}`, { kind: 'P', key: move, domain: s.domain, month: s.period, region: s.region, mine: s.mine }, s.client);
    }
    return [...byKey.values()];
  }

  function published(list: Answer[], all: Atom[]): Published[] {
    const byMonth = new Map<string, Atom[]>();
    for (const a of all) byMonth.set(a.month, [...(byMonth.get(a.month) ?? []), a]);
    const out: Published[] = [];
    for (const answer of list) {
      const periods = [...new Set([...monthsOf(answer.filter.period), answer.filter.period])];
      const candidates = periods.flatMap((m) => byMonth.get(m) ?? []);
      for (const table of answer.figures.tables) {
        const rows = [...table.rows.map((r: any) => ({ key: r.key, values: r.values })), ...(table.total ? [{ key: null, values: table.total.values }] : [])];
        for (const row of rows) {
          table.columns.forEach((column: string, j: number) => {
            const base = predicate(answer.filter, table.name, row.key, column);
            if (!base) return;
            // An organisation's own figures count only its own records (sent, received, or of its own clients).
            const test = answer.scope === 'ORGANISATION' ? (a: Atom) => a.mine && base(a) : base;
            const counted = candidates.filter(test);
            const clients = new Set<string>();
            const others = new Set<string>();
            for (const a of counted)
              for (const c of a.clients) {
                clients.add(c);
                if (!a.mine) others.add(c);
              }
            out.push({
              answer,
              where: `${answer.scope} ${JSON.stringify(answer.filter)} ${table.name} ${row.key ?? 'total'} ${column}`,
              table: table.name,
              rowKey: row.key,
              column,
              value: row.values[j],
              truth: counted.reduce((n, a) => n + a.count, 0),
              clients: clients.size,
              otherClients: others.size,
              test,
            });
          });
        }
      }
    }
    return out;
  }

  /** The published counts an attacker holds, and which hidden small ones they could work out. */
  async function givenAway(list: Answer[], cells: Published[], orgViewer: boolean, target: (c: Published) => boolean): Promise<string[]> {
    const model = new AttackerModel(orgViewer);
    const facets = await api.dataSource.query(`SELECT f.id, f.region, f.category, f.organisation_id FROM brug_service_facets() f`);
    const listed = new Set(
      list.flatMap((a) => a.figures.tables.filter((t: any) => t.name === 'referralsByService').flatMap((t: any) => t.rows.map((r: any) => r.key))),
    );
    for (const f of facets) if (listed.has(f.id)) model.services.set(f.id, { region: f.region, category: f.category, org: f.organisation_id });
    // The regions there are figures for (the list every answer gives).
    model.regions = [...new Set(regions.get(orgViewer ? 'sam' : 'coordinator'))];
    const learnt = new Set<string>();
    for (const c of cells) {
      const key = `${c.answer.scope}|${c.answer.filter.period}|${c.answer.filter.region}|${c.answer.filter.category}|${c.table}|${c.rowKey}|${c.column}`;
      if (c.value === 0 && !learnt.has(key)) {
        learnt.add(key);
        model.learnZero(c);
      }
    }
    // A service or organisation missing from a by-service or by-organisation table had nothing there: that is a 0 too.
    for (const answer of list) {
      for (const [name, field] of [
        ['referralsByService', 'service'],
        ['referralsByOrganisation', 'org'],
      ] as const) {
        const rows = new Set(answer.figures.tables.find((t: any) => t.name === name).rows.map((r: any) => r.key));
        const keys = new Set([...model.services].map(([id, f]) => (field === 'service' ? id : f.org)));
        for (const key of keys) {
          if (rows.has(key)) continue;
          const base = predicate(answer.filter, name, key, 'ALL')!;
          model.learnZero({
            answer,
            table: name,
            rowKey: key,
            column: 'ALL',
            test: answer.scope === 'ORGANISATION' ? (a: Atom) => a.mine && base(a) : base,
          } as Published);
        }
      }
    }
    // Client figures do not depend on the category filter: the same count, asked again, is one vector.
    const memo = new Map<string, Vector>();
    const vectors = cells.map((c) => {
      const client = ['clientsByMonth', 'clientsByRegion', 'needs', 'consentCoverage', 'outreachContacts', 'lifeDomainProgress'].includes(c.table);
      const key = `${c.answer.scope}|${c.answer.filter.period}|${c.answer.filter.region}|${client ? '' : c.answer.filter.category}|${c.table}|${c.rowKey}|${c.column}`;
      let v = memo.get(key);
      if (!v) memo.set(key, (v = model.vector(c)));
      return { c, v };
    });
    const span = new Span(model.size);
    for (const { c, v } of vectors) if (c.value !== null) span.add(v);
    if (orgViewer) for (const v of model.ownKnowledge()) span.add(v);
    return vectors.filter(({ c, v }) => target(c) && span.determines(v)).map(({ c }) => c.where);
  }

  it('for the coordinator: every shown count is true and counts 0 or at least 5 clients, and no differencing gives a smaller one away', async () => {
    const list = answers.get('coordinator')!;
    const cells = published(list, await atoms(null));
    const shown = cells.filter((c) => c.value !== null);
    for (const c of shown) expect({ where: c.where, value: c.value }).toEqual({ where: c.where, value: c.truth });
    expect(shown.filter((c) => small(c.clients)).map((c) => c.where)).toEqual([]);
    // Suppression happened, and complements were needed: some hidden counts are not small at all.
    const hidden = cells.filter((c) => c.value === null);
    expect(hidden.filter((c) => small(c.clients)).length).toBeGreaterThan(50);
    expect(hidden.filter((c) => c.clients >= 5).length).toBeGreaterThan(10);
    expect(shown.filter((c) => c.value! >= 5).length).toBeGreaterThan(500);
    // The outreach, outside-the-network and progress figures are in it, shown and suppressed alike.
    for (const table of EXTRA_TABLES) expect(shown.filter((c) => c.table === table && c.value! >= 5).length).toBeGreaterThan(5);
    expect(hidden.filter((c) => EXTRA_TABLES.includes(c.table) && small(c.clients)).length).toBeGreaterThan(10);
    const away = await givenAway(list, cells, false, (c) => small(c.clients));
    expect(away).toEqual([]);
  }, 300_000);

  it('for an organisation: its own figures and the network’s, minus what it knows itself, give no count of 1 to 4 of anyone else’s clients', async () => {
    const list = answers.get('sam')!;
    const cells = published(list, await atoms(boysproject));
    for (const c of cells.filter((x) => x.value !== null)) expect({ where: c.where, value: c.value }).toEqual({ where: c.where, value: c.truth });
    const shownSmall = cells.filter((c) => c.value !== null && (small(c.clients) || (c.answer.scope === 'NETWORK' && small(c.otherClients))));
    expect(shownSmall.map((c) => c.where)).toEqual([]);
    // Its own part it knows: what must stay hidden is everyone else's part of a network count.
    expect(await givenAway(list, cells, true, (c) => c.answer.scope === 'NETWORK' && small(c.otherClients))).toEqual([]);
  }, 300_000);
});
