import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../access/ability';
import { AuditEntry, AuditOperation } from './audit-entry.entity';

export interface AuditRecord {
  clientId: string | null;
  scopes: readonly string[];
  operation: AuditOperation;
  /** The API operation that caused the access, e.g. `client` or `recordConsent`. */
  action: string;
  consentId?: string | null;
}

/**
 * Collects the request's audit entries and writes them in one INSERT inside the request's
 * transaction, just before it commits: the access and its trace commit together or not at
 * all, and a list of 50 clients costs one audit statement, not 50.
 */
export class AuditLog {
  private readonly pending = new Map<string, AuditRecord & { scopeSet: Set<string> }>();

  constructor(
    private readonly requestId: string,
    private readonly viewer: () => Viewer | null,
  ) {}

  record(entry: AuditRecord): void {
    const key = [entry.clientId, entry.operation, entry.action, entry.consentId ?? ''].join('|');
    const existing = this.pending.get(key);
    if (existing) entry.scopes.forEach((s) => existing.scopeSet.add(s));
    else this.pending.set(key, { ...entry, scopeSet: new Set(entry.scopes) });
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
    const rows = [...this.pending.values()].map((e) => ({
      requestId: this.requestId,
      actorUserId: viewer?.userId ?? null,
      actorName: viewer?.displayName ?? 'system',
      actorOrganisationId: viewer?.organisationId ?? null,
      actorOrganisationName: viewer?.organisationName ?? null,
      clientId: e.clientId,
      scopes: [...e.scopeSet].sort(),
      operation: e.operation,
      action: e.action,
      consentId: e.consentId ?? null,
    }));
    this.pending.clear();
    // No RETURNING: row-level security lets a consented organisation write entries it cannot read.
    await em.createQueryBuilder().insert().into(AuditEntry).values(rows).updateEntity(false).execute();
  }
}
