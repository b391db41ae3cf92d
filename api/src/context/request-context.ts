import { randomUUID } from 'node:crypto';
import type DataLoader from 'dataloader';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { AppAbility, CLIENT_ACTOR_NAME, ClientSessionViewer, defineAbility, Viewer } from '../access/ability';
import { clientAccess } from '../access/client-access';
import type { LiveConsent } from '../access/live-consent';
import type { Config } from '../config';
import { AuditLog } from '../modules/audit/audit-log';

export interface ContextDeps {
  dataSource: DataSource;
  config: Config;
}

export interface CookieJar {
  set(name: string, value: string, options: { maxAgeSeconds: number }): void;
  clear(name: string): void;
}

/**
 * Everything one GraphQL request works with: who asks, the one database transaction all its
 * reads, writes and audit entries share, the CASL ability, and the request's DataLoaders.
 */
export class RequestContext {
  readonly requestId: string;
  viewer: Viewer | null = null;
  /** Brug's own work (the expiry timer, lazy expiry): no viewer, the system's rules (access/system.ts). */
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

  /** The CASL ability for this request (consent conditions are decided in SQL or per client, see access/). */
  async ability(): Promise<AppAbility> {
    this.abilityCache ??= defineAbility(this.viewer, { system: this.system, clientSession: this.clientSession });
    return this.abilityCache;
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
      this.loaders.set(factory, existing as DataLoader<unknown, unknown>);
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

export async function openRequestTransaction(dataSource: DataSource): Promise<QueryRunner> {
  const queryRunner = dataSource.createQueryRunner();
  queryRunner.data = { statements: 0 };
  serialiseQueries(queryRunner);
  await queryRunner.connect();
  try {
    await queryRunner.startTransaction('READ COMMITTED');
  } catch (error) {
    await queryRunner.release();
    throw error;
  }
  return queryRunner;
}

/**
 * Field resolvers and DataLoaders of one request run concurrently, but they share one
 * connection (one transaction): queue their statements instead of overlapping them.
 */
function serialiseQueries(queryRunner: QueryRunner): void {
  const send = queryRunner.query.bind(queryRunner) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  queryRunner.query = ((...args: unknown[]) => {
    const result = tail.then(() => send(...args));
    tail = result.catch(() => undefined);
    return result;
  }) as QueryRunner['query'];
}
