import { randomUUID } from 'node:crypto';
import type DataLoader from 'dataloader';
import { escapeLiteral } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import {
  AppAbility,
  CLIENT_ACTOR_NAME,
  ClientSessionViewer,
  defineAbility,
  Viewer,
  clientAccess,
  type AccessContext,
  type LiveConsent,
  AuditLog,
} from '../access';
import type { Config } from '../config';

export interface ContextDeps {
  dataSource: DataSource;
  config: Config;
}

/**
 * How an HTTP request finds who is asking. The identity and client-view modules answer it; the
 * composition root hands it over (`api/src/server.ts`), so this layer imports no module.
 */
export interface SessionLookup {
  /** The worker's session cookie. */
  readonly sessionCookie: string;
  /** The client's own-view cookie. */
  readonly clientViewCookie: string;
  /** A token of a client's own view (a Bearer token says by itself which kind it is). */
  readonly isClientViewToken: (token: string | undefined) => token is string;
  /** The statement that reads the worker's session with the request's first round trip. */
  sessionSql(config: Config, token: string, now: Date): string;
  /** The viewer of the row `sessionSql` returned (none: nobody signed in). */
  viewerFromRow(row: object | undefined): Viewer | null;
  /** The client whose own view the token opens, if it still does. */
  clientSession(em: EntityManager, token: string, now: Date): Promise<ClientSessionViewer | null>;
  /** The error for a signed-in worker who must turn on two-factor sign-in first. */
  twoFactorEnrolmentRequired(): Error;
}

/** What an HTTP request (GraphQL or REST) works with. */
export interface HttpDeps extends ContextDeps {
  sessions: SessionLookup;
}

export interface CookieJar {
  set(name: string, value: string, options: { maxAgeSeconds: number }): void;
  clear(name: string): void;
}

/**
 * Everything one GraphQL request works with: who asks, the one database transaction all its
 * reads, writes and audit entries share, the CASL ability, and the request's DataLoaders.
 */
export class RequestContext implements AccessContext {
  readonly requestId: string;
  viewer: Viewer | null = null;
  /** Brug's own work (the expiry timer, lazy expiry): no viewer, the system's rules (context/system.ts). */
  system = false;
  /**
   * A client in their own view (one-time code from their worker); never together with a viewer.
   * Kept in an object every copy of the context shares (Apollo hands resolvers a shallow copy),
   * so a session opened during the request is seen by the audit log too.
   */
  private readonly shared: { clientSession: ClientSessionViewer | null } = { clientSession: null };
  get clientSession(): ClientSessionViewer | null {
    return this.shared.clientSession;
  }
  set clientSession(session: ClientSessionViewer | null) {
    this.shared.clientSession = session;
  }
  readonly audit: AuditLog;
  /** The moment the request is judged at (consent expiry, due dates); fixed for the request. */
  readonly now: Date;
  /** The client's IP address (behind a proxy: as `trust proxy` allows); sign-in throttling counts per address. */
  readonly clientAddress?: string;
  private abilityCache?: AppAbility;
  private readonly loaders = new Map<unknown, DataLoader<unknown, unknown>>();
  finished = false;

  constructor(
    readonly deps: ContextDeps,
    readonly queryRunner: QueryRunner,
    readonly cookies: CookieJar,
    options: { requestId?: string; now?: Date; clientAddress?: string } = {},
  ) {
    this.requestId = options.requestId ?? randomUUID();
    this.clientAddress = options.clientAddress;
    this.now = options.now ?? new Date();
    this.audit = new AuditLog(this, this.requestId, () => this.viewer);
  }

  get em(): EntityManager {
    return this.queryRunner.manager;
  }

  get config(): Config {
    return this.deps.config;
  }

  /**
   * The CASL ability for this request (consent conditions are decided in SQL or per client, see access/).
   * Built without the database today; answered as a promise so that every check awaits it alike.
   */
  ability(): Promise<AppAbility> {
    this.abilityCache ??= defineAbility(this.viewer, { system: this.system, clientSession: this.clientSession });
    return Promise.resolve(this.abilityCache);
  }

  /** The name written down for what this request does: the worker, the client themself, or Brug. */
  get actorName(): string {
    return this.viewer?.displayName ?? (this.clientSession ? CLIENT_ACTOR_NAME : 'Brug');
  }

