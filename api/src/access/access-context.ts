import type DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { AppAbility, Viewer } from './ability';
import type { AuditLog } from './audit-log';

/**
 * What the access rules read of a request: its transaction, its moment, who asks, the one
 * ability, its loaders and its audit log. The request context (`context/request-context.ts`)
 * is one; this layer names only the interface, so it sits below the context.
 */
export interface AccessContext {
  readonly em: EntityManager;
  readonly now: Date;
  readonly viewer: Viewer | null;
  readonly actorName: string;
  readonly audit: AuditLog;
  ability(): Promise<AppAbility>;
  loader<K, V>(factory: (ctx: AccessContext) => DataLoader<K, V>): DataLoader<K, V>;
}
