import { AuditEntry } from './audit-entry.entity';
import { AuditResolver } from './audit.resolver';

export const auditModule = {
  entities: [AuditEntry],
  resolvers: [AuditResolver],
} as const;