  /** The consent this request's access to a client relies on (none for the owning organisation). */
  async consentFor(clientId: string): Promise<LiveConsent | undefined> {
    return (await clientAccess(this, clientId))?.consent ?? undefined;
  }

  /** Per-request DataLoader, created on first use: `loader(ctx, serviceLoader)`. */
  loader<K, V>(factory: (ctx: RequestContext) => DataLoader<K, V>): DataLoader<K, V> {
    let existing = this.loaders.get(factory) as DataLoader<K, V> | undefined;
    if (!existing) {
      existing = factory(this);
      this.loaders.set(factory, existing);
    }
    return existing;
  }

  /** Starts over after a change of who is asking (sign-in, switching organisation). */
  resetAccess(): void {
    this.abilityCache = undefined;
    this.loaders.clear();
  }

  get statementCount(): number {
    return (this.queryRunner.data as { statements: number }).statements;
  }
}

/** What row-level security reads (`brug.user_id`, `brug.organisation_id`, `brug.now`, `brug.system`), local to the transaction. */
export type TransactionSettings = Record<string, string>;

interface RunnerState {
  statements: number;
  /** Set by serialiseQueries: puts a task at the end of the request's statement queue. */
  enqueue?: <T>(task: (send: QueryRunner['query']) => Promise<T>) => Promise<T>;
  /** BEGIN and the settings have been sent. */
  begun: boolean;
  /** The request was abandoned (its response closed early): nothing more may run on it. */
  abandoned: boolean;
}

const stateOf = (runner: QueryRunner) => runner.data as RunnerState;

function openingSql(settings: TransactionSettings, first?: string): string {
  const set = Object.entries(settings).map(([name, value]) => `set_config(${escapeLiteral(name)}, ${escapeLiteral(value)}, true)`);
  return [`BEGIN ISOLATION LEVEL READ COMMITTED`, ...(set.length ? [`SELECT ${set.join(', ')}`] : []), ...(first ? [first] : [])].join('; ');
}

/**
 * Opens a request's transaction, its settings and (optionally) its first statement in one round
 * trip: one simple-protocol message `BEGIN ...; SELECT set_config(...); <first>` (values as
 * escaped literals, since that protocol takes no parameters). Answers the rows of `first`, untyped:
 * the caller names their shape.
 */
export async function openRequestTransaction(
  dataSource: DataSource,
  settings: TransactionSettings,
  first?: string,
): Promise<{ queryRunner: QueryRunner; rows: unknown[] }> {
  type Row = unknown;
  const queryRunner = prepareRunner(dataSource);
  let rows: Row[];
  try {
    const client = (await queryRunner.connect()) as { query(sql: string): Promise<{ rows: Row[] } | { rows: Row[] }[]> };
    const results = await client.query(openingSql(settings, first));
    rows = Array.isArray(results) ? results[results.length - 1].rows : results.rows;
  } catch (error) {
    // A failed statement after BEGIN leaves the transaction open (aborted): end it before the connection goes back.
    await queryRunner.query('ROLLBACK').catch(() => undefined);
    await queryRunner.release().catch(() => undefined);
    throw error;
  }
  stateOf(queryRunner).statements += 1;
  stateOf(queryRunner).begun = true;
  return { queryRunner, rows };
}

/** A context outside HTTP has no cookies to set. */
export const noCookies = { set: () => undefined, clear: () => undefined };

/**
 * A transaction of its own, outside an HTTP request (Brug's jobs, a subscription's reads): a
 * context on it gets `work` done, its audit entries written and all committed, or all of it
 * rolled back; the connection goes back either way. `first` runs in the opening round trip and
 * `work` gets its rows (a session lookup, say).
 */
export async function inOwnTransaction<T>(
  deps: ContextDeps,
  settings: TransactionSettings & { 'brug.now': string },
  work: (ctx: RequestContext, firstRows: unknown[]) => Promise<T>,
  first?: string,
): Promise<T> {
  const { queryRunner: runner, rows } = await openRequestTransaction(deps.dataSource, settings, first);
  const ctx = new RequestContext(deps, runner, noCookies, { now: new Date(settings['brug.now']) });
  try {
    const result = await work(ctx, rows);
    await ctx.audit.flush(ctx.em);
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release().catch(() => undefined);
  }
}

/**
 * A request transaction that begins with its first statement (BEGIN and the settings sent, in
 * the statement queue, just before it): a request that touches no table takes no connection
 * and sends nothing.
 */
