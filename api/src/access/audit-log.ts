import type { GraphQLResolveInfo } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { Viewer } from './ability';
import { clientAccessLoader } from './client-access';
import type { AccessContext } from './access-context';
import { AuditEntry, AuditOperation } from './audit-entry.entity';
import { rootFieldName } from './root-field';

export interface AuditAccess {
  /** Null for a change that concerns no client (an outreach session: counts, never a person). */
  clientId: string | null;
  scopes: readonly string[];
  operation: AuditOperation;
  /**
   * The API operation that caused the access: a resolver's `info` (the schema name of the root
   * field it runs under, never an alias) or a name such as `recordConsent` or `system.expiry`.
   */
  action: string | GraphQLResolveInfo;
  /** Only where the consent the access relied on is not the viewer's live one (e.g. the one just revoked). */
  consentId?: string | null;
}

interface PendingEntry {
  clientId: string | null;
  operation: AuditOperation;
  action: string;
  /** Undefined: the viewer's live consent for the client, looked up for all entries at once when written. */
  consentId: string | null | undefined;
  scopes: Set<string>;
}

/**
 * The one audit entry point of a request. `access()` records a read or change of a client's
 * data under the consent it relies on (found here, from the request's client access); the
 * entries are written in one INSERT inside the request's transaction, just before it commits:
 * the access and its trace commit together or not at all, and a list of 50 clients costs one
 * audit statement, not 50.
 */
export class AuditLog {
  private readonly pending = new Map<string, PendingEntry>();

  constructor(
    private readonly ctx: AccessContext,
    private readonly requestId: string,
    private readonly viewer: () => Viewer | null,
  ) {}

  /** Collects the entry (written by `flush`); a promise so that callers await it like every other write. */
  access(entry: AuditAccess): Promise<void> {
    const action = typeof entry.action === 'string' ? entry.action : rootFieldName(entry.action);
    // Without a client there is no consent to find: the entry says who changed what, and when.
    const consentId = entry.clientId === null ? null : entry.consentId;
    const key = [entry.clientId ?? '(none)', entry.operation, action, consentId === undefined ? '(live)' : (consentId ?? '')].join('|');
    const existing = this.pending.get(key);
    if (existing) entry.scopes.forEach((s) => existing.scopes.add(s));
    else this.pending.set(key, { clientId: entry.clientId, operation: entry.operation, action, consentId, scopes: new Set(entry.scopes) });
    return Promise.resolve();
  }

  get size(): number {
    return this.pending.size;
  }

  /** Discards what was collected (the request's transaction rolled back). */
  clear(): void {
    this.pending.clear();
  }

  async flush(em: EntityManager): Promise<void> {
    if (!this.pending.size) return;
    const viewer = this.viewer();
    // One statement for the consents of every client the request touched (the request's access loader).
    const unresolved = [...new Set([...this.pending.values()].filter((e) => e.consentId === undefined).map((e) => e.clientId!))];
    const accesses = new Map(unresolved.map((id, i) => [id, i]));
    const found = unresolved.length ? await this.ctx.loader(clientAccessLoader).loadMany(unresolved) : [];
    const consentOf = (clientId: string) => {
      const access = found[accesses.get(clientId)!];
      return access && !(access instanceof Error) ? (access.consent?.id ?? null) : null;
    };
    const rows = [...this.pending.values()].map((e) => ({
      // The request's moment (the test clock in tests), so "who saw my data" groups reads in time as the user lived them.
      at: this.ctx.now,
      requestId: this.requestId,
      actorUserId: viewer?.userId ?? null,
      actorName: this.ctx.actorName,
      actorOrganisationId: viewer?.organisationId ?? null,
      actorOrganisationName: viewer?.organisationName ?? null,
      clientId: e.clientId,
      scopes: [...e.scopes].sort(),
      operation: e.operation,
      action: e.action,
      consentId: e.consentId === undefined ? consentOf(e.clientId!) : e.consentId,
    }));
    this.pending.clear();
    // No RETURNING: row-level security lets a consented organisation write entries it cannot read.
    await em.createQueryBuilder().insert().into(AuditEntry).values(rows).updateEntity(false).execute();
  }
}
