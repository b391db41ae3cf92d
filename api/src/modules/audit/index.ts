import { AuditEntry } from '../../access';
import { AuditResolver } from './audit.resolver';

export const auditModule = {
  entities: [AuditEntry],
  resolvers: [AuditResolver],
} as const;

// The public surface: what other modules may import from this one.
export { AuditEntryConnection } from './audit.resolver';
export { AuditService } from './audit.service';