export function lazyRequestTransaction(dataSource: DataSource, settings: TransactionSettings): QueryRunner {
  const queryRunner = prepareRunner(dataSource, settings);
  const state = stateOf(queryRunner);
  for (const end of ['commitTransaction', 'rollbackTransaction'] as const) {
    const original = queryRunner[end].bind(queryRunner);
    queryRunner[end] = async () => {
      if (state.begun) return original();
      // Nothing was sent: nothing to end.
      (queryRunner as { isTransactionActive: boolean }).isTransactionActive = false;
      (queryRunner as unknown as { transactionDepth: number }).transactionDepth = 0;
    };
  }
  return queryRunner;
}

/** Marks the request abandoned: its statements still queued fail instead of running outside the transaction. */
export function abandonRequestTransaction(queryRunner: QueryRunner): void {
  stateOf(queryRunner).abandoned = true;
}

function prepareRunner(dataSource: DataSource, lazySettings?: TransactionSettings): QueryRunner {
  const queryRunner = dataSource.createQueryRunner();
  queryRunner.data = { statements: 0, begun: false, abandoned: false } satisfies RunnerState;
  const begin = lazySettings
    ? async () => {
        const client = (await queryRunner.connect()) as { query(sql: string): Promise<unknown> };
        if (queryRunner.isReleased) {
          // Abandoned and released while the connection was on its way: give it straight back.
          (queryRunner as { isReleased: boolean }).isReleased = false;
          await queryRunner.release();
          throw new Error('The request was abandoned before it began.');
        }
        stateOf(queryRunner).begun = true;
        await client.query(openingSql(lazySettings));
        stateOf(queryRunner).statements += 1;
      }
    : undefined;
  // TypeORM's view: a transaction is open (savepoints for nested ones, COMMIT at the end).
  (queryRunner as { isTransactionActive: boolean }).isTransactionActive = true;
  (queryRunner as unknown as { transactionDepth: number }).transactionDepth = 1;
  serialiseQueries(queryRunner, begin);
  return queryRunner;
}

/**
 * Field resolvers and DataLoaders of one request run concurrently, but they share one
 * connection (one transaction): queue their statements instead of overlapping them. Once the
 * request is abandoned (and rolled back), nothing but that ROLLBACK runs: a statement after it
 * would run outside any transaction.
 */
function serialiseQueries(queryRunner: QueryRunner, begin?: () => Promise<void>): void {
  const raw = queryRunner.query.bind(queryRunner) as (...args: unknown[]) => Promise<unknown>;
  const state = stateOf(queryRunner);
  const send = (...args: unknown[]) => {
    if (state.abandoned && args[0] !== 'ROLLBACK') throw new Error('The request was abandoned; its transaction is rolled back.');
    if (!state.begun && begin) return begin().then(() => raw(...args));
    return raw(...args);
  };
  let tail: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(task: (direct: QueryRunner['query']) => Promise<T>): Promise<T> => {
    const result = tail.then(() => task(((...args: unknown[]) => Promise.resolve().then(() => send(...args))) as QueryRunner['query']));
    tail = result.catch(() => undefined);
    return result;
  };
  state.enqueue = enqueue;
  queryRunner.query = ((...args: unknown[]) => enqueue(() => Promise.resolve().then(() => send(...args)))) as QueryRunner['query'];
}

/**
 * Runs `work` with the request's transaction to itself: it gets a runner over the same
 * connection and transaction whose statements go straight through, while every other
 * statement of the request (concurrent field resolvers, DataLoaders) waits in the queue until
 * `work` has ended. For a step that changes the transaction's settings for a while (the
 * system's, context/system.ts): nothing else of the request runs under them. `work` must use
 * only the runner it is given (a statement on the request's own runner would wait for ever).
 */
export function withTransactionToItself<T>(queryRunner: QueryRunner, work: (runner: QueryRunner) => Promise<T>): Promise<T> {
  const { enqueue } = stateOf(queryRunner);
  if (!enqueue) throw new Error('Not a request transaction (openRequestTransaction or lazyRequestTransaction).');
  return enqueue((direct) => {
    // The request's runner underneath (its connection, transaction and state), its own statements only.
    const runner = Object.create(queryRunner) as QueryRunner;
    Object.defineProperty(runner, 'query', { value: direct });
    Object.defineProperty(runner, 'manager', { value: queryRunner.dataSource.createEntityManager(runner) });
    return work(runner);
  });
}
